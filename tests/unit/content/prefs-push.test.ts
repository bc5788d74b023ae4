import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { panelPrefChanges, pushPrefChanges, type TabsApi } from '../../../src/background/push-prefs';
import { ABS_PAGE_MATCHES } from '../../../src/arxiv/abs-matches';
import { langPref, teaserPref } from '../../../src/prefs/items';
import { pushedPref } from '../../../src/prefs/pushed';

beforeEach(() => fakeBrowser.reset());

describe('background: preference changes pushed to open abs tabs', () => {
  test('only changed panel keys of storage.local, validated', () => {
    expect(panelPrefChanges({ lang: { newValue: 'en' } }, 'local')).toEqual({ lang: 'en' });
    expect(panelPrefChanges({ panelCollapsed: { newValue: true }, showTeaser: { newValue: 'yes' } }, 'local')).toEqual({ collapsed: true, teaser: false });
    expect(panelPrefChanges({ lang: {} }, 'local')).toEqual({ lang: 'ko' }); // removed: the default
    expect(panelPrefChanges({ unrelated: { newValue: 1 } }, 'local')).toBeUndefined();
    expect(panelPrefChanges({ lang: { newValue: 'en' } }, 'sync')).toBeUndefined();
  });

  test('every abs tab gets the message; a tab without a panel is not an error', async () => {
    const tabs = {
      query: vi.fn<TabsApi['query']>(async () => [{ id: 1 }, { id: 2 }, {}]),
      sendMessage: vi.fn<TabsApi['sendMessage']>(async (id) => {
        if (id === 2) throw new Error('Could not establish connection. Receiving end does not exist.');
      }),
    };
    await pushPrefChanges(tabs, { lang: 'en' });
    expect(tabs.query).toHaveBeenCalledWith({ url: ABS_PAGE_MATCHES });
    expect(tabs.sendMessage.mock.calls).toEqual([
      [1, { type: 'daily-papers:prefs-changed', changes: { lang: 'en' } }],
      [2, { type: 'daily-papers:prefs-changed', changes: { lang: 'en' } }],
    ]);
  });
});

describe('content script: a pushed preference', () => {
  test('watch sees its own key from the push, validated, and nothing else, until unwatched', async () => {
    const lang = pushedPref(langPref, 'lang');
    const seen: string[] = [];
    const stop = lang.watch((v) => seen.push(v));
    await fakeBrowser.runtime.onMessage.trigger({ type: 'daily-papers:prefs-changed', changes: { lang: 'en' } }, {}, () => {});
    await fakeBrowser.runtime.onMessage.trigger({ type: 'daily-papers:prefs-changed', changes: { teaser: true } }, {}, () => {});
    await fakeBrowser.runtime.onMessage.trigger({ type: 'daily-papers:prefs-changed', changes: { lang: 'fr' } }, {}, () => {});
    await fakeBrowser.runtime.onMessage.trigger({ type: 'something-else', changes: { lang: 'en' } }, {}, () => {});
    stop();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'daily-papers:prefs-changed', changes: { lang: 'en' } }, {}, () => {});
    expect(seen).toEqual(['en', 'ko']);
  });

  test('get and set still go to storage; watching does not touch the storage API', async () => {
    const onChanged = vi.spyOn(fakeBrowser.storage.onChanged, 'addListener');
    const teaser = pushedPref(teaserPref, 'teaser');
    teaser.watch(() => {});
    expect(onChanged).not.toHaveBeenCalled();
    await teaser.set(true);
    expect(await teaser.get()).toBe(true);
    expect(await fakeBrowser.storage.local.get('showTeaser')).toEqual({ showTeaser: true });
  });
});
