/**
 * What the reader measures about itself, for the e2e tests and the benchmark: performance marks
 * (`reader:day-painted`, `reader:index-ready`) and `window.__readerStats`.
 */
import type { IndexStats } from './search-engine';
import type { SearchAnswer } from './search-client';

export interface QueryStat {
  query: string;
  total: number;
  shown: number;
  engineMs: number;
  roundTripMs: number;
}

export interface ReaderStats {
  /** ms since navigation start when the first day was on screen. */
  dayPaintedMs?: number;
  /** Every day shown since, with how long it took from asking to painting. */
  days: { date: string; ms: number }[];
  /** The index: where it runs, its build, and when it was ready (ms since navigation start). */
  index?: IndexStats & { mode: 'worker' | 'page'; loadMs: number; readyMs: number; generation: number };
  queries: QueryStat[];
}

export interface StatsSink {
  readonly stats: ReaderStats;
  dayPainted(date: string, sinceMs: number): void;
  indexReady(ready: { stats: IndexStats; loadMs: number; generation: number }, mode: 'worker' | 'page'): void;
  query(answer: SearchAnswer): void;
}

/** Keeps the last queries only: the record must not grow with a long session. */
const MAX_QUERIES = 50;

export function statsSink(perf: Pick<Performance, 'mark' | 'now'> = performance, target?: { __readerStats?: ReaderStats }): StatsSink {
  const stats: ReaderStats = { days: [], queries: [] };
  if (target) target.__readerStats = stats;
  return {
    stats,
    dayPainted(date, sinceMs) {
      const now = perf.now();
      if (stats.dayPaintedMs === undefined) {
        stats.dayPaintedMs = now;
        perf.mark('reader:day-painted', { detail: { date } } as PerformanceMarkOptions);
      }
      stats.days.push({ date, ms: now - sinceMs });
      if (stats.days.length > MAX_QUERIES) stats.days.shift();
    },
    indexReady(ready, mode) {
      const first = !stats.index;
      stats.index = { ...ready.stats, mode, loadMs: ready.loadMs, readyMs: perf.now(), generation: ready.generation };
      if (first) perf.mark('reader:index-ready', { detail: { ...stats.index } } as PerformanceMarkOptions);
    },
    query(a) {
      stats.queries.push({ query: a.query, total: a.response.total, shown: a.response.results.length, engineMs: a.engineMs, roundTripMs: a.roundTripMs });
      if (stats.queries.length > MAX_QUERIES) stats.queries.shift();
    },
  };
}
