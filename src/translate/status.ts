/**
 * Where a request for English stands, as every surface shows it (panel, listing entry, popup, reader,
 * options). Pure data: the background sends it, the pages and content scripts check it by hand.
 */

export type UnavailableReason = 'no-api' | 'unsupported';
export type FailedReason = 'stalled' | 'download-failed' | 'not-allowed' | 'storage' | 'error';

export type TranslatorStatus =
  /** Looking the translator up (the first request after a start). */
  | { state: 'checking' }
  /** The language pack is not on this device: a click on English (or "Translate") starts its download. */
  | { state: 'needs-download' }
  /** The browser is downloading its language pack; `loaded` from 0 to 1 when it says. */
  | { state: 'downloading'; loaded?: number }
  | { state: 'translating'; done: number; total: number }
  /** Everything asked for is translated (or failed on its own: see the paper's result). */
  | { state: 'done' }
  /** No translator here: no API (Firefox, older Chrome, mobile), or it cannot do Korean → English. */
  | { state: 'unavailable'; reason: UnavailableReason }
  /** It could not start: a download that stalled or failed, a missing click, storage full. Retry offered. */
  | { state: 'failed'; reason: FailedReason; detail?: string };

const STATES = ['checking', 'needs-download', 'downloading', 'translating', 'done', 'unavailable', 'failed'];
const UNAVAILABLE: readonly string[] = ['no-api', 'unsupported'];
const FAILED: readonly string[] = ['stalled', 'download-failed', 'not-allowed', 'storage', 'error'];

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** A status received from elsewhere (a port message), or undefined when it is not one. */
export function parseStatus(raw: unknown): TranslatorStatus | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const s = raw as Record<string, unknown>;
  if (typeof s.state !== 'string' || !STATES.includes(s.state)) return undefined;
  switch (s.state) {
    case 'downloading':
      return typeof s.loaded === 'number' && s.loaded >= 0 && s.loaded <= 1 ? { state: 'downloading', loaded: s.loaded } : { state: 'downloading' };
    case 'translating':
      return isCount(s.done) && isCount(s.total) ? { state: 'translating', done: s.done, total: s.total } : undefined;
    case 'unavailable':
      return typeof s.reason === 'string' && UNAVAILABLE.includes(s.reason) ? { state: 'unavailable', reason: s.reason as UnavailableReason } : undefined;
    case 'failed':
      if (typeof s.reason !== 'string' || !FAILED.includes(s.reason)) return undefined;
      return typeof s.detail === 'string' ? { state: 'failed', reason: s.reason as FailedReason, detail: s.detail.slice(0, 500) } : { state: 'failed', reason: s.reason as FailedReason };
    default:
      return { state: s.state as 'checking' | 'needs-download' | 'done' };
  }
}
