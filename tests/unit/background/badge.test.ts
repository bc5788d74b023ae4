import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PAPER_PAGE_MATCHES } from '../../../src/arxiv/hosts';
import { BADGE_COLOR, badgeFor, badgeKeeper, badgeLookup, refreshBadges, watchTabsForBadge } from '../../../src/background/badge';
import { fillLookup } from '../../../src/background/lookup-store';
import { createRepository } from '../../../src/packaged/repository';
import { SETTINGS_KEY } from '../../../src/prefs/settings';
import { compileSeed } from '../digest/seed';
import { TEST_EXTENSION_VERSION } from '../setup/fake-manifest';

const files = compileSeed().files;
const repo = () => createRepository(async (p) => (files.has(p) ? JSON.parse(files.get(p)!) : undefined));
const keeper = () => badgeKeeper(fakeBrowser.action, badgeLookup(fakeBrowser.storage.local, repo(), TEST_EXTENSION_VERSION), () => 'arXiv Daily Papers: default');
const badge = async (tabId: number) => ({ text: await fakeBrowser.action.getBadgeText({ tabId }), title: await fakeBrowser.action.getTitle({ tabId }) });

beforeEach(async () => {
  fakeBrowser.reset();
  await fillLookup({ repo: repo(), storage: fakeBrowser.storage.local, version: 'test' });
});

describe('badgeFor', () => {
  test('a summary: the badge and a title naming the day, in the language chosen', () => {
    const hit = { date: '2023-11-23', paper: { id: '2311.12983' } } as never;
    expect(badgeFor(hit, 'ko')).toEqual({ text: '요약', title: 'arXiv Daily Papers: 이 논문의 요약이 있습니다 (2023-11-23 Daily Papers)' });
    expect(badgeFor(hit, 'en')).toEqual({ text: 'TLDR', title: 'arXiv Daily Papers: this paper has a summary (Daily Papers of 2023-11-23)' });
    expect(badgeFor(undefined, 'ko')).toBeUndefined();
  });
});

describe('the badge of a tab', () => {
  test('a table filled by another extension version is not trusted: a paper it lacks is looked up in the dataset', async () => {
    const marker = (await fakeBrowser.storage.local.get('lookup')).lookup as { version: string };
    await fakeBrowser.storage.local.set({ lookup: { ...marker, version: '0.0.9/older' } });
    await fakeBrowser.storage.local.remove('p:2311.12983');
    await keeper().show(3, 'https://arxiv.org/abs/2311.12983');
    expect(await badge(3)).toEqual({ text: '요약', title: expect.stringContaining('2023-11-23') });
  });

  test.each([
    ['abs', 'https://arxiv.org/abs/2311.12983'],
    ['abs, versioned, www', 'https://www.arxiv.org/abs/2311.13600v2'],
    ['HTML', 'https://arxiv.org/html/2311.13231v1#S2'],
    ['PDF', 'https://arxiv.org/pdf/2311.13141'],
    ['PDF with .pdf', 'https://export.arxiv.org/pdf/2311.13384v1.pdf'],
  ])('%s of a summarised paper: badge, colour and title', async (_name, url) => {
    await keeper().show(3, url);
    expect(await badge(3)).toEqual({ text: '요약', title: expect.stringContaining('2023-11-23') });
    expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId: 3 })).toEqual([179, 27, 27, 255]);
    expect(await badge(4)).toEqual({ text: '', title: '' }); // other tabs untouched
  });

  test('an unknown paper: no badge and the default title (a tab that showed one loses it)', async () => {
    const k = keeper();
    await k.show(5, 'https://arxiv.org/abs/2311.12983');
    await k.show(5, 'https://arxiv.org/abs/2401.00001');
    expect(await badge(5)).toEqual({ text: '', title: 'arXiv Daily Papers: default' });
  });

  test('pages that are not about one paper are left alone', async () => {
    const setText = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    const find = vi.fn();
    const k = badgeKeeper(fakeBrowser.action, find, () => '');
    for (const url of ['https://arxiv.org/list/cs.CV/new', 'https://arxiv.org/', 'https://example.com/abs/2311.12983', undefined]) await k.show(1, url);
    expect(find).not.toHaveBeenCalled();
    expect(setText).not.toHaveBeenCalled();
  });

  test('in the language stored; English too', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { v: 2, lang: 'en', collapsed: false, teaser: false } });
    await keeper().show(6, 'https://arxiv.org/abs/2311.12983');
    expect(await badge(6)).toEqual({ text: 'TLDR', title: 'arXiv Daily Papers: this paper has a summary (Daily Papers of 2023-11-23)' });
  });

  test('while the table is being filled, the dataset answers', async () => {
    await fakeBrowser.storage.local.remove(['lookup', 'p:2311.12983']);
    await keeper().show(7, 'https://arxiv.org/abs/2311.12983');
    expect((await badge(7)).text).toBe('요약');
  });

  test('a slow answer for a URL the tab has left does not overwrite the newer one', async () => {
    let release!: () => void;
    const slow = new Promise<void>((r) => (release = r));
    const find = vi.fn(async (id: string) => {
      if (id === '2311.12983') await slow;
      return id === '2311.12983' ? { hit: { date: '2023-11-23' } as never, lang: 'ko' as const } : { lang: 'ko' as const };
    });
    const k = badgeKeeper(fakeBrowser.action, find, () => 'default');
    const first = k.show(8, 'https://arxiv.org/abs/2311.12983');
    await k.show(8, 'https://arxiv.org/abs/2401.00001');
    release();
    await first;
    expect(await badge(8)).toEqual({ text: '', title: 'default' });
  });

  test('a tab closed meanwhile is not an error', async () => {
    const action = { setBadgeText: vi.fn().mockRejectedValue(new Error('No tab with id: 9.')), setBadgeBackgroundColor: vi.fn().mockResolvedValue(undefined), setTitle: vi.fn().mockRejectedValue(new Error('No tab with id: 9.')) };
    await expect(badgeKeeper(action as never, badgeLookup(fakeBrowser.storage.local, repo(), TEST_EXTENSION_VERSION), () => '').show(9, 'https://arxiv.org/abs/2311.12983')).resolves.toBeUndefined();
  });
});

