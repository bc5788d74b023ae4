import { browser } from 'wxt/browser';
import { typedSend } from '../messaging/send';
import { entryKey, hitOf, LOOKUP_KEY, lookupReady } from '../model/lookup-entry';
import type { PaperHit } from '../model/paper-hit';
import { decodeSettings, parseSettings, SETTINGS_STORAGE_KEYS, type Settings } from '../prefs/settings';

export interface Found {
  hit: PaperHit;
  settings: Settings;
}

const send = typedSend((m) => browser.runtime.sendMessage(m));

/**
 * The content script's way to the data: one storage read gives the paper's entry, the table's completeness
 * marker and the panel's settings, without waking the background (a stopped worker put the panel after the
 * page's load event: bench/README.md). The content script never bundles the dataset, so its size and cost
 * do not grow with it. While the background is still filling the table (just installed or updated), it is
 * asked instead.
 */
export async function lookupPaper(id: string): Promise<Found | null> {
  const key = entryKey(id);
  const stored = await browser.storage.local.get([key, LOOKUP_KEY, ...SETTINGS_STORAGE_KEYS]);
  const hit = hitOf(stored[key]);
  if (hit) return { hit, settings: decodeSettings(stored).settings };
  if (lookupReady(stored[LOOKUP_KEY])) return null;
  return askBackground(id);
}

async function askBackground(id: string): Promise<Found | null> {
  const found = await send('lookup', { id });
  if (!found) return null;
  const hit = hitOf(found.hit);
  if (!hit) throw new Error(`malformed answer for ${id}`);
  // Settings are stored values passed along: checked here too, so a bad one reads as its default.
  return { hit, settings: parseSettings(found.settings) };
}
