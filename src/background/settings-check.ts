/**
 * Settings after an install or update: version 1's loose keys become the versioned record, and whatever
 * cannot be read (a damaged record or field, a record from a newer version, which is kept) is logged.
 */
import type { browser } from 'wxt/browser';
import { logError } from '../lib/log';
import { settingsProblem, SETTINGS_STORAGE_KEYS } from '../prefs/settings';
import { migrateSettings } from '../prefs/store';

type StorageArea = Pick<typeof browser.storage.local, 'get' | 'set' | 'remove'>;

export async function checkStoredSettings(storage: StorageArea): Promise<void> {
  await migrateSettings(storage);
  const problem = settingsProblem(await storage.get([...SETTINGS_STORAGE_KEYS]));
  if (problem) logError('stored settings', problem);
}
