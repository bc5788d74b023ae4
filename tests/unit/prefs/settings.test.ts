import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { decodeSettings, DEFAULT_SETTINGS, parseSettingsPatch, settingsChanges, SETTINGS_KEY, SETTINGS_VERSION } from '../../../src/prefs/settings';
import { langPref, migrateSettings, NewerSettingsError, readSettings, settingPref, writeSettings } from '../../../src/prefs/store';

beforeEach(() => fakeBrowser.reset());
const stored = () => fakeBrowser.storage.local.get(null);

describe('settings: one versioned record', () => {
  test('defaults: Korean, expanded, teaser off', async () => {
    expect(DEFAULT_SETTINGS).toEqual({ lang: 'ko', collapsed: false, teaser: false });
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  });

  test('a write stores the whole record with its version', async () => {
    await langPref.set('en');
    expect(await stored()).toEqual({ [SETTINGS_KEY]: { v: SETTINGS_VERSION, lang: 'en', collapsed: false, teaser: false } });
    await settingPref('teaser').set(true);
    expect(await readSettings()).toEqual({ lang: 'en', collapsed: false, teaser: true });
  });

  test('each field is validated on its own: a damaged value reads as its default, the others are kept', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { v: 2, lang: 'fr', collapsed: true, teaser: 'yes' } });
    expect(await readSettings()).toEqual({ lang: 'ko', collapsed: true, teaser: false });
  });

  test('version 1 (three loose keys) is read, and migrated to the record on install/update', async () => {
    await fakeBrowser.storage.local.set({ lang: 'en', panelCollapsed: true, showTeaser: 'x', unrelated: 1 });
    expect(decodeSettings(await stored()).source).toBe('legacy');
    expect(await readSettings()).toEqual({ lang: 'en', collapsed: true, teaser: false });
    expect(await migrateSettings()).toBe(true);
    expect(await stored()).toEqual({ [SETTINGS_KEY]: { v: 2, lang: 'en', collapsed: true, teaser: false }, unrelated: 1 });
    expect(await migrateSettings()).toBe(false);
  });

  test('a write over version 1 migrates it too', async () => {
    await fakeBrowser.storage.local.set({ panelCollapsed: true });
    await langPref.set('en');
    expect(await stored()).toEqual({ [SETTINGS_KEY]: { v: 2, lang: 'en', collapsed: true, teaser: false } });
  });

  test('a record from a newer version reads as the defaults and is never overwritten', async () => {
    const newer = { v: 3, language: { summary: 'en' }, panel: 'folded' };
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: newer });
    expect(decodeSettings(await stored()).source).toBe('newer');
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    await expect(writeSettings({ lang: 'en' })).rejects.toBeInstanceOf(NewerSettingsError);
    expect(await migrateSettings()).toBe(false);
    expect(await stored()).toEqual({ [SETTINGS_KEY]: newer });
  });

  test('an unreadable record (no version, older unknown version) reads as the defaults', () => {
    expect(decodeSettings({ [SETTINGS_KEY]: 'en' }).settings).toEqual(DEFAULT_SETTINGS);
    expect(decodeSettings({ [SETTINGS_KEY]: { v: 1.5, lang: 'en' } }).settings).toEqual(DEFAULT_SETTINGS);
  });

  test('watch sees changes made elsewhere, validated, until unwatched', async () => {
    const seen: string[] = [];
    const stop = langPref.watch((v) => seen.push(v));
    await writeSettings({ lang: 'en' });
    await writeSettings({ teaser: true }); // another field: not a language change
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { v: 2, lang: 42 } });
    stop();
    await writeSettings({ lang: 'en' });
    expect(seen).toEqual(['en', 'ko']);
  });

  test('settingsChanges: only the fields that changed, only in storage.local', () => {
    const rec = (o: object) => ({ v: 2, lang: 'ko', collapsed: false, teaser: false, ...o });
    expect(settingsChanges({ [SETTINGS_KEY]: { oldValue: rec({}), newValue: rec({ lang: 'en' }) } }, 'local')).toEqual({ lang: 'en' });
    expect(settingsChanges({ [SETTINGS_KEY]: { oldValue: rec({}), newValue: rec({ collapsed: true, teaser: 'yes' }) } }, 'local')).toEqual({ collapsed: true });
    expect(settingsChanges({ [SETTINGS_KEY]: { oldValue: rec({ lang: 'en' }) } }, 'local')).toEqual({ lang: 'ko' }); // removed: the default
    expect(settingsChanges({ unrelated: { newValue: 1 } }, 'local')).toBeUndefined();
    expect(settingsChanges({ [SETTINGS_KEY]: { newValue: rec({ lang: 'en' }) } }, 'sync')).toBeUndefined();
  });

  test('a patch received in a message keeps known, valid fields only', () => {
    expect(parseSettingsPatch(undefined)).toEqual({});
    expect(parseSettingsPatch({ lang: 'EN', collapsed: 1, teaser: true, other: 1 })).toEqual({ teaser: true });
  });
});
