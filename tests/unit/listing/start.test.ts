// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { panelT } from '../../../src/i18n/panel-strings';
import { loadRealDay, storedDeviceEnglish } from '../helpers';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createDispatcher } from '../../../src/background/dispatch';
import { fillLookup } from '../../../src/background/lookup-store';
import { createRepository } from '../../../src/packaged/repository';
import { startListing } from '../../../src/listing/start';
import { ENTRY_SUMMARY_TAG, MARKER_TAG } from '../../../src/listing/tags';
import { SETTINGS_CHANGED } from '../../../src/messaging/push';
import { SETTINGS_KEY } from '../../../src/prefs/settings';
import { generateListingPage } from '../../e2e/fixtures/pages/listing-generator';
import { handlersFor, sentBy } from '../background/handlers-for';
import { compileSeed } from '../digest/seed';

const files = compileSeed().files;
const repo = () => createRepository(async (p) => (files.has(p) ? JSON.parse(files.get(p)!) : undefined));
const css = { marker: '', summary: '' };
const NEW_SECTIONS_KNOWN = ['2311.13600', '2311.13435', '2311.13141', '2311.13384', '2311.13073', '2311.12983', '2311.13231', '2311.12908'];

function openHtml(url: string, html: string) {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.documentElement.replaceChildren(document.importNode(parsed.head, true), document.importNode(parsed.body, true));
}
const openPage = (url: string, fixture: string) => openHtml(url, readFileSync(`tests/e2e/fixtures/pages/${fixture}`, 'utf8'));

/** fakeBrowser answers only through sendResponse. */
function answerWithBackground() {
  const dispatch = createDispatcher(handlersFor(repo()), sentBy('content-script'));
  fakeBrowser.runtime.onMessage.addListener(((m: unknown, _s: unknown, sendResponse: (r: unknown) => void) => {
    const answer = dispatch(m);
    if (!answer) return undefined;
    void answer.then(sendResponse);
    return true;
  }) as never);
}

const markers = () => [...document.querySelectorAll<HTMLElement>(MARKER_TAG)];
const markerButton = (id: string) => document.querySelector(`${MARKER_TAG}[data-arxiv-id="${id}"]`)!.shadowRoot!.querySelector('button')!;
const summaryOf = (id: string) => document.querySelector<HTMLElement>(`${ENTRY_SUMMARY_TAG}[data-arxiv-id="${id}"]`);
const withoutOurs = () => {
  const copy = document.documentElement.cloneNode(true) as Element;
  copy.querySelectorAll(`${MARKER_TAG}, ${ENTRY_SUMMARY_TAG}`).forEach((e) => e.remove());
  return copy.outerHTML;
};

beforeEach(async () => {
  fakeBrowser.reset();
  await fillLookup({ repo: repo(), storage: fakeBrowser.storage.local, version: 'test' });
});

