// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { fillLookup } from '../../../src/background/lookup-store';
import { createRepository } from '../../../src/packaged/repository';
import { FULL_TEXT_PAGE } from '../../../src/panel/full-text-page';
import { startPanel } from '../../../src/panel/start';
import { PANEL_TAG } from '../../../src/panel/tag';
import { compileSeed } from '../digest/seed';

const files = compileSeed().files;
const repo = () => createRepository(async (p) => (files.has(p) ? JSON.parse(files.get(p)!) : undefined));

/** Loads a saved page into the test document, `<html>` attributes (the theme) included. */
function openPage(url: string, fixture: string) {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
  const parsed = new DOMParser().parseFromString(readFileSync(`tests/e2e/fixtures/pages/${fixture}`, 'utf8'), 'text/html');
  for (const a of [...document.documentElement.attributes]) document.documentElement.removeAttribute(a.name);
  for (const a of parsed.documentElement.attributes) document.documentElement.setAttribute(a.name, a.value);
  document.documentElement.replaceChildren(document.importNode(parsed.head, true), document.importNode(parsed.body, true));
}

const host = () => document.querySelector<HTMLElement>(PANEL_TAG);
const bullets = () => host()?.shadowRoot?.querySelectorAll('.dp-bullets li').length ?? 0;

beforeEach(async () => {
  fakeBrowser.reset();
  await fillLookup({ repo: repo(), storage: fakeBrowser.storage.local, version: 'test' });
});
afterEach(() => document.documentElement.removeAttribute('data-theme'));

describe('HTML full-text pages', () => {
  test('the panel goes right after div.ltx_abstract, in the page flow, light on a light page', async () => {
    openPage('https://arxiv.org/html/2311.12983v1', 'html-2311.12983v1.html');
    await startPanel(new ContentScriptContext('h1'), '', FULL_TEXT_PAGE);
    expect(bullets()).toBe(5);
    expect(document.querySelector('.ltx_abstract')!.nextElementSibling).toBe(host());
    expect(host()!.dataset.theme).toBe('light');
    expect(host()!.dataset.arxivId).toBe('2311.12983');
  });

  test('no abstract: after the authors; the ID is the same from the URL with or without a version', async () => {
    for (const url of ['https://arxiv.org/html/2311.13141v1', 'https://arxiv.org/html/2311.13141']) {
      openPage(url, 'html-2311.13141v1-no-abstract.html');
      await startPanel(new ContentScriptContext('h2'), '', FULL_TEXT_PAGE);
      expect(bullets()).toBe(6);
      expect(document.querySelector('.ltx_authors')!.nextElementSibling).toBe(host());
    }
  });

  test('a dark page gets the dark panel, and the panel follows a later theme switch both ways', async () => {
    openPage('https://arxiv.org/html/2311.13600v2', 'html-2311.13600v2-dark.html');
    const ctx = new ContentScriptContext('h3');
    await startPanel(ctx, '', FULL_TEXT_PAGE);
    expect(host()!.dataset.theme).toBe('dark');
    document.documentElement.setAttribute('data-theme', 'light');
    await vi.waitFor(() => expect(host()!.dataset.theme).toBe('light'));
    document.documentElement.setAttribute('data-theme', 'dark');
    await vi.waitFor(() => expect(host()!.dataset.theme).toBe('dark'));
    // An invalidated script stops following and takes its panel away.
    ctx.notifyInvalidated();
    expect(host()).toBeNull();
  });

  test('the watermark or <base> names the paper when the URL path does not', async () => {
    openPage('https://arxiv.org/html/', 'html-2311.13231v1-saved.html');
    await startPanel(new ContentScriptContext('h4'), '', FULL_TEXT_PAGE);
    expect(host()!.dataset.arxivId).toBe('2311.13231');
  });

  test('an unknown paper: one storage read, the page untouched', async () => {
    const html = readFileSync('tests/e2e/fixtures/pages/html-2311.12983v1.html', 'utf8').replaceAll('2311.12983', '2401.00001');
    (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL('https://arxiv.org/html/2401.00001v1');
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    document.documentElement.replaceChildren(document.importNode(parsed.head, true), document.importNode(parsed.body, true));
    const before = document.documentElement.outerHTML;
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    await startPanel(new ContentScriptContext('h5'), '', FULL_TEXT_PAGE);
    expect(document.documentElement.outerHTML).toBe(before);
    expect(get).toHaveBeenCalledTimes(1);
    expect(send).not.toHaveBeenCalled();
  });

  test('a document that is not HTML (a figure opened on its own) gets no panel', () => {
    const doc = { contentType: 'image/png' } as Document;
    expect(FULL_TEXT_PAGE.idFromDocument(doc, location)).toBeUndefined();
  });
});
