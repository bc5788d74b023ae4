import { browser } from 'wxt/browser';
import { answerOf, paperRequest, type PaperResponse } from '../data/messages';
import type { PaperHit } from '../data/repository';
import { parsePanelPrefs, type PanelPrefValues } from '../prefs/items';

export interface Found {
  hit: PaperHit;
  prefs: PanelPrefValues;
}

/**
 * The content script's only way to the data: one message to the background, which reads one index shard
 * and one day file, plus the panel's preferences for a found paper. The content script never bundles the
 * dataset, so its size and cost do not grow with it.
 */
export async function lookupPaper(id: string): Promise<Found | null> {
  const res = answerOf<Extract<PaperResponse, { ok: true }>>(await browser.runtime.sendMessage(paperRequest(id)));
  if (!res.hit) return null;
  // Preferences are stored values passed along: checked here too, so a bad one reads as its default.
  return { hit: res.hit, prefs: parsePanelPrefs(res.prefs) };
}
