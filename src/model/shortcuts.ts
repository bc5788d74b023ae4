/**
 * The extension's keyboard shortcuts, defined once: the manifest's `commands` are built from this list, the
 * background handles the one that is not the browser's own, and pages (options, README) list them. Both can
 * be changed in the browser's shortcut settings; `browser.commands.getAll()` gives the keys actually set.
 */
import type { Lang } from '../prefs/schema';

export const TOGGLE_LANGUAGE_COMMAND = 'toggle-language';

export type ManifestVersion = 2 | 3;

export interface Shortcut {
  /** The command's name: the popup's is the browser's own, named differently in Manifest V2 and V3. */
  command: Record<ManifestVersion, string>;
  /** The default, as the manifest suggests it (the browser may leave it unset if another extension has it). */
  suggested: string;
  /** The manifest's description, from `_locales` (the browser lists it in its own language). */
  manifestDescription: string;
  /** What it does, in the in-app language. */
  label: Record<Lang, string>;
}

export const SHORTCUTS: readonly Shortcut[] = [
  {
    command: { 3: TOGGLE_LANGUAGE_COMMAND, 2: TOGGLE_LANGUAGE_COMMAND },
    suggested: 'Alt+Shift+L',
    manifestDescription: '__MSG_commandToggleLanguage__',
    label: { ko: '요약 언어 바꾸기 (한국어 ↔ English)', en: 'Switch the summary language (한국어 ↔ English)' },
  },
  {
    command: { 3: '_execute_action', 2: '_execute_browser_action' },
    suggested: 'Alt+Shift+D',
    manifestDescription: '__MSG_commandOpenPopup__',
    label: { ko: 'Daily Papers 팝업 열기', en: 'Open the Daily Papers popup' },
  },
];

/** The manifest's `commands` for a build. */
export function manifestCommands(version: ManifestVersion): Record<string, { suggested_key: { default: string }; description: string }> {
  return Object.fromEntries(SHORTCUTS.map((s) => [s.command[version], { suggested_key: { default: s.suggested }, description: s.manifestDescription }]));
}

/** The shortcut a command name of `browser.commands.getAll()` belongs to (either manifest version). */
export function shortcutOf(commandName: string): Shortcut | undefined {
  return SHORTCUTS.find((s) => s.command[3] === commandName || s.command[2] === commandName);
}

/** Where a reader changes the keys. */
export const SHORTCUT_SETTINGS: Record<'chrome' | 'firefox', Record<Lang, string>> = {
  chrome: { ko: 'chrome://extensions/shortcuts 에서 바꿀 수 있습니다.', en: 'Change them at chrome://extensions/shortcuts.' },
  firefox: {
    ko: 'about:addons → 톱니바퀴 메뉴 → 확장 기능 단축키 관리에서 바꿀 수 있습니다.',
    en: 'Change them in about:addons → gear menu → Manage Extension Shortcuts.',
  },
};
