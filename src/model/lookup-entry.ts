/**
 * The lookup table the content script reads without waking the background: one `storage.local` entry per
 * arXiv ID (`p:<id>` → the paper as the panel shows it) plus a marker that says the table is complete for
 * this extension version. The background writes it on install and update, and keeps it in step with
 * imported days; the content script checks what it reads with these guards (no zod there).
 */
import type { PaperHit } from './paper-hit';

export const LOOKUP_KEY = 'lookup';
export const ENTRY_PREFIX = 'p:';
/** The table's format: 2 since a later day's entry holds its paper, not only its date. */
export const LOOKUP_VERSION = 2;

export function entryKey(id: string): string {
  return `${ENTRY_PREFIX}${id}`;
}

export type LookupEntry = PaperHit;

export interface LookupMarker {
  v: typeof LOOKUP_VERSION;
  /** The extension version and packaged data the table was filled from (see the background's data identity). */
  version: string;
  papers: number;
  ready: true;
}

/**
 * A stored entry as a hit, when enough of it is there to render. Entries are written by the background
 * from validated data; this only keeps a damaged one from breaking the page. A later day's entry is checked
 * the same way, and left out if it cannot be drawn (as are the bare dates an older table kept there).
 */
export function hitOf(raw: unknown): PaperHit | undefined {
  const e = raw as Partial<LookupEntry> | null | undefined;
  if (!e || typeof e.date !== 'string') return undefined;
  const p = e.paper;
  if (!p || typeof p.id !== 'string' || typeof p.title !== 'string' || !Array.isArray(p.authors) || !Array.isArray(p.summary?.ko?.bullets)) return undefined;
  return { date: e.date, paper: p, alsoOn: Array.isArray(e.alsoOn) ? e.alsoOn.filter(hitOf) : undefined };
}

/**
 * Whether the table is complete: an ID that is not in it is not in the digests. The background removes
 * the marker before it refills the table (install, update, a new dataset), so the page never takes a
 * half-written table for a complete one.
 */
export function lookupReady(raw: unknown): boolean {
  const m = raw as Partial<LookupMarker> | null | undefined;
  return !!m && m.v === LOOKUP_VERSION && m.ready === true;
}
