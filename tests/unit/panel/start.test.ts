// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createDispatcher } from '../../../src/background/dispatch';
import { handlersFor, sentBy } from '../background/handlers-for';
import { fillLookup } from '../../../src/background/lookup-store';
import { createRepository } from '../../../src/packaged/repository';
import { SETTINGS_CHANGED } from '../../../src/messaging/push';
import { SETTINGS_KEY } from '../../../src/prefs/settings';
import { ABS_PAGE } from '../../../src/panel/abs-page';
import { runSafely } from '../../../src/lib/log';
import { startPanel } from '../../../src/panel/start';
import { PANEL_TAG } from '../../../src/panel/tag';
import { compileDataset } from '../../../src/digest/compile';
import { compileSeed } from '../digest/seed';
import { loadRealDay, storedDeviceEnglish } from '../helpers';

const files = compileSeed().files;
const OTHER_DAY = `## Daily Papers (2023-11-24)\n\n### [Other](https://arxiv.org/abs/2311.14000)\n\nAuthors: B\n\n- 요약\n`;

function openPage(url: string, fixture: string) {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
  const parsed = new DOMParser().parseFromString(readFileSync(`tests/e2e/fixtures/pages/${fixture}`, 'utf8'), 'text/html');
  document.documentElement.replaceChildren(document.importNode(parsed.head, true), document.importNode(parsed.body, true));
}

/** fakeBrowser answers only through sendResponse (real browsers, via the polyfill, also take a returned promise). */
function answerWith(handler: (m: unknown) => Promise<unknown> | undefined) {
  fakeBrowser.runtime.onMessage.addListener(((m: unknown, _s: unknown, sendResponse: (r: unknown) => void) => {
    const answer = handler(m);
    if (!answer) return undefined;
    void answer.then(sendResponse);
    return true;
  }) as never);
}

const repo = () => createRepository(async (p) => (files.has(p) ? JSON.parse(files.get(p)!) : undefined));

beforeEach(() => {
  fakeBrowser.reset();
  answerWith(createDispatcher(handlersFor(repo()), sentBy('content-script')));
});

