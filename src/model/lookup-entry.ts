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
  /** The extension version and packaged data the table was filled from: `tableIdentity(…)`. */
  version: string;
  papers: number;
  ready: true;
}

/**
 * The table's identity: the extension version, which a content script can read itself (an update changes
 * it before the new background has removed the old marker), and a fingerprint of the packaged data.
 */
export function tableIdentity(extensionVersion: string, dataHash: string): string {
  return `${extensionVersion}/${dataHash}`;
}

function identityExtension(identity: string): string {
  const slash = identity.indexOf('/');
  return slash < 0 ? identity : identity.slice(0, slash);
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
 * Whether the table is complete for the running extension version (`runtime.getManifest().version`): an
 * ID that is not in it is not in the digests. The background removes the marker before it refills the
 * table (install, update, a new dataset), so the page never takes a half-written table for a complete one;
 * the version check covers the moment after an update before the new background has removed the old
 * marker (a paper only in the new archive would show nothing then).
 */
export function lookupReady(raw: unknown, extensionVersion: string): boolean {
  const m = raw as Partial<LookupMarker> | null | undefined;
  return !!m && m.v === LOOKUP_VERSION && m.ready === true && typeof m.version === 'string' && identityExtension(m.version) === extensionVersion;
}
