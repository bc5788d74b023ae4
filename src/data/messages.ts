/**
 * Messages to the background, which owns the dataset: it reads the packaged files, validates them with zod
 * and keeps them cached while it runs. Content script and popup import only these types and the tiny
 * request builders (no zod, no data code in their bundles); the background validates every request.
 */
import type { PopupStart } from '../popup/target';
import type { PanelPrefValues } from '../prefs/items';
import type { PaperHit, Repository } from './repository';

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

/**
 * The successful answer of a background reply, or an Error: no reply at all (background gone) or
 * `{ ok: false, error }`. Shared by the content script and the popup.
 */
export function answerOf<T extends { ok: true }>(raw: unknown): T {
  const res = raw as T | { ok: false; error: string } | undefined;
  if (!res || typeof res !== 'object') throw new Error('no answer from the background');
  if (!res.ok) throw new Error(res.error);
  return res;
}

export function paperRequest(id: string): PaperRequest {
  return { type: 'daily-papers:paper', id };
}

/** One Repository call made by an extension page (the popup). */
export type RepoRequest = { type: 'daily-papers:repo' } & (
  | { op: 'dates' }
  | { op: 'day'; date: string }
  | { op: 'dateOf'; id: string }
  | { op: 'paper'; id: string }
);

/** `value` is what the Repository method returned (absent for undefined). */
export type RepoResponse<M extends keyof Repository = keyof Repository> =
  | { ok: true; value?: Awaited<ReturnType<Repository[M]>> }
  | { ok: false; error: string };

/** The popup's opening view for the URL of the tab it is about: one round trip instead of three. */
export interface StartRequest {
  type: 'daily-papers:start';
  url?: string;
}

export type StartResponse = { ok: true; start: PopupStart } | { ok: false; error: string };

/**
 * Sent by the background to the open abs tabs when a panel preference changes anywhere (popup, another
 * tab): the panels follow it without each page watching storage itself. Only the changed keys, validated.
 */
export interface PrefsChangedMessage {
  type: 'daily-papers:prefs-changed';
  changes: Partial<PanelPrefValues>;
}