describe('content script start', () => {
  test('a second run leaves exactly one panel', async () => {
    openPage('https://arxiv.org/abs/2311.12983', 'abs-2311.12983.html');
    await startPanel(new ContentScriptContext('a'), '', ABS_PAGE);
    await startPanel(new ContentScriptContext('b'), '', ABS_PAGE);
    expect(document.querySelectorAll(PANEL_TAG)).toHaveLength(1);
    const host = document.querySelector(PANEL_TAG)!;
    expect(host.shadowRoot?.querySelectorAll('.dp-bullets li')).toHaveLength(5);
    expect(document.querySelector('blockquote.abstract')!.nextElementSibling).toBe(host);
  });

  test('with the lookup table filled: one storage read gives paper and settings, the background is not asked', async () => {
    await fillLookup({ repo: repo(), storage: fakeBrowser.storage.local, version: 'test' });
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { v: 2, lang: 'en', collapsed: true, teaser: false } });
    openPage('https://arxiv.org/abs/2311.12983', 'abs-2311.12983.html');
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const watch = vi.spyOn(fakeBrowser.storage.onChanged, 'addListener');
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    await startPanel(new ContentScriptContext('f'), '', ABS_PAGE);
    expect(watch).not.toHaveBeenCalled(); // changes arrive as the background's messages
    const root = document.querySelector(PANEL_TAG)!.shadowRoot!;
    expect(root.querySelector('section')?.getAttribute('lang')).toBe('en');
    expect(root.querySelector('.dp-body')?.hasAttribute('hidden')).toBe(true);
    expect(root.querySelectorAll('.dp-bullets li')).toHaveLength(5);
    expect(send).not.toHaveBeenCalled();
    expect(get).toHaveBeenCalledTimes(1);
  });

  test('with the table filled, an unknown paper costs one storage read and nothing else', async () => {
    await fillLookup({ repo: repo(), storage: fakeBrowser.storage.local, version: 'test' });
    openPage('https://arxiv.org/abs/2401.00001', 'abs-unknown-2401.00001.html');
    const before = document.documentElement.outerHTML;
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    await startPanel(new ContentScriptContext('u'), '', ABS_PAGE);
    expect(document.documentElement.outerHTML).toBe(before);
    expect(get).toHaveBeenCalledTimes(1);
    expect(send).not.toHaveBeenCalled();
  });

  test('while the table is still being filled (just installed or updated), the background answers', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { v: 2, lang: 'en', collapsed: true, teaser: false } });
    openPage('https://arxiv.org/abs/2311.12983', 'abs-2311.12983.html');
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    await startPanel(new ContentScriptContext('w'), '', ABS_PAGE);
    expect(send).toHaveBeenCalledTimes(1);
    const root = document.querySelector(PANEL_TAG)!.shadowRoot!;
    expect(root.querySelector('section')?.getAttribute('lang')).toBe('en');
    expect(root.querySelectorAll('.dp-bullets li')).toHaveLength(5);
  });

  test('just after an update, the table of the previous version is not trusted: a paper it lacks is asked of the background', async () => {
    // The previous version's archive did not have 2311.12983; its marker is still there (the new background
    // has not removed it yet) and says the table is complete.
    const older = compileDataset({ digests: [{ path: 'd/2023-11-24.md', text: OTHER_DAY }], translations: [] });
    await fillLookup({ repo: createRepository(async (p) => (older.files.has(p) ? JSON.parse(older.files.get(p)!) : undefined)), storage: fakeBrowser.storage.local, version: '0.0.9/older' });
    openPage('https://arxiv.org/abs/2311.12983', 'abs-2311.12983.html');
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    await startPanel(new ContentScriptContext('upd'), '', ABS_PAGE);
    expect(send).toHaveBeenCalledTimes(1);
    expect(document.querySelector(PANEL_TAG)!.shadowRoot!.querySelectorAll('.dp-bullets li')).toHaveLength(5);
  });

  test('while the table is being refilled after an update, English made on this device is shown from the same read: one message, no translator', async () => {
    const gaia = loadRealDay().papers.find((p) => p.id === '2311.12983')!;
    await fakeBrowser.storage.local.set({
      [SETTINGS_KEY]: { v: 2, lang: 'en', collapsed: false, teaser: false },
      ...storedDeviceEnglish(gaia, 'English made here before the update.', '2023-11-23'),
    });
    openPage('https://arxiv.org/abs/2311.12983', 'abs-2311.12983.html');
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    const connect = vi.spyOn(fakeBrowser.runtime, 'connect');
    await startPanel(new ContentScriptContext('upd-en'), '', ABS_PAGE);
    const root = document.querySelector(PANEL_TAG)!.shadowRoot!;
    expect([...root.querySelectorAll('.dp-bullets li')].map((li) => li.textContent)).toEqual(['English made here before the update.']);
    expect(send).toHaveBeenCalledTimes(1);
    expect(connect).not.toHaveBeenCalled();
  });

  test('a damaged entry is reported and skipped: the background answers, the panel shows', async () => {
    await fillLookup({ repo: repo(), storage: fakeBrowser.storage.local, version: 'test' });
    await fakeBrowser.storage.local.set({ 'p:2311.12983': 'garbage' });
    openPage('https://arxiv.org/abs/2311.12983', 'abs-2311.12983.html');
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await startPanel(new ContentScriptContext('dmg'), '', ABS_PAGE);
    expect(log).toHaveBeenCalledWith('[daily-papers]', expect.stringContaining('damaged lookup entry p:2311.12983'), 'garbage');
    expect(send).toHaveBeenCalledTimes(1);
    expect(document.querySelector(PANEL_TAG)!.shadowRoot!.querySelectorAll('.dp-bullets li')).toHaveLength(5);
  });

  test('the panel is rendered before it enters the page, and its styles stay in the shadow root', async () => {
    openPage('https://arxiv.org/abs/2311.12983', 'abs-2311.12983.html');
    const headBefore = document.head.innerHTML;
    const seen: boolean[] = [];
    const mo = new MutationObserver(() => {
      const host = document.querySelector(PANEL_TAG);
      if (host) seen.push(!!host.shadowRoot?.querySelector('.dp-bullets li'));
    });
    mo.observe(document, { childList: true, subtree: true });
    await startPanel(new ContentScriptContext('g'), '.dp-panel { color: red }', ABS_PAGE);
    await Promise.resolve();
    mo.disconnect();
    expect(seen[0]).toBe(true);
    expect(document.head.innerHTML).toBe(headBefore);
    expect(document.querySelector(PANEL_TAG)!.shadowRoot!.querySelector('style')?.textContent).toContain('.dp-panel { color: red }');
  });

  test('an invalidated script (extension updated or removed) takes its panel away', async () => {
    openPage('https://arxiv.org/abs/2311.12983', 'abs-2311.12983.html');
    const ctx = new ContentScriptContext('h');
    await startPanel(ctx, '', ABS_PAGE);
    expect(document.querySelector(PANEL_TAG)).not.toBeNull();
    ctx.notifyInvalidated();
    expect(document.querySelector(PANEL_TAG)).toBeNull();
  });

  test('a preference change pushed by the background reaches the open panel', async () => {
    openPage('https://arxiv.org/abs/2311.12983', 'abs-2311.12983.html');
    await startPanel(new ContentScriptContext('i'), '', ABS_PAGE);
    const section = () => document.querySelector(PANEL_TAG)!.shadowRoot!.querySelector('section')!;
    expect(section().getAttribute('lang')).toBe('ko');
    await fakeBrowser.runtime.onMessage.trigger({ type: SETTINGS_CHANGED, changes: { lang: 'en' } }, {}, () => {});
    expect(section().getAttribute('lang')).toBe('en');
  });

  test('unknown paper: DOM untouched', async () => {
    openPage('https://arxiv.org/abs/2401.00001', 'abs-unknown-2401.00001.html');
    const before = document.documentElement.outerHTML;
    await startPanel(new ContentScriptContext('c'), '', ABS_PAGE);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  test('the lookup prefers the meta ID over a disagreeing URL', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    openPage('https://arxiv.org/abs/2311.13231', 'abs-2311.12983.html');
    await startPanel(new ContentScriptContext('d'), '', ABS_PAGE);
    expect(send.mock.calls.map((c) => (c[0] as unknown as { id: string }).id)).toEqual(['2311.13231', '2311.12983']);
    expect(document.querySelector(PANEL_TAG)?.getAttribute('data-arxiv-id')).toBe('2311.12983');
  });

  test('errors are caught and logged with the prefix, never thrown into the page', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    runSafely(() => Promise.reject(new Error('boom')), 'panel');
    await vi.waitFor(() => expect(log).toHaveBeenCalledWith('[daily-papers]', 'panel', expect.objectContaining({ message: 'boom' })));
  });

  test('a background error is logged, the page stays as it was', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    fakeBrowser.reset();
    answerWith(async () => ({ ok: false, error: 'days/2023-11-23.json: damaged' }));
    openPage('https://arxiv.org/abs/2311.12983', 'abs-2311.12983.html');
    const before = document.documentElement.outerHTML;
    runSafely(() => startPanel(new ContentScriptContext('e'), '', ABS_PAGE), 'panel');
    await vi.waitFor(() => expect(log).toHaveBeenCalledWith('[daily-papers]', 'panel', expect.objectContaining({ message: 'days/2023-11-23.json: damaged' })));
    expect(document.documentElement.outerHTML).toBe(before);
  });
});

