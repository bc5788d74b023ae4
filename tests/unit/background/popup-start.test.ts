import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDispatcher } from '../../../src/background/dispatch';
import { sentBy } from './handlers-for';
import { backgroundHandlers } from '../../../src/background/handlers';
import { importStore } from '../../../src/background/imports';
import { activeOrGivenTabUrl } from '../../../src/background/popup-tab';
import { createRepository } from '../../../src/packaged/repository';
import { typedSend } from '../../../src/messaging/send';
import { compileSeed } from '../digest/seed';

const files = compileSeed().files;
const repo = createRepository(async (p) => (files.has(p) ? JSON.parse(files.get(p)!) : undefined));

function sendWith(tabUrl?: (tabId: number | undefined) => Promise<string | undefined>) {
  const imports = importStore(fakeBrowser.storage.local, { has: async (d) => (await repo.dates()).includes(d), day: (d) => repo.day(d) });
  const dispatch = createDispatcher(backgroundHandlers({ repo, imports, ...(tabUrl ? { tabUrl } : {}) }), sentBy('extension-page'));
  return typedSend(async (m) => JSON.parse(JSON.stringify((await dispatch(m)) ?? null)));
}

beforeEach(() => fakeBrowser.reset());

describe('start: the popup names its tab, the background reads it', () => {
  test('a named tab on a known paper: that paper’s day, highlighted', async () => {
    const tabUrl = vi.fn(async (id: number | undefined) => (id === 7 ? 'https://arxiv.org/abs/2311.13231v2' : undefined));
    const start = await sendWith(tabUrl)('start', { tabId: 7 });
    expect(tabUrl.mock.calls).toEqual([[7]]);
    expect(start).toMatchObject({ highlight: '2311.13231', tabIsArxiv: true, day: { date: '2023-11-23' } });
  });

  test('no tab named: the active tab (tabUrl asked without an id)', async () => {
    const tabUrl = vi.fn(async () => 'https://arxiv.org/abs/2311.12983');
    expect(await sendWith(tabUrl)('start', {})).toMatchObject({ highlight: '2311.12983' });
    expect(tabUrl.mock.calls).toEqual([[undefined]]);
  });

  test('a URL given wins: the tab is not read', async () => {
    const tabUrl = vi.fn(async () => 'https://arxiv.org/abs/2311.12983');
    expect(await sendWith(tabUrl)('start', { url: 'https://arxiv.org/abs/2311.13231', tabId: 3 })).toMatchObject({ highlight: '2311.13231' });
    expect(tabUrl).not.toHaveBeenCalled();
  });

  test('a tab that is gone or unreadable opens the newest day, with the not-arXiv notice', async () => {
    const gone = sendWith(async () => {
      throw new Error('No tab with id: 9');
    });
    expect(await gone('start', { tabId: 9 })).toMatchObject({ notice: { kind: 'not-arxiv' }, tabIsArxiv: false, day: { date: '2023-11-23' } });
    expect(await sendWith(async () => undefined)('start', {})).toMatchObject({ notice: { kind: 'not-arxiv' } });
    expect(await sendWith()('start', { tabId: 9 })).toMatchObject({ notice: { kind: 'not-arxiv' } });
  });

  test('a tabId that is not a tab id is refused at the boundary', async () => {
    const send = sendWith(async () => undefined);
    await expect(send('start', { tabId: -1 })).rejects.toThrow(/bad request/);
    await expect(send('start', { tabId: 0 })).rejects.toThrow(/bad request/);
    await expect(send('start', { tabId: 1.5 })).rejects.toThrow(/bad request/);
  });
});

describe('activeOrGivenTabUrl', () => {
  test('a given tab is read by id; otherwise the active tab of the last focused window', async () => {
    const tabs = {
      get: vi.fn(async (id: number) => ({ id, url: `https://arxiv.org/abs/2311.1298${id}` })),
      query: vi.fn(async () => [{ id: 1, url: 'https://arxiv.org/abs/2311.13231' }]),
    };
    const api = tabs as unknown as Parameters<typeof activeOrGivenTabUrl>[0];
    expect(await activeOrGivenTabUrl(api, 3)).toBe('https://arxiv.org/abs/2311.12983');
    expect(await activeOrGivenTabUrl(api, undefined)).toBe('https://arxiv.org/abs/2311.13231');
    expect(tabs.query.mock.calls).toEqual([[{ active: true, lastFocusedWindow: true }]]);
    tabs.query.mockResolvedValueOnce([]);
    expect(await activeOrGivenTabUrl(api, undefined)).toBeUndefined();
  });
});
