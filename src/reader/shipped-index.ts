/**
 * The search index of the bundled days, built with the extension and shipped in it (issue #25): the reader
 * opens it instead of reading every day file through the background and indexing them. What the package
 * cannot know is laid over it when the reader opens (index-feeder.ts): the imported days, read from the
 * background as before, and the English made on this device for bundled papers, read from storage here and
 * written in exactly as the background's `days` answer writes it (english-store.ts, withStoredEnglish):
 * for a paper without English of its own, the stored English made from this very Korean (its hash).
 *
 * Pure: the build packs with it (scripts/build-data.ts), the search engine opens with it.
 */
import type { Day } from '../digest/schema';
import { indexDays, packIndex, unpackIndex, withEnglishText, type SearchDoc, type SearchIndex } from '../search';
import { unread } from '../search/packed';
import { englishFor, koreanHash, translationKey } from '../translate/record';

/** The packed index in the generated data (scripts/build-data.ts writes it). */
export const SHIPPED_INDEX_FILE = 'search/index.bin';
/**
 * Where the packed index and the data's version.json (`dataPaths.version`) are, from the extension's root.
 * Not taken from digest/shard: that would put the day and shard paths in the page's bundle, which reads
 * no packaged data but this (a build test keeps those paths in the background).
 */
export const SHIPPED_INDEX_URL = `/data/${SHIPPED_INDEX_FILE}`;
export const DATA_VERSION_URL = '/data/version.json';

/** The packed index of `days`, for the data whose `version.json` hash is `hash`. */
export function packBundledDays(days: readonly Day[], hash: string): Uint8Array {
  // One key per document, in docsOfDay's order: the hash the English made for that paper is stored under.
  return packIndex(indexDays(days), hash, days.flatMap((d) => d.papers.map((p) => koreanHash(p.summary.ko))));
}

export interface ShippedIndex {
  index: SearchIndex;
  /** Per document number: the hash of its Korean. */
  keys: string[];
  /** The dates it covers. */
  dates: string[];
  /** The summaries' bytes, read as each one is needed. */
  summaryBytes: number;
}

/**
 * Opens a packed index. `hash` is that of the data shipped beside it: an index of other data (a package
 * put together wrongly) is refused, and the reader indexes the days themselves.
 */
export function openShipped(bytes: ArrayBuffer | Uint8Array, hash: string): ShippedIndex {
  const { index, hash: built, keys, summaryBytes } = unpackIndex(bytes);
  if (built !== hash) throw new Error(`search index: built for data ${built}, the package holds ${hash}`);
  const dates = [...new Set(index.docs.map((d) => d!.date))];
  return { index, keys, dates, summaryBytes };
}

/** Without reading an English summary that is still packed. */
const hasEnglish = (doc: SearchDoc) => unread(doc, 'en') || doc.en !== undefined;

/** The papers English made on this device could be stored for: those without English of their own. */
export function papersWithoutEnglish(shipped: ShippedIndex): string[] {
  return [...new Set(shipped.index.docs.filter((d) => d && !hasEnglish(d)).map((d) => d!.id))];
}

/**
 * The days that have stored English for some paper (`stored`: storage key → value, as
 * `storage.local.get` answers), as documents with that English written in: every document of such a day,
 * so the day can be replaced whole.
 */
export function withStoredEnglishDocs(shipped: ShippedIndex, stored: Readonly<Record<string, unknown>>): { dates: string[]; docs: SearchDoc[] } {
  const changed = new Map<number, SearchDoc>();
  shipped.index.docs.forEach((doc, n) => {
    if (!doc || hasEnglish(doc)) return;
    const english = englishFor(stored[translationKey(doc.id)], shipped.keys[n]!);
    if (english) changed.set(n, withEnglishText(doc, english.bullets));
  });
  const dates = new Set([...changed.values()].map((d) => d.date));
  const docs: SearchDoc[] = [];
  shipped.index.docs.forEach((doc, n) => {
    if (doc && dates.has(doc.date)) docs.push(changed.get(n) ?? doc);
  });
  return { dates: [...dates], docs };
}

/**
 * Reads the shipped index and the data hash beside it from the package; undefined when the package has no
 * index (a build without one). Chromium rejects a fetch of a missing packaged file, Firefox answers it
 * with an empty or aborted body: both read as "none".
 */
export async function loadShippedFile(indexUrl: string, versionUrl: string, fetchFn: typeof fetch = fetch): Promise<{ bytes: ArrayBuffer; hash: string } | undefined> {
  const [file, version] = await Promise.all([fetchFn(indexUrl).catch(() => undefined), fetchFn(versionUrl).catch(() => undefined)]);
  if (!file?.ok || !version?.ok) return undefined;
  const [bytes, hash] = await Promise.all([file.arrayBuffer().catch(() => undefined), version.json().then((v: { hash?: unknown } | null) => v?.hash, () => undefined)]);
  if (!bytes?.byteLength || typeof hash !== 'string') return undefined;
  return { bytes, hash };
}
