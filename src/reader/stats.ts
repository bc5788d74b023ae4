/**
 * What the reader measures about itself, for the e2e tests and the benchmark: performance marks
 * (`reader:day-painted`, `reader:index-ready`) and `window.__readerStats`.
 *
 * This ships to every reader, so it holds figures only: timings and counts, never what was searched for
 * nor which days were read. A test or the benchmark knows what it typed; it counts answers (`answered`)
 * to find the figures of its own query.
 */
import type { IndexStats } from './search-engine';
import type { SearchAnswer } from './search-client';

/** One search's figures. The query itself is deliberately not kept. */
export interface QueryStat {
  total: number;
  shown: number;
  engineMs: number;
  roundTripMs: number;
}

export interface ReaderStats {
  /** ms since navigation start when the first day was on screen. */
  dayPaintedMs?: number;
  /** For every day shown since (the last 50), how long it took from asking to painting. */
  dayMs: number[];
  /** The index: where it runs, its build, and when it was ready (ms since navigation start). */
  index?: IndexStats & { mode: 'worker' | 'page'; loadMs: number; readyMs: number; generation: number };
  /** Searches answered since the page opened (`queries` keeps only the last ones). */
  answered: number;
  queries: QueryStat[];
}

export interface StatsSink {
  readonly stats: ReaderStats;
  dayPainted(sinceMs: number): void;
  indexReady(ready: { stats: IndexStats; loadMs: number; generation: number }, mode: 'worker' | 'page'): void;
  query(answer: SearchAnswer): void;
}

/** Keeps the last figures only: the record must not grow with a long session. */
const MAX_KEPT = 50;

export function statsSink(perf: Pick<Performance, 'mark' | 'now'> = performance, target?: { __readerStats?: ReaderStats }): StatsSink {
  const stats: ReaderStats = { dayMs: [], answered: 0, queries: [] };
  if (target) target.__readerStats = stats;
  return {
    stats,
    dayPainted(sinceMs) {
      const now = perf.now();
      if (stats.dayPaintedMs === undefined) {
        stats.dayPaintedMs = now;
        perf.mark('reader:day-painted');
      }
      stats.dayMs.push(now - sinceMs);
      if (stats.dayMs.length > MAX_KEPT) stats.dayMs.shift();
    },
    indexReady(ready, mode) {
      const first = !stats.index;
      stats.index = { ...ready.stats, mode, loadMs: ready.loadMs, readyMs: perf.now(), generation: ready.generation };
      if (first) perf.mark('reader:index-ready', { detail: { ...stats.index } } as PerformanceMarkOptions);
    },
    query(a) {
      stats.answered++;
      stats.queries.push({ total: a.response.total, shown: a.response.results.length, engineMs: a.engineMs, roundTripMs: a.roundTripMs });
      if (stats.queries.length > MAX_KEPT) stats.queries.shift();
    },
  };
}
