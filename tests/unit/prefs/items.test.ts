import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { collapsedPref, definePref, langPref, parsePanelPrefs, readPanelPrefs, teaserPref } from '../../../src/prefs/items';
import { isLang } from '../../../src/prefs/schema';

beforeEach(() => fakeBrowser.reset());

describe('preferences', () => {
  test('defaults: Korean, expanded, teaser off', async () => {
    expect(await langPref.get()).toBe('ko');
    expect(await collapsedPref.get()).toBe(false);
    expect(await teaserPref.get()).toBe(false);
  });
  test('set then get', async () => {
    await langPref.set('en');
    expect(await langPref.get()).toBe('en');
    expect(await fakeBrowser.storage.local.get('lang')).toEqual({ lang: 'en' });
  });
  test('invalid stored values read as the default instead of breaking the UI', async () => {
    await fakeBrowser.storage.local.set({ lang: 'fr', panelCollapsed: 'yes', showTeaser: 1 });
    expect(await langPref.get()).toBe('ko');
    expect(await collapsedPref.get()).toBe(false);
    expect(await teaserPref.get()).toBe(false);
  });
  test('watch sees changes made elsewhere (another tab, the popup), validated, until unwatched', async () => {
    const seen: string[] = [];
    const stop = langPref.watch((v) => seen.push(v));
    await fakeBrowser.storage.local.set({ lang: 'en' });
    await fakeBrowser.storage.local.set({ lang: 42 });
    await fakeBrowser.storage.local.set({ unrelated: true });
    stop();
    await fakeBrowser.storage.local.set({ lang: 'en' });
    expect(seen).toEqual(['en', 'ko']);
  });
  test('a removed value reads as the default in watch', async () => {
    const p = definePref('x', isLang, 'ko');
    await p.set('en');
    const seen: string[] = [];
    p.watch((v) => seen.push(v));
    await fakeBrowser.storage.local.remove('x');
    expect(seen).toEqual(['ko']);
  });
  test('the panel preferences in one read, each validated', async () => {
    await fakeBrowser.storage.local.set({ lang: 'en', panelCollapsed: 'no', showTeaser: true });
    expect(await readPanelPrefs()).toEqual({ lang: 'en', collapsed: false, teaser: true });
  });
  test('preferences received in a message: anything malformed reads as the defaults', () => {
    const defaults = { lang: 'ko', collapsed: false, teaser: false };
    expect(parsePanelPrefs(undefined)).toEqual(defaults);
    expect(parsePanelPrefs('en')).toEqual(defaults);
    expect(parsePanelPrefs({ lang: 'EN', collapsed: 1, teaser: null })).toEqual(defaults);
    expect(parsePanelPrefs({ lang: 'en', collapsed: true, teaser: true })).toEqual({ lang: 'en', collapsed: true, teaser: true });
  });
});
