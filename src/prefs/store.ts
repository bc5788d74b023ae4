/**
 * Settings in `storage.local`, for every runtime (content script, popup, background, extension pages).
 * Written directly against the storage API: `@wxt-dev/storage` would be a second way to do the same
 * in the pages and cannot be afforded in the content script (12 KB gzip budget), and these values need
 * no more than get/set/onChanged.
 */
import { browser } from 'wxt/browser';
import { decodeSettings, migrationFor, settingsChanges, SETTINGS_STORAGE_KEYS, writeFor, type SettingName, type Settings, type StorageWrite } from './settings';

export interface Pref<T> {
  get(): Promise<T>;
  /** Rejects, leaving the stored record as it is, when a newer version of the extension wrote it. */
  set(value: T): Promise<void>;
  /** Calls back with every valid new value, from any tab or extension page; returns the unwatch function. */
  watch(cb: (value: T) => void): () => void;
}

type StorageArea = Pick<typeof browser.storage.local, 'get' | 'set' | 'remove'>;

export class NewerSettingsError extends Error {
  constructor() {
    super('settings were saved by a newer version of this extension: kept as they are, the change applies to this page only');
    this.name = 'NewerSettingsError';
  }
}

export async function readSettings(area: StorageArea = browser.storage.local): Promise<Settings> {
  return decodeSettings(await area.get([...SETTINGS_STORAGE_KEYS])).settings;
}

async function apply(area: StorageArea, write: StorageWrite): Promise<void> {
  // The new record first: if removing the old keys fails, the record still wins when read.
  await area.set(write.set);
  if (write.remove.length) await area.remove(write.remove);
}

export async function writeSettings(patch: Partial<Settings>, area: StorageArea = browser.storage.local): Promise<void> {
  const write = writeFor(await area.get([...SETTINGS_STORAGE_KEYS]), patch);
  if (!write) throw new NewerSettingsError();
  await apply(area, write);
}

/** Run by the background on install and update: version 1's loose keys become the versioned record. */
export async function migrateSettings(area: StorageArea = browser.storage.local): Promise<boolean> {
  const write = migrationFor(await area.get([...SETTINGS_STORAGE_KEYS]));
  if (write) await apply(area, write);
  return !!write;
}

/** Calls back with the settings a storage change touched, from any page of the extension. */
export function watchSettings(cb: (changed: Partial<Settings>) => void): () => void {
  const listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => {
    const changed = settingsChanges(changes, area);
    if (changed) cb(changed);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** One setting as a Pref, watched through storage.onChanged (extension pages). */
export function settingPref<K extends SettingName>(name: K): Pref<Settings[K]> {
  return {
    get: async () => (await readSettings())[name],
    set: (value) => writeSettings({ [name]: value } as Partial<Settings>),
    watch: (cb) => watchSettings((changed) => name in changed && cb(changed[name] as Settings[K])),
  };
}

export const langPref = settingPref('lang');
