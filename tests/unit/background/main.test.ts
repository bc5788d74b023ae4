import { readdirSync, readFileSync } from 'node:fs';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../../src/background/main';
import { pushSettings } from '../../../src/background/push-settings';
import { createRepository } from '../../../src/packaged/repository';
import { SETTINGS_CHANGED } from '../../../src/messaging/push';
import { TOGGLE_LANGUAGE_COMMAND } from '../../../src/model/shortcuts';
import { SETTINGS_KEY } from '../../../src/prefs/settings';
import { writeSettings } from '../../../src/prefs/store';
import { compileSeed } from '../digest/seed';
import { fakeCommands } from '../setup/fake-commands';
import { contentSender, pageSender } from './handlers-for';

const files = compileSeed().files;
const repo = () => createRepository(async (p) => (files.has(p) ? JSON.parse(files.get(p)!) : undefined));

beforeEach(() => fakeBrowser.reset());

/**
 * The tabs the settings push reaches, written out rather than taken from the code's constant (a test that
 * compared the constant with itself let a list without the HTML pages through). Sorted.
 */
const CONTENT_PAGE_PATTERNS = [
  '*://arxiv.org/abs/*',
  '*://arxiv.org/catchup*',
  '*://arxiv.org/html/*',
  '*://arxiv.org/list/*',
  '*://export.arxiv.org/abs/*',
  '*://export.arxiv.org/catchup*',
  '*://export.arxiv.org/html/*',
  '*://export.arxiv.org/list/*',
  '*://www.arxiv.org/abs/*',
  '*://www.arxiv.org/catchup*',
  '*://www.arxiv.org/html/*',
  '*://www.arxiv.org/list/*',
];

