import { browser } from 'wxt/browser';
import { typedSend } from '../messaging/send';
import type { PaperHit } from '../model/paper-hit';
import { parseSettings, type Settings } from '../prefs/settings';

export interface Found {
  hit: PaperHit;
  settings: Settings;
}

const send = typedSend((m) => browser.runtime.sendMessage(m));

/** Enough of a hit to render without throwing (the background validated the data with zod). */
function isHit(v: unknown): v is PaperHit {
  const h = v as PaperHit | null;
  return typeof h?.date === 'string' && typeof h.paper?.id === 'string' && Array.isArray(h.paper.summary?.ko?.bullets);
}

/**
 * The content script's only way to the data: one message to the background, which reads one index shard
 * and one day file, plus the panel's settings for a found paper. The content script never bundles the
 * dataset, so its size and cost do not grow with it.
 */
export async function lookupPaper(id: string): Promise<Found | null> {
  const found = await send('lookup', { id });
  if (!found) return null;
  if (!isHit(found.hit)) throw new Error(`malformed answer for ${id}`);
  // Settings are stored values passed along: checked here too, so a bad one reads as its default.
  return { hit: found.hit, settings: parseSettings(found.settings) };
}