describe('the panel’s theme', () => {
  test('no computed style is read as the panel goes in; the page’s real colours are read after the load event', async () => {
    await fillLookup({ repo: repo(), storage: fakeBrowser.storage.local, version: 'test' });
    openPage('https://arxiv.org/abs/2311.12983', 'abs-2311.12983.html');
    // A page made dark by the user's own styles (arXiv's abs pages are light).
    document.body.setAttribute('style', 'background-color: #111111');
    const read = vi.spyOn(window, 'getComputedStyle');
    let loadListener: (() => void) | undefined;
    const ready = vi.spyOn(document, 'readyState', 'get').mockReturnValue('interactive');
    const add = vi.spyOn(window, 'addEventListener').mockImplementation(((type: string, l: () => void) => {
      if (type === 'load') loadListener = l;
    }) as never);
    await startPanel(new ContentScriptContext('t'), '', ABS_PAGE);
    const host = document.querySelector(PANEL_TAG) as HTMLElement;
    expect(host.dataset.theme).toBe('light');
    expect(read).not.toHaveBeenCalled();
    ready.mockReturnValue('complete');
    add.mockRestore();
    expect(loadListener).toBeTypeOf('function');
    loadListener!();
    await vi.waitFor(() => expect(host.dataset.theme).toBe('dark'));
    expect(read).toHaveBeenCalled();
  });
});
