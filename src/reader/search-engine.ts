/**
 * What the search worker does, as a plain function of its messages (search.worker.ts only wires it to
 * `postMessage`), so the same code can run on the page when no worker can be started, and is tested
 * without one.
 *
 * Days arrive as JSON text, batch by batch: the page passes on what the background answered without
 * parsing it on its main thread. They are held until `commit`, which builds the whole index once (the
 * first time, or after `reset`) or applies the imports and deletions since the last commit as an
 * incremental update (src/search's addDays / removeDays, milliseconds against a rebuild's hundreds).
 *
 * With the index shipped in the package (`base`, shipped-index.ts), the first commit starts from it instead:
 * the days put and dropped, and the English stored on this device for its papers (`english`), replace
 * their dates in it, as one segment.
 */
import type { Day } from '../digest/schema';
import type { Lang } from '../prefs/schema';
import { addDays, buildIndex, docsOfDay, liveDocs, removeDays, replaceDays, search, type SearchDoc, type SearchIndex, type SearchResponse } from '../search';
import { unread } from '../search/packed';
import { openShipped, papersWithoutEnglish, withStoredEnglishDocs, type ShippedIndex } from './shipped-index';

export type ToEngine =
  /** Days to add (or to replace the indexed day of the same date), as JSON text of `Day[]`. */
  | { type: 'put'; json: string }
  | { type: 'drop'; dates: string[] }
  /** Forget everything: the next commit builds from the days put after this. */
  | { type: 'reset' }
  /**
   * The shipped index (the file's bytes) and the hash of the data beside it: forget everything, the next
   * commit starts from it. Answered with `base`: its dates, and the papers whose English may be stored on
   * this device. (engine-host.ts reads the file for the page's `load`.)
   */
  | { type: 'base'; seq: number; bytes: ArrayBuffer; hash: string }
  /** Stored English records (`t:<ID>` → value) for the papers `base` named: written into the shipped days. */
  | { type: 'english'; stored: Record<string, unknown> }
  | { type: 'commit'; generation: number }
  | { type: 'search'; seq: number; query: string; limit: number; lang: Lang };

export interface IndexStats {
  days: number;
  papers: number;
  /** Parsing the JSON of every day put since the last commit. */
  parseMs: number;
  /** Building (or updating) the index at commit. */
  buildMs: number;
  /**
   * Estimated size of the index: typed arrays exactly, strings at 1 or 2 bytes a character plus a header.
   * (Workers have no `performance.memory`; the e2e test reads the worker's heap over the DevTools protocol.)
   */
  bytes: number;
  /**
   * `build` the first time and after a reset, `update` otherwise; `shipped` when the first index is the
   * shipped one (then `parseMs` is reading it, `buildMs` laying the imports and English over it).
   */
  kind: 'build' | 'update' | 'shipped';
}

export type FromWorker =
  | { type: 'ready'; generation: number; stats: IndexStats; counts: [date: string, papers: number][] }
  | { type: 'results'; seq: number; response: SearchResponse; ms: number }
  | { type: 'base'; seq: number; dates: string[]; withoutEnglish: string[] }
  | { type: 'failed'; seq?: number; generation?: number; base?: number; message: string };

const WARM_UP_QUERY = '모델 model';