describe('following tabs', () => {
  function fakeTabs() {
    const listeners: { fn: (...a: unknown[]) => void; filter: unknown }[] = [];
    return {
      listeners,
      onUpdated: { addListener: (fn: (...a: unknown[]) => void, filter?: unknown) => listeners.push({ fn, filter }) },
      query: vi.fn(async () => [{ id: 1, url: 'https://arxiv.org/abs/2311.12983' }, { id: 2, url: 'https://arxiv.org/pdf/2401.00001' }, {}]),
    };
  }

  test('the browser filters by arXiv paper URL and by the changes that matter; a change sets the tab it names', () => {
    const tabs = fakeTabs();
    const show = vi.fn(async () => {});
    watchTabsForBadge(tabs as never, { show });
    expect(tabs.listeners[0]!.filter).toEqual({ urls: PAPER_PAGE_MATCHES, properties: ['url', 'status'] });
    const fire = (change: object, tab: object) => tabs.listeners[0]!.fn(1, change, tab);
    fire({ title: 'x' }, { url: 'https://arxiv.org/abs/2311.12983' });
    expect(show).not.toHaveBeenCalled();
    fire({ status: 'loading', url: 'https://arxiv.org/abs/2311.12983' }, { url: 'https://arxiv.org/abs/2311.12983' });
    fire({ status: 'complete' }, { url: 'https://arxiv.org/abs/2311.12983' });
    expect(show.mock.calls).toEqual([
      [1, 'https://arxiv.org/abs/2311.12983'],
      [1, 'https://arxiv.org/abs/2311.12983'],
    ]);
  });

  test('refreshBadges sets every open paper tab again', async () => {
    const tabs = fakeTabs();
    const show = vi.fn(async () => {});
    await refreshBadges(tabs as never, { show });
    expect(tabs.query).toHaveBeenCalledWith({ url: PAPER_PAGE_MATCHES });
    expect(show.mock.calls).toEqual([
      [1, 'https://arxiv.org/abs/2311.12983'],
      [2, 'https://arxiv.org/pdf/2401.00001'],
    ]);
  });

  test('BADGE_COLOR is arXiv red', () => expect(BADGE_COLOR).toBe('#b31b1b'));
});
