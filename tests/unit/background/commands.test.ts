import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleCommand } from '../../../src/background/commands';
import { TOGGLE_LANGUAGE_COMMAND } from '../../../src/model/shortcuts';
import { SETTINGS_KEY } from '../../../src/prefs/settings';
import { readSettings } from '../../../src/prefs/store';

beforeEach(() => fakeBrowser.reset());

describe('keyboard shortcut handler', () => {
  test('switching the language: Korean (the default) → English → Korean, other settings kept', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { v: 2, lang: 'ko', collapsed: true, teaser: false } });
    await handleCommand(fakeBrowser, TOGGLE_LANGUAGE_COMMAND);
    expect(await readSettings(fakeBrowser.storage.local)).toEqual({ lang: 'en', collapsed: true, teaser: false });
    await handleCommand(fakeBrowser, TOGGLE_LANGUAGE_COMMAND);
    expect((await readSettings(fakeBrowser.storage.local)).lang).toBe('ko');
  });

  test('from nothing stored: English, written as the versioned record', async () => {
    await handleCommand(fakeBrowser, TOGGLE_LANGUAGE_COMMAND);
    expect(await fakeBrowser.storage.local.get(SETTINGS_KEY)).toEqual({ [SETTINGS_KEY]: { v: 2, lang: 'en', collapsed: false, teaser: false } });
  });

  test('other commands (the popup is the browser’s own) change nothing', async () => {
    await handleCommand(fakeBrowser, '_execute_action');
    await handleCommand(fakeBrowser, 'unknown');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  test('a newer version’s settings are kept as they are: the shortcut fails loudly instead of overwriting', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { v: 99, lang: 'ko', future: true } });
    await expect(handleCommand(fakeBrowser, TOGGLE_LANGUAGE_COMMAND)).rejects.toThrow(/newer version/);
    expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual({ v: 99, lang: 'ko', future: true });
  });
});
