/**
 * What the search worker does, as a plain function of its messages (search.worker.ts only wires it to
 * `postMessage`), so the same code can run on the page when no worker can be started, and is tested
 * without one.
 *
 * Days arrive as JSON text, batch by batch: the page passes on what the background answered without
 * parsing it on its main thread. They are held until `commit`, which builds the whole index once (the
 * first time, or after `reset`) or applies the imports and deletions since the last commit as an
 * incremental update (src/search's addDays / removeDays, milliseconds against a rebuild's hundreds).
 */
import type { Day } from '../digest/schema';
import type { Lang } from '../prefs/schema';
import { addDays, buildIndex, docsOfDay, liveDocs, removeDays, search, type SearchDoc, type SearchIndex, type SearchResponse } from '../search';

export type ToWorker =
  /** Days to add (or to replace the indexed day of the same date), as JSON text of `Day[]`. */
  | { type: 'put'; json: string }
  | { type: 'drop'; dates: string[] }
  /** Forget everything: the next commit builds from the days put after this. */
  | { type: 'reset' }
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
  /** `build` the first time and after a reset, `update` otherwise. */
  kind: 'build' | 'update';
}

export type FromWorker =
  | { type: 'ready'; generation: number; stats: IndexStats; counts: [date: string, papers: number][] }
  | { type: 'results'; seq: number; response: SearchResponse; ms: number }
  | { type: 'failed'; seq?: number; generation?: number; message: string };

const WARM_UP_QUERY = '모델 model';

export function createSearchEngine(now: () => number = () => performance.now()) {
  let index: SearchIndex | undefined;
  // Before the first build, days become documents at once (their Day objects can then be dropped);
  // afterwards they are kept as days for addDays.
  let firstDocs: SearchDoc[] = [];
  let pending: Day[] = [];
  let dropped: string[] = [];
  let parseMs = 0;

  function handle(msg: ToWorker): FromWorker[] {
    switch (msg.type) {
      case 'put': {
        const t = now();
        const days = JSON.parse(msg.json) as Day[];
        parseMs += now() - t;
        if (index) pending.push(...days);
        else for (const day of days) firstDocs.push(...docsOfDay(day));
        return [];
      }
      case 'drop':
        if (index) dropped.push(...msg.dates);
        else {
          const gone = new Set(msg.dates);
          firstDocs = firstDocs.filter((d) => !gone.has(d.date));
        }
        return [];
      case 'reset':
        index = undefined;
        firstDocs = [];
        pending = [];
        dropped = [];
        parseMs = 0;
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
    const kind = index ? 'update' : 'build';
    if (!index) {
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
    if (kind === 'build') search(index, WARM_UP_QUERY, { limit: 50, lang: 'ko' });
    pending = [];
    dropped = [];
    const counts = new Map<string, number>();
    for (const d of liveDocs(index)) counts.set(d.date, (counts.get(d.date) ?? 0) + 1);
    const stats: IndexStats = { days: counts.size, papers: index.live, parseMs, buildMs, bytes: indexBytes(index), kind };
    parseMs = 0;
    return { type: 'ready', generation, stats, counts: [...counts] };
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
    n += stringBytes(d.date) + stringBytes(d.id) + stringBytes(d.title) + stringBytes(d.ko) + (d.en ? stringBytes(d.en) : 0);
    for (const a of d.authors) n += stringBytes(a);
  }
  for (const s of index.segments) {
    for (const t of s.tokens) n += stringBytes(t);
    for (const a of [s.postStart, s.posts, s.gramKeys, s.gramStart, s.gramTokens]) n += a.byteLength;
  }
  return n;
}
