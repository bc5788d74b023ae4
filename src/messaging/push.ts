/**
 * The one message that goes the other way: the background tells the open abs tabs that settings changed
 * (in the popup, another tab, an extension page), so a page never has to watch storage itself.
 * Checked by hand on arrival: the content script carries no zod.
 */
import { parseSettingsPatch, type Settings } from '../prefs/settings';
import { MESSAGE_PREFIX } from './names';

export const SETTINGS_CHANGED = `${MESSAGE_PREFIX}settings-changed` as const;

export interface SettingsChangedMessage {
  type: typeof SETTINGS_CHANGED;
  changes: Partial<Settings>;
}

export function settingsChangedMessage(changes: Partial<Settings>): SettingsChangedMessage {
  return { type: SETTINGS_CHANGED, changes };
}

/** The valid settings a pushed message carries; undefined for any other message. */
export function pushedSettings(message: unknown): Partial<Settings> | undefined {
  if (typeof message !== 'object' || message === null || (message as { type?: unknown }).type !== SETTINGS_CHANGED) return undefined;
  return parseSettingsPatch((message as { changes?: unknown }).changes);
}