export function createSearchEngine(now: () => number = () => performance.now()) {
  let index: SearchIndex | undefined;
  // The shipped index and the English for it, until the first commit starts from them.
  let shipped: ShippedIndex | undefined;
  let english: Record<string, unknown> = {};
  // Before the first build, days become documents at once (their Day objects can then be dropped);
  // afterwards, or over a shipped index, they are kept as days for addDays.
  let firstDocs: SearchDoc[] = [];
  let pending: Day[] = [];
  let dropped: string[] = [];
  let parseMs = 0;
  // The packed summaries of the shipped index in use (indexBytes does not read them to measure them).
  let packedBytes = 0;

  function reset() {
    index = undefined;
    shipped = undefined;
    english = {};
    firstDocs = [];
    pending = [];
    dropped = [];
    parseMs = 0;
    packedBytes = 0;
  }

  function handle(msg: ToEngine): FromWorker[] {
    switch (msg.type) {
      case 'put': {
        const t = now();
        const days = JSON.parse(msg.json) as Day[];
        parseMs += now() - t;
        if (index || shipped) pending.push(...days);
        else for (const day of days) firstDocs.push(...docsOfDay(day));
        return [];
      }
      case 'drop':
        if (index || shipped) dropped.push(...msg.dates);
        else {
          const gone = new Set(msg.dates);
          firstDocs = firstDocs.filter((d) => !gone.has(d.date));
        }
        return [];
      case 'reset':
        reset();
        return [];
      case 'base':
        // Whatever was staged or built before belongs to another load.
        reset();
        try {
          const t = now();
          shipped = openShipped(msg.bytes, msg.hash);
          parseMs = now() - t;
          return [{ type: 'base', seq: msg.seq, dates: shipped.dates, withoutEnglish: papersWithoutEnglish(shipped) }];
        } catch (e) {
          return [{ type: 'failed', base: msg.seq, message: messageOf(e) }];
        }
      case 'english':
        english = { ...english, ...msg.stored };
        return [];
      case 'commit':
        try {
          return [commit(msg.generation)];
        } catch (e) {
          return [{ type: 'failed', generation: msg.generation, message: messageOf(e) }];
        }
      case 'search': {
        if (!index) return [{ type: 'failed', seq: msg.seq, message: 'the search index is not ready' }];
        try {
          const t = now();
          const response = search(index, msg.query, { limit: msg.limit, lang: msg.lang });
          return [{ type: 'results', seq: msg.seq, response, ms: now() - t }];
        } catch (e) {
          return [{ type: 'failed', seq: msg.seq, message: messageOf(e) }];
        }
      }
    }
  }

  function commit(generation: number): FromWorker {
    const t = now();
    const kind = index ? 'update' : shipped ? 'shipped' : 'build';
    if (!index && shipped) {
      packedBytes = shipped.summaryBytes;
      index = overShipped(shipped);
      shipped = undefined;
      english = {};
    } else if (!index) {
      index = buildIndex(firstDocs);
      firstDocs = [];
    } else {
      if (dropped.length) index = removeDays(index, dropped);
      if (pending.length) index = addDays(index, pending);
    }
    const buildMs = now() - t;
    // One search in Hangul and Latin before saying ready: the search code is compiled now, off the page's
    // thread, rather than during the reader's first query (the first round of queries in the e2e
    // measurement ran at 37 ms median against 3 ms for the same queries again).
    if (kind !== 'update') search(index, WARM_UP_QUERY, { limit: 50, lang: 'ko' });
    pending = [];
    dropped = [];
    const counts = new Map<string, number>();
    for (const d of liveDocs(index)) counts.set(d.date, (counts.get(d.date) ?? 0) + 1);
    const stats: IndexStats = { days: counts.size, papers: index.live, parseMs, buildMs, bytes: indexBytes(index) + packedBytes, kind };
    parseMs = 0;
    return { type: 'ready', generation, stats, counts: [...counts] };
  }

  /** The shipped index with the days put and dropped, and the stored English, in place of its own. */
  function overShipped(base: ShippedIndex): SearchIndex {
    const put = new Map(pending.map((d) => [d.date, d]));
    const withEnglish = withStoredEnglishDocs(base, english);
    // A day put (an import) replaces the shipped one whole: its English came with it from the background.
    const docs = [...withEnglish.docs.filter((d) => !put.has(d.date)), ...[...put.values()].flatMap(docsOfDay)];
    return replaceDays(base.index, [...new Set([...withEnglish.dates, ...put.keys(), ...dropped])], docs);
  }

  return { handle };
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

const NOT_LATIN1 = /[^\u0000-\u00ff]/;

function stringBytes(s: string): number {
  // V8 keeps a string of Latin-1 characters at a byte each, any other at two; ~16 bytes of header.
  return 16 + s.length * (NOT_LATIN1.test(s) ? 2 : 1);
}

/** An estimate of what the index holds in memory (see IndexStats.bytes). */
export function indexBytes(index: SearchIndex): number {
  let n = 0;
  for (const d of index.docs) {
    if (!d) continue;
    // A summary still packed is counted by its owner (the packed bytes), not read here.
    const summary = (key: 'ko' | 'en') => (unread(d, key) ? 0 : stringBytes(d[key] ?? ''));
    n += stringBytes(d.date) + stringBytes(d.id) + stringBytes(d.title) + summary('ko') + (d.en === undefined && !unread(d, 'en') ? 0 : summary('en'));
    for (const a of d.authors) n += stringBytes(a);
  }
  for (const s of index.segments) {
    for (const t of s.tokens) n += stringBytes(t);
    for (const a of [s.postStart, s.posts, s.gramKeys, s.gramStart, s.gramTokens]) n += a.byteLength;
  }
  return n;
}
