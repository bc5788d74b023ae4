import { describe, expect, test } from 'vitest';
import { manifestCommands, SHORTCUT_SETTINGS, SHORTCUTS, shortcutOf, TOGGLE_LANGUAGE_COMMAND } from '../../../src/model/shortcuts';

describe('keyboard shortcuts', () => {
  test('the manifest commands of each manifest version', () => {
    expect(manifestCommands(3)).toEqual({
      [TOGGLE_LANGUAGE_COMMAND]: { suggested_key: { default: 'Alt+Shift+L' }, description: '__MSG_commandToggleLanguage__' },
      _execute_action: { suggested_key: { default: 'Alt+Shift+D' }, description: '__MSG_commandOpenPopup__' },
    });
    expect(Object.keys(manifestCommands(2))).toEqual([TOGGLE_LANGUAGE_COMMAND, '_execute_browser_action']);
  });

  test('suggested keys are valid for both browsers: Alt or Ctrl plus Shift and one letter, none twice', () => {
    const keys = SHORTCUTS.map((s) => s.suggested);
    for (const k of keys) expect(k).toMatch(/^(Alt|Ctrl)\+Shift\+[A-Z]$/);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('a command name from commands.getAll() finds its shortcut and labels in both languages', () => {
    expect(shortcutOf('_execute_browser_action')).toBe(shortcutOf('_execute_action'));
    expect(shortcutOf(TOGGLE_LANGUAGE_COMMAND)?.label).toEqual({ ko: '요약 언어 바꾸기 (한국어 ↔ English)', en: 'Switch the summary language (한국어 ↔ English)' });
    expect(shortcutOf('nope')).toBeUndefined();
    for (const s of SHORTCUTS) for (const lang of ['ko', 'en'] as const) expect(s.label[lang].length).toBeGreaterThan(0);
    expect(SHORTCUT_SETTINGS.chrome.en).toContain('chrome://extensions/shortcuts');
  });
});
