/**
 * Messages between content script and background. The background validates every request with zod;
 * the content script imports only the types and the tiny request builder (no zod in its bundle).
 */
import type { PanelPrefValues } from '../prefs/items';
import type { PaperHit } from './repository';

export interface PaperRequest {
  type: 'daily-papers:paper';
  id: string;
}

/**
 * A found paper comes with the panel's preferences, read by the background: the content script then
 * touches one extension API (runtime.sendMessage) before the panel is on screen, and waits for one answer.
 */
export type PaperResponse =
  | { ok: true; hit: null }
  | { ok: true; hit: PaperHit; prefs: PanelPrefValues }
  | { ok: false; error: string };

export function paperRequest(id: string): PaperRequest {
  return { type: 'daily-papers:paper', id };
}
