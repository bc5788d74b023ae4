import { browser } from 'wxt/browser';
import { LOOKUP_MANY_MAX } from '../messaging/names';
import { typedSend } from '../messaging/send';
import { logError } from '../lib/log';
import { entryKey, hitOf, LOOKUP_KEY, lookupReady } from '../model/lookup-entry';
import type { PaperHit } from '../model/paper-hit';
import { decodeSettings, parseSettings, SETTINGS_STORAGE_KEYS, type Settings } from '../prefs/settings';
import type { Paper } from '../digest/schema';
import { englishFor, koreanHash, translationKey, type DeviceEnglish } from '../translate/record';
import { firstReadKeys } from './boot';

export interface Found {
  hit: PaperHit;
  settings: Settings;
  /** The paper's record of English made on this device (`t:ID`), read in the same storage read. */
  translation?: unknown;
}

const send = typedSend((m) => browser.runtime.sendMessage(m));

/** Chrome: asks the background to badge this tab (see badge-request.ts). */
export const askBadge = (): Promise<null> => send('badgeTab', {});

/** Whether the stored table answers for this extension version (see `lookupReady`). */
const tableReady = (stored: Record<string, unknown>) => lookupReady(stored[LOOKUP_KEY], browser.runtime.getManifest().version);

/** A damaged entry is reported and skipped: the background, which reads the packaged days, is asked instead. */
function storedHit(stored: Record<string, unknown>, id: string): PaperHit | 'damaged' | undefined {
  const raw = stored[entryKey(id)];
  if (raw === undefined) return undefined;
  const hit = hitOf(raw);
  if (hit) return hit;
  logError(`damaged lookup entry ${entryKey(id)}, asking the background`, raw);
  return 'damaged';
}

/**
 * The content script's way to the data: one storage read gives the paper's entry, the table's completeness
 * marker and the panel's settings, without waking the background (a stopped worker put the panel after the
 * page's load event: bench/README.md). The content script never bundles the dataset, so its size and cost
 * do not grow with it. While the background is still filling the table (just installed or updated, or a
 * fill that failed), or when the entry is damaged, it is asked instead.
 */
export async function lookupPaper(id: string, read?: Record<string, unknown>): Promise<Found | null> {
  // The boot script's read is reused: a known paper costs one storage read in all.
  const stored: Record<string, unknown> = read ?? (await browser.storage.local.get(firstReadKeys(id)));
  const hit = storedHit(stored, id);
  if (hit && hit !== 'damaged') return { hit, settings: decodeSettings(stored).settings, translation: stored[translationKey(id)] };
  if (!hit && tableReady(stored)) return null;
  // The English made on this device was read all the same: a paper the background answers for (the table
  // is being refilled after an update) shows it at once, without a round trip through the translator.
  return askBackground(id, stored[translationKey(id)]);
}

async function askBackground(id: string, translation: unknown): Promise<Found | null> {
  const found = await send('lookup', { id });
  if (!found) return null;
  const hit = hitOf(found.hit);
  if (!hit) throw new Error(`malformed answer for ${id}`);
  // Settings are stored values passed along: checked here too, so a bad one reads as its default.
  return { hit, settings: parseSettings(found.settings), translation };
}

/** The English stored on this device for these papers' Korean (a listing entry, when it is expanded). */
export async function storedEnglish(papers: readonly Paper[]): Promise<Map<string, DeviceEnglish>> {
  const stored = await browser.storage.local.get(papers.map((p) => translationKey(p.id)));
  const out = new Map<string, DeviceEnglish>();
  for (const p of papers) {
    const english = englishFor(stored[translationKey(p.id)], koreanHash(p.summary.ko));
    if (english) out.set(p.id, english);
  }
  return out;
}

export interface FoundMany {
  /** The papers with a summary, by ID; IDs without one are absent. */
  hits: Map<string, PaperHit>;
  settings: Settings;
}

/**
 * A listing page's lookup: every ID's entry, the completeness marker and the settings in one storage read,
 * however many entries the page has. While the table is incomplete, the IDs it did not have go to the
 * background in one message (a chunk per LOOKUP_MANY_MAX IDs, which no listing page reaches); so do IDs
 * whose entry is damaged.
 */
export async function lookupPapers(ids: readonly string[], read?: Record<string, unknown>): Promise<FoundMany> {
  // The boot script's read covers the IDs it found; only IDs it did not read (none, normally) are read again.
  const unread = read ? ids.filter((id) => !(entryKey(id) in read)) : ids;
  const stored: Record<string, unknown> = { ...read, ...(read && !unread.length ? {} : await browser.storage.local.get([...unread.map(entryKey), ...(read ? [] : [LOOKUP_KEY, ...SETTINGS_STORAGE_KEYS])])) };
  const hits = new Map<string, PaperHit>();
  const damaged: string[] = [];
  for (const id of ids) {
    const hit = storedHit(stored, id);
    if (hit === 'damaged') damaged.push(id);
    else if (hit) hits.set(id, hit);
  }
  let settings = decodeSettings(stored).settings;
  const rest = tableReady(stored) ? damaged : ids.filter((id) => !hits.has(id));
  if (rest.length === 0) return { hits, settings };
  for (let i = 0; i < rest.length; i += LOOKUP_MANY_MAX) {
    const answer = await send('lookupMany', { ids: rest.slice(i, i + LOOKUP_MANY_MAX) });
    for (const [id, raw] of Object.entries(answer.hits)) {
      const hit = hitOf(raw);
      if (hit) hits.set(id, hit);
    }
    settings = parseSettings(answer.settings);
  }
  return { hits, settings };
}
