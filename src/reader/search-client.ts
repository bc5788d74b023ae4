/**
 * The page's side of the search worker: typed requests, answers matched to their request, timings.
 * Talks to anything shaped like a Worker, so tests use a fake one and a page that cannot start a worker
 * runs the same engine in-process.
 */
import type { Lang } from '../prefs/schema';
import type { SearchResponse } from '../search';
import { engineHost, type ToWorker } from './engine-host';
import type { FromWorker, IndexStats } from './search-engine';

export interface WorkerLike {
  postMessage(message: ToWorker): void;
  onmessage: ((event: { data: FromWorker }) => void) | null;
  onerror?: ((event: unknown) => void) | null;
  terminate?(): void;
}

export interface IndexReady {
  generation: number;
  stats: IndexStats;
  /** Papers per indexed day. */
  counts: Map<string, number>;
}

export interface SearchAnswer {
  query: string;
  lang: Lang;
  limit: number;
  response: SearchResponse;
  /** The search itself, in the worker. */
  engineMs: number;
  /** From asking to having the answer on the page (what the reader waits for). */
  roundTripMs: number;
}

export interface ShippedBase {
  /** The dates the shipped index covers. */
  dates: string[];
  /** Its papers without English of their own: English made on this device may be stored for them. */
  withoutEnglish: string[];
}

export interface SearchClient {
  /**
   * Forget everything: the next commit starts from the shipped index, read by the worker from `index`,
   * with the data hash from `version` (the package's version.json); rejected when the file is missing,
   * damaged or of other data.
   */
  loadShipped(index: string, version: string): Promise<ShippedBase>;
  /** Stored English (`t:<ID>` → record) to write into the shipped index's days at the next commit. */
  english(stored: Record<string, unknown>): void;
  /** Days (JSON text of `Day[]`) for the next commit. */
  put(json: string): void;
  drop(dates: string[]): void;
  reset(): void;
  /** Builds or updates the index with what was put and dropped since the last commit. */
  commit(): Promise<IndexReady>;
  search(query: string, options: { limit: number; lang: Lang }): Promise<SearchAnswer>;
  close(): void;
}

interface Waiting<T> {
  resolve: (value: T) => void;
  reject: (error: Error) => void;
}

export function createSearchClient(worker: WorkerLike, now: () => number = () => performance.now()): SearchClient {
  let seq = 0;
  let generation = 0;
  const searches = new Map<number, Waiting<{ response: SearchResponse; ms: number }>>();
  const commits = new Map<number, Waiting<IndexReady>>();
  const bases = new Map<number, Waiting<ShippedBase>>();

  worker.onmessage = ({ data }) => {
    if (data.type === 'results') {
      searches.get(data.seq)?.resolve({ response: data.response, ms: data.ms });
      searches.delete(data.seq);
    } else if (data.type === 'base') {
      bases.get(data.seq)?.resolve({ dates: data.dates, withoutEnglish: data.withoutEnglish });
      bases.delete(data.seq);
    } else if (data.type === 'ready') {
      commits.get(data.generation)?.resolve({ generation: data.generation, stats: data.stats, counts: new Map(data.counts) });
      commits.delete(data.generation);
    } else {
      const error = new Error(data.message);
      if (data.seq !== undefined) searches.get(data.seq)?.reject(error);
      if (data.generation !== undefined) commits.get(data.generation)?.reject(error);
      if (data.base !== undefined) bases.get(data.base)?.reject(error);
      if (data.seq !== undefined) searches.delete(data.seq);
      if (data.generation !== undefined) commits.delete(data.generation);
      if (data.base !== undefined) bases.delete(data.base);
    }
  };
  worker.onerror = (event) => {
    const message = event && typeof event === 'object' && 'message' in event && event.message ? String(event.message) : 'the search worker stopped';
    const error = new Error(message);
    for (const w of [...searches.values(), ...commits.values(), ...bases.values()]) w.reject(error);
    searches.clear();
    commits.clear();
    bases.clear();
  };

  return {
    loadShipped(index, version) {
      const s = ++seq;
      const done = new Promise<ShippedBase>((resolve, reject) => bases.set(s, { resolve, reject }));
      worker.postMessage({ type: 'load', seq: s, index, version });
      return done;
    },
    english: (stored) => worker.postMessage({ type: 'english', stored }),
    put: (json) => worker.postMessage({ type: 'put', json }),
    drop: (dates) => worker.postMessage({ type: 'drop', dates }),
    reset: () => worker.postMessage({ type: 'reset' }),
    commit() {
      const g = ++generation;
      const done = new Promise<IndexReady>((resolve, reject) => commits.set(g, { resolve, reject }));
      worker.postMessage({ type: 'commit', generation: g });
      return done;
    },
    async search(query, { limit, lang }) {
      const s = ++seq;
      const t = now();
      const answer = new Promise<{ response: SearchResponse; ms: number }>((resolve, reject) => searches.set(s, { resolve, reject }));
      worker.postMessage({ type: 'search', seq: s, query, limit, lang });
      const { response, ms } = await answer;
      return { query, lang, limit, response, engineMs: ms, roundTripMs: now() - t };
    },
    close: () => worker.terminate?.(),
  };
}

/** The engine on the page's own thread, answering asynchronously like a worker (the fallback). */
export function inPageWorker(fetchFn: typeof fetch = (...args) => fetch(...args)): WorkerLike {
  const host = engineHost((data) => w.onmessage?.({ data }), fetchFn);
  const w: WorkerLike = {
    onmessage: null,
    postMessage(message) {
      // One message per task, so the page can paint between batches of days.
      setTimeout(() => host(message), 0);
    },
  };
  return w;
}

/**
 * A worker that falls back to `fallback()` when `start()` throws or reports an error before it ever
 * answered (a browser that cannot run module workers): what was posted until then is replayed, so the
 * caller notices nothing but the speed. Errors after the first answer are reported as they are.
 */
export function workerWithFallback(start: () => WorkerLike, fallback: () => WorkerLike, onFallback?: (reason: unknown) => void): WorkerLike & { readonly mode: 'worker' | 'page' } {
  let log: ToWorker[] | undefined = [];
  let mode: 'worker' | 'page' = 'worker';
  let current: WorkerLike | undefined;
  const outer = {
    onmessage: null as WorkerLike['onmessage'],
    onerror: null as WorkerLike['onerror'],
    get mode() {
      return mode;
    },
    postMessage(message: ToWorker) {
      if (!current) begin();
      log?.push(message);
      current!.postMessage(message);
    },
    terminate() {
      current?.terminate?.();
    },
  };
  const attach = (w: WorkerLike) => {
    w.onmessage = (event) => {
      log = undefined;
      outer.onmessage?.(event);
    };
    w.onerror = (event) => {
      if (log && mode === 'worker') switchToFallback(event);
      else outer.onerror?.(event);
    };
  };
  const switchToFallback = (reason: unknown) => {
    current?.terminate?.();
    mode = 'page';
    onFallback?.(reason);
    const next = fallback();
    current = next;
    attach(next);
    for (const m of log ?? []) next.postMessage(m);
  };
  // Started by the first message, not when the page opens: a worker fetching and compiling its module
  // competes with the day's first paint for the same two cores (the reader sends nothing before it).
  const begin = () => {
    try {
      current = start();
      attach(current);
    } catch (e) {
      switchToFallback(e);
    }
  };
  return outer;
}