describe('background wiring', () => {
  test('a settings change anywhere is pushed to the open abs, HTML and listing tabs, changed fields only', async () => {
    startBackground(fakeBrowser, repo(), Promise.resolve('test/1'));
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7 }, { id: 9 }] as never);
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    await writeSettings({ lang: 'en' });
    await vi.waitFor(() => expect(sent).toHaveBeenCalledTimes(2));
    // Written out, not taken from the code's constant (the language change also refreshes the badges' tabs).
    expect(query.mock.calls.map(([q]) => [...(q as { url: string[] }).url].sort())).toContainEqual(CONTENT_PAGE_PATTERNS);
    expect(sent.mock.calls).toEqual([
      [7, { type: SETTINGS_CHANGED, changes: { lang: 'en' } }],
      [9, { type: SETTINGS_CHANGED, changes: { lang: 'en' } }],
    ]);
  });

  test('tab events are listened to only where the browser filters them by URL (Firefox); Chrome waits for the tabs to ask', () => {
    const listen = vi.spyOn(fakeBrowser.tabs.onUpdated, 'addListener');
    startBackground(fakeBrowser, repo(), Promise.resolve('test/1'));
    expect(listen).not.toHaveBeenCalled();
    startBackground(fakeBrowser, repo(), Promise.resolve('test/1'), { filterTabEvents: true });
    expect(listen).toHaveBeenCalledTimes(1);
    expect((listen.mock.calls[0] as unknown[])[1]).toMatchObject({ properties: ['url', 'status'] });
  });

  test('other storage changes push nothing', async () => {
    startBackground(fakeBrowser, repo(), Promise.resolve('test/1'));
    const query = vi.spyOn(fakeBrowser.tabs, 'query');
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    await new Promise((r) => setTimeout(r, 10));
    expect(query).not.toHaveBeenCalled();
  });

  test('it answers the protocol on runtime messages', async () => {
    startBackground(fakeBrowser, repo(), Promise.resolve('test/1'));
    const [reply] = await fakeBrowser.runtime.onMessage.trigger({ type: 'daily-papers:dateOf', id: '2311.12983' }, pageSender(), () => {});
    expect(reply).toEqual({ ok: true, value: '2023-11-23' });
  });

  test('imports are the extension pages’ business: a content script or another extension is refused, nothing changes', async () => {
    startBackground(fakeBrowser, repo(), Promise.resolve('test/1'));
    const file = { name: '2023-11-24.md', text: '## Daily Papers (2023-11-24)\n\n### [Other](https://arxiv.org/abs/2311.14000)\n\nAuthors: B\n\n- 요약\n' };
    const ask = async (message: object, sender: object) => (await fakeBrowser.runtime.onMessage.trigger(message, sender as never, () => undefined))[0];
    const content = contentSender(4, 'https://arxiv.org/abs/2311.12983');
    const other = { id: 'another-extension', url: 'chrome-extension://another-extension/background.js' };
    for (const sender of [content, other]) {
      expect(await ask({ type: 'daily-papers:importSave', files: [file], confirm: [] }, sender)).toMatchObject({ ok: false, error: expect.stringMatching(/^refused: importSave/) });
      expect(await ask({ type: 'daily-papers:importExport' }, sender)).toMatchObject({ ok: false, error: expect.stringMatching(/^refused: importExport/) });
    }
    expect(await fakeBrowser.storage.local.get(null)).not.toHaveProperty('imports');
    // the options page, in its tab, may
    expect(await ask({ type: 'daily-papers:importSave', files: [file], confirm: [] }, { ...pageSender('options.html'), tab: { id: 5 } })).toMatchObject({ ok: true, value: { saved: ['2023-11-24'] } });
    expect(await ask({ type: 'daily-papers:importDelete', date: '2023-11-24' }, content)).toMatchObject({ ok: false, error: expect.stringMatching(/^refused: importDelete/) });
    expect(await ask({ type: 'daily-papers:importList' }, pageSender())).toMatchObject({ ok: true, value: { days: [{ date: '2023-11-24' }] } });
    // and the content script still gets what it needs
    expect(await ask({ type: 'daily-papers:lookup', id: '2311.12983' }, content)).toMatchObject({ ok: true, value: { hit: { date: '2023-11-23' } } });
  });

  test('messages from other extensions are not listened to', () => {
    const external = vi.spyOn(fakeBrowser.runtime.onMessageExternal, 'addListener');
    const externalPorts = vi.spyOn(fakeBrowser.runtime.onConnectExternal, 'addListener');
    startBackground(fakeBrowser, repo(), Promise.resolve('test/1'), { filterTabEvents: true });
    expect(external).not.toHaveBeenCalled();
    expect(externalPorts).not.toHaveBeenCalled();
    // nor anywhere else: no source file names those events
    const sources = [...readdirSync('src', { recursive: true }).map((f) => `src/${String(f)}`), ...readdirSync('entrypoints', { recursive: true }).map((f) => `entrypoints/${String(f)}`)];
    const naming = sources.filter((f) => /\.tsx?$/.test(f) && /onMessageExternal|onConnectExternal|externally_connectable/.test(readFileSync(f, 'utf8')));
    expect(sources.length).toBeGreaterThan(40);
    expect(naming).toEqual([]);
  });

  test('install or update migrates version 1 settings', async () => {
    startBackground(fakeBrowser, repo(), Promise.resolve('test/1'));
    await fakeBrowser.storage.local.set({ lang: 'en' });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0' } as never);
    await vi.waitFor(async () => expect(await fakeBrowser.storage.local.get(['lang', SETTINGS_KEY])).toEqual({ [SETTINGS_KEY]: { v: 2, lang: 'en', collapsed: false, teaser: false } }));
  });

  test.each([
    ['from a newer version', { v: 99, lang: 'en', future: true }, /newer version of the extension \(format 99\): kept as they are/],
    ['damaged', 'garbage', /damaged settings record/],
    ['with a damaged field', { v: 2, lang: 'fr', collapsed: true, teaser: false }, /damaged settings lang/],
  ])('install or update reports a settings record %s, and keeps it', async (_name, record, message) => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    startBackground(fakeBrowser, repo(), Promise.resolve('test/1'));
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: record });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0' } as never);
    await vi.waitFor(() => expect(log).toHaveBeenCalledWith('[daily-papers]', 'stored settings', expect.stringMatching(message)));
    expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual(record);
  });

  test('the language shortcut switches the stored language; the change is then pushed like any other', async () => {
    startBackground(fakeBrowser, repo(), Promise.resolve('test/1'));
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7 }] as never);
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    await fakeCommands.trigger(TOGGLE_LANGUAGE_COMMAND);
    await vi.waitFor(() => expect(sent).toHaveBeenCalledWith(7, { type: SETTINGS_CHANGED, changes: { lang: 'en' } }));
    expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toMatchObject({ lang: 'en' });
  });

  test('Chrome: a tab that asks (badgeTab) gets its badge for the URL the browser reports; an unknown paper none', async () => {
    const bg = startBackground(fakeBrowser, repo(), Promise.resolve('test/1'));
    await bg.lookupReady;
    await fakeBrowser.runtime.onMessage.trigger({ type: 'daily-papers:badgeTab' }, contentSender(5, 'https://arxiv.org/pdf/2311.13231v1') as never, () => undefined);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('요약'));
    await fakeBrowser.runtime.onMessage.trigger({ type: 'daily-papers:badgeTab' }, contentSender(6, 'https://arxiv.org/abs/2401.00001') as never, () => undefined);
    await new Promise((r) => setTimeout(r, 10));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 6 })).toBe('');
  });

  test('Firefox: a navigation to a summarised paper sets that tab’s badge; a language change sets it again', async () => {
    const bg = startBackground(fakeBrowser, repo(), Promise.resolve('test/1'), { filterTabEvents: true });
    await bg.lookupReady;
    await fakeBrowser.tabs.onUpdated.trigger(3, { status: 'loading', url: 'https://arxiv.org/pdf/2311.12983' }, { id: 3, url: 'https://arxiv.org/pdf/2311.12983' } as never);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('요약'));
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 3, url: 'https://arxiv.org/pdf/2311.12983' }] as never);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    await writeSettings({ lang: 'en' });
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('TLDR'));
    expect(await fakeBrowser.action.getTitle({ tabId: 3 })).toBe('arXiv Daily Papers: this paper has a summary (Daily Papers of 2023-11-23)');
  });

  test('a tab without a panel is not an error', async () => {
    const tabs = {
      query: vi.fn(async () => [{ id: 1 }, { id: 2 }, {}]),
      sendMessage: vi.fn(async (id: number) => {
        if (id === 2) throw new Error('Could not establish connection. Receiving end does not exist.');
      }),
    };
    await pushSettings(tabs as never, { teaser: true });
    expect(tabs.sendMessage).toHaveBeenCalledTimes(2);
  });

  test('the push asks the browser for exactly the abs, HTML and listing pages of the three arXiv hosts', async () => {
    const tabs = { query: vi.fn(async () => []), sendMessage: vi.fn() };
    await pushSettings(tabs as never, { lang: 'en' });
    expect(tabs.query).toHaveBeenCalledTimes(1);
    expect([...(tabs.query.mock.calls[0] as unknown as [{ url: string[] }])[0].url].sort()).toEqual(CONTENT_PAGE_PATTERNS);
  });
});
