import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CONTENT_PAGE_MATCHES } from '../../../src/arxiv/hosts';
import { startBackground } from '../../../src/background/main';
import { pushSettings } from '../../../src/background/push-settings';
import { createRepository } from '../../../src/background/repository';
import { SETTINGS_CHANGED } from '../../../src/messaging/push';
import { TOGGLE_LANGUAGE_COMMAND } from '../../../src/model/shortcuts';
import { SETTINGS_KEY } from '../../../src/prefs/settings';
import { writeSettings } from '../../../src/prefs/store';
import { compileSeed } from '../digest/seed';
import { fakeCommands } from '../setup/fake-commands';

const files = compileSeed().files;
const repo = () => createRepository(async (p) => (files.has(p) ? JSON.parse(files.get(p)!) : undefined));

beforeEach(() => fakeBrowser.reset());

describe('background wiring', () => {
  test('a settings change anywhere is pushed to the open abs, HTML and listing tabs, changed fields only', async () => {
    startBackground(fakeBrowser, repo(), Promise.resolve('test/1'));
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7 }, { id: 9 }] as never);
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    await writeSettings({ lang: 'en' });
    await vi.waitFor(() => expect(sent).toHaveBeenCalledTimes(2));
    expect(query).toHaveBeenCalledWith({ url: CONTENT_PAGE_MATCHES });
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
    const [reply] = await fakeBrowser.runtime.onMessage.trigger({ type: 'daily-papers:dateOf', id: '2311.12983' }, {}, () => {});
    expect(reply).toEqual({ ok: true, value: '2023-11-23' });
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
    await fakeBrowser.runtime.onMessage.trigger({ type: 'daily-papers:badgeTab' }, { tab: { id: 5, url: 'https://arxiv.org/pdf/2311.13231v1' } } as never, () => undefined);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('요약'));
    await fakeBrowser.runtime.onMessage.trigger({ type: 'daily-papers:badgeTab' }, { tab: { id: 6, url: 'https://arxiv.org/abs/2401.00001' } } as never, () => undefined);
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
});