describe('listing markers', () => {
  test('one storage read, a marker right after the ID link of each known entry, nothing else changed', async () => {
    openPage('https://arxiv.org/list/cs.CV/new', 'list-cs.CV-new-sections.html');
    const before = document.documentElement.outerHTML;
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    await startListing(new ContentScriptContext('l1'), css);
    expect(get).toHaveBeenCalledTimes(1);
    expect(send).not.toHaveBeenCalled();
    expect(markers().map((m) => m.dataset.arxivId)).toEqual(NEW_SECTIONS_KNOWN);
    for (const m of markers()) {
      expect(m.previousElementSibling?.getAttribute('href')?.trim()).toBe(`/abs/${m.dataset.arxivId}`);
      const button = m.shadowRoot!.querySelector('button')!;
      expect(button.textContent).toBe('▸요약');
      expect(button.getAttribute('aria-expanded')).toBe('false');
      expect(button.getAttribute('type')).toBe('button');
    }
    expect(withoutOurs()).toBe(before);
  });

  test('a marker expands its summary after the entry and collapses it again', async () => {
    openPage('https://arxiv.org/list/cs.CV/new', 'list-cs.CV-new-sections.html');
    const before = document.documentElement.outerHTML;
    await startListing(new ContentScriptContext('l2'), css);
    const button = markerButton('2311.13600');
    button.click();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const summary = summaryOf('2311.13600')!;
    expect(summary.getAttribute('role')).toBe('definition');
    const dd = document.querySelector('a[href="/abs/2311.13600"]')!.closest('dt')!.nextElementSibling!;
    expect(dd.tagName).toBe('DD');
    expect(dd.nextElementSibling).toBe(summary);
    const root = summary.shadowRoot!;
    expect(root.querySelector('.dp-bullets')?.getAttribute('lang')).toBe('ko');
    expect([...root.querySelectorAll('.dp-bullets li')].map((li) => li.textContent)[3]).toBe('프로젝트 페이지(https://ziplora.github.io)에서 ZipLoRA에 대한 추가 정보와 자료를 확인할 수 있다.');
    expect(root.querySelector('.dp-heading')?.textContent).toBe('Daily Papers · 2023-11-23');
    expect(root.querySelector('.dp-credit a')?.getAttribute('href')).toBe('https://github.com/l-yohai/daily_papers_ko');
    expect([...root.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['한국어', 'English', '복사', 'BibTeX']);
    button.click();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(summaryOf('2311.13600')).toBeNull();
    expect(withoutOurs()).toBe(before);
  });

  test('the marker names the summary it controls, where the browser can say so across shadow roots', async () => {
    const proto = HTMLElement.prototype as unknown as { ariaControlsElements?: unknown };
    Object.defineProperty(proto, 'ariaControlsElements', { configurable: true, writable: true, value: null });
    try {
      openPage('https://arxiv.org/list/cs.CV/new', 'list-cs.CV-new-sections.html');
      await startListing(new ContentScriptContext('l3'), css);
      const button = markerButton('2311.12983');
      button.click();
      expect((button as unknown as { ariaControlsElements: Element[] }).ariaControlsElements).toEqual([summaryOf('2311.12983')]);
    } finally {
      delete proto.ariaControlsElements;
    }
  });

  test('language: the stored one at first, then a change pushed by the background, then one made in a summary', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { v: 2, lang: 'en', collapsed: false, teaser: false } });
    openPage('https://arxiv.org/list/cs.CV/recent', 'list-cs.CV-recent.html');
    await startListing(new ContentScriptContext('l4'), css);
    expect(markerButton('2311.13600').textContent).toBe('▸Summary');
    expect(markerButton('2311.13600').getAttribute('aria-label')).toBe('Summary: arXiv 2311.13600');
    markerButton('2311.12983').click();
    // The entry's own strings follow the language (its bullets are Korean until English is made).
    const entry = () => summaryOf('2311.12983')!.shadowRoot!.querySelector('.dp-entry')!;
    expect(entry().getAttribute('lang')).toBe('en');
    await fakeBrowser.runtime.onMessage.trigger({ type: SETTINGS_CHANGED, changes: { lang: 'ko' } }, {}, () => {});
    expect(markerButton('2311.13600').textContent).toBe('▸요약');
    expect(entry().getAttribute('lang')).toBe('ko');
    const english = [...summaryOf('2311.12983')!.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'English')!;
    english.click();
    expect(entry().getAttribute('lang')).toBe('en');
    expect(markerButton('2311.13231').textContent).toBe('▸Summary');
    await vi.waitFor(async () => expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toMatchObject({ lang: 'en' }));
  });

  test("an entry's English made on this device is read when the entry is first shown in English, and labelled", async () => {
    const gaia = loadRealDay().papers.find((p) => p.id === '2311.12983')!;
    await fakeBrowser.storage.local.set({
      [SETTINGS_KEY]: { v: 2, lang: 'en', collapsed: false, teaser: false },
      ...storedDeviceEnglish(gaia, 'English made here.', '2023-11-23'),
    });
    openPage('https://arxiv.org/list/cs.CV/recent', 'list-cs.CV-recent.html');
    await startListing(new ContentScriptContext('l7'), css);
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    markerButton('2311.12983').click();
    const root = () => summaryOf('2311.12983')!.shadowRoot!;
    await vi.waitFor(() => expect(root().querySelector('.dp-bullets')?.textContent).toBe('English made here.'));
    expect(get).toHaveBeenCalledTimes(1);
    expect(root().querySelector('.dp-translated')?.textContent).toBe(`${panelT('en').deviceNote} ${panelT('en').showKorean}`);
  });

  test('no known paper: the page untouched, one storage read, no listener of any kind', async () => {
    const { html } = generateListingPage({ entries: 50, knownIds: [] });
    openHtml('https://arxiv.org/list/cs.CV/new', html);
    const before = document.documentElement.outerHTML;
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const onMessage = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    const onChanged = vi.spyOn(fakeBrowser.storage.onChanged, 'addListener');
    const addEventListener = vi.spyOn(EventTarget.prototype, 'addEventListener');
    await startListing(new ContentScriptContext('l5'), css);
    expect(document.documentElement.outerHTML).toBe(before);
    expect(get).toHaveBeenCalledTimes(1);
    expect(onMessage).not.toHaveBeenCalled();
    expect(onChanged).not.toHaveBeenCalled();
    expect(addEventListener).not.toHaveBeenCalled();
  });

  test('not a listing (a /list/ URL of no listing): no storage read at all', async () => {
    openPage('https://arxiv.org/list/cs.CV', 'list-cs.CV-new.html');
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    await startListing(new ContentScriptContext('l6'), css);
    expect(get).not.toHaveBeenCalled();
    expect(markers()).toEqual([]);
  });

  test('while the table is being filled: one lookupMany message for the IDs it lacks', async () => {
    await fakeBrowser.storage.local.remove(['lookup', 'p:2311.13600', 'p:2311.12983']);
    answerWithBackground();
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    openPage('https://arxiv.org/list/cs.CV/new', 'list-cs.CV-new-legacy.html');
    await startListing(new ContentScriptContext('l7'), css);
    expect(send.mock.calls.map((c) => c[0])).toEqual([{ type: 'daily-papers:lookupMany', ids: ['2311.13600', '2311.12983', 'cs/0112017'] }]);
    expect(markers().map((m) => m.dataset.arxivId)).toEqual(['2311.13600', '2311.13384', '2311.13141', '2311.12983', '2311.12908']);
  });

  test('a damaged entry is reported and its ID asked of the background; the table is trusted for the others', async () => {
    await fakeBrowser.storage.local.set({ 'p:2311.12983': { date: 20231123, paper: 'not a paper' } });
    answerWithBackground();
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    openPage('https://arxiv.org/list/cs.CV/new', 'list-cs.CV-new-legacy.html');
    await startListing(new ContentScriptContext('l9'), css);
    expect(send.mock.calls.map((c) => c[0])).toEqual([{ type: 'daily-papers:lookupMany', ids: ['2311.12983'] }]);
    expect(log).toHaveBeenCalledWith('[daily-papers]', expect.stringContaining('damaged lookup entry p:2311.12983'), expect.anything());
    expect(markers().map((m) => m.dataset.arxivId)).toEqual(['2311.13600', '2311.13384', '2311.13141', '2311.12983', '2311.12908']);
  });

  test('a table filled by another version of the extension (just updated) is not trusted: the IDs it lacks are asked', async () => {
    const marker = (await fakeBrowser.storage.local.get('lookup')).lookup as { version: string };
    await fakeBrowser.storage.local.set({ lookup: { ...marker, version: '0.0.9/older' } });
    await fakeBrowser.storage.local.remove('p:2311.12983');
    answerWithBackground();
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    openPage('https://arxiv.org/list/cs.CV/new', 'list-cs.CV-new-legacy.html');
    await startListing(new ContentScriptContext('l10'), css);
    expect(send.mock.calls.map((c) => c[0])).toEqual([{ type: 'daily-papers:lookupMany', ids: ['2311.12983', 'cs/0112017'] }]);
    expect(markers().map((m) => m.dataset.arxivId)).toContain('2311.12983');
  });

  // 500 entries here (happy-dom is slow to build large documents); the Chromium suite loads 2,000.
  test('a long listing: one storage read for every ID, every known paper marked, the markers inserted together', async () => {
    const knownIds = ['2311.13600', '2311.13435', '2311.13141', '2311.13384', '2311.13073', '2311.12983', '2311.13231', '2311.12908', '2311.13601'];
    const { html } = generateListingPage({ entries: 500, knownIds, abstracts: false });
    openHtml('https://arxiv.org/list/cs.CV/new?skip=0&show=2000', html);
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const batches: number[] = [];
    const observer = new MutationObserver((records) => batches.push(records.length));
    observer.observe(document.body, { childList: true, subtree: true });
    await startListing(new ContentScriptContext('l8'), css);
    await Promise.resolve();
    observer.disconnect();
    expect(get).toHaveBeenCalledTimes(1);
    expect((get.mock.calls[0]![0] as string[]).filter((k) => k.startsWith('p:'))).toHaveLength(500);
    expect(markers().map((m) => m.dataset.arxivId)).toEqual(knownIds);
    expect(batches).toEqual([knownIds.length]);
  }, 20_000);

  test('a second run leaves one set of markers; an invalidated script takes its markers and summaries away', async () => {
    openPage('https://arxiv.org/list/cs.CV/new', 'list-cs.CV-new-sections.html');
    const before = document.documentElement.outerHTML;
    await startListing(new ContentScriptContext('l9'), css);
    const ctx = new ContentScriptContext('l10');
    await startListing(ctx, css);
    expect(markers()).toHaveLength(8);
    markerButton('2311.13600').click();
    ctx.notifyInvalidated();
    expect(document.documentElement.outerHTML).toBe(before);
  });
});
