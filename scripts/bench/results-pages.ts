/**
 * The figures of the pages other than the abs page: the 2,000-entry listing (issue #16) and the reader
 * (issue #17), from their samples. Pure; results.ts puts them into bench/results.json.
 */
import type { Interval } from './bootstrap';
import { TARGET_DATE } from './dataset';
import { markersBeforeLoad, markersComplete, markersTime, type ListingSample, type PageProbe, type ReaderResult, type TranslationResult } from './samples';
import { medianCountingMisses, share, stats, type Stats } from './stats';

/** The listing page of one configuration (issue #16). Marker figures are null without an extension. */
export interface ListingFigures {
  n: number;
  /** Markers expected on every load (the page's papers of the dataset); null without an extension. */
  expected: number | null;
  /** Navigation start → last expected marker, of the loads where all came. */
  time: Stats | null;
  /** Median with a load that lost any marker counted as infinitely slow. */
  medianCountingMisses: number | null;
  /** Share of loads with every expected marker in place at or before the load event's start. */
  beforeLoad: number | null;
  /** Last marker − load event start, per complete load (negative: before). */
  markersAfterLoad: Stats | null;
  /** Last marker − DOMContentLoaded, per complete load: the listing script's own pipeline (scan, lookup, insert). */
  markersAfterDcl: Stats | null;
  /** Expected markers that never came, summed over the loads; and the loads that lost any. */
  missingMarkers: number | null;
  incompleteLoads: number | null;
  /** Mutation batches that brought markers, per complete load. */
  batches: Stats | null;
  dcl: Stats | null;
  load: Stats | null;
  scriptMs: Stats | null;
  threadMs: Stats | null;
  layoutStyleMs: Stats | null;
}

export function listingFigures(loads: readonly ListingSample[], hasMarkers: boolean): ListingFigures {
  const complete = loads.filter(markersComplete);
  return {
    n: loads.length,
    expected: hasMarkers && loads.length ? Math.max(...loads.map((s) => s.expected)) : null,
    time: hasMarkers ? stats(loads.map((s) => markersTime(s) ?? NaN)) : null,
    medianCountingMisses: hasMarkers ? medianCountingMisses(loads.map(markersTime)) : null,
    beforeLoad: hasMarkers ? share(loads, markersBeforeLoad) : null,
    markersAfterLoad: hasMarkers ? stats(complete.map((s) => s.markersAt! - s.load)) : null,
    markersAfterDcl: hasMarkers ? stats(complete.map((s) => s.markersAt! - s.dcl)) : null,
    missingMarkers: hasMarkers ? loads.reduce((sum, s) => sum + Math.max(0, s.expected - s.markers), 0) : null,
    incompleteLoads: hasMarkers ? loads.filter((s) => !markersComplete(s)).length : null,
    batches: hasMarkers ? stats(complete.map((s) => s.batches)) : null,
    dcl: stats(loads.map((s) => s.dcl)),
    load: stats(loads.map((s) => s.load)),
    scriptMs: stats(loads.map((s) => s.scriptMs)),
    threadMs: stats(loads.map((s) => s.threadMs)),
    layoutStyleMs: stats(loads.map((s) => s.layoutStyleMs)),
  };
}

/** The listing page of a build against the browser without extensions, same passes (paired). */
export interface ListingDerived {
  loadRatioToBaseline: Interval | null;
  extraScriptMs: Interval | null;
  extraThreadMs: number | null;
  extraLayoutStyleMs: number | null;
}

/** One query of the reader: its matches, its first run, and the median over all its runs. */
export interface ReaderQueryFigures {
  query: string;
  total: number | null;
  runs: number;
  firstRoundTripMs: number | null;
  roundTripMs: Stats | null;
  engineMs: Stats | null;
}

export interface ReaderFigures {
  date: string;
  /** First paint of a day, one fresh page per round (run.ts). */
  firstPaint: Stats | null;
  /** Median with a page that never painted counted as infinitely slow. */
  firstPaintMedianCountingMisses: number | null;
  paintsMissing: number;
  /** The same with the worker stopped (cold passes). */
  coldFirstPaint: Stats | null;
  coldFirstPaintMedianCountingMisses: number | null;
  /** When each index page had its index (ms since navigation start); its median counting misses. */
  indexReady: Stats | null;
  indexReadyMedianCountingMisses: number | null;
  index: ReaderResult['index'];
  workerHeapBytes: number | null;
  workerBackingStorageBytes: number | null;
  queries: ReaderQueryFigures[];
  /** The slower of the queries' round-trip medians; null if a query was not run or matched nothing. */
  worstQueryMedianMs: number | null;
  error: string | null;
}

export function readerFigures(r: ReaderResult | undefined, paints: readonly (number | null)[], coldPaints: readonly (number | null)[] = []): ReaderFigures {
  const all = r?.queries ?? [];
  const names = [...new Set(all.map((q) => q.query))];
  const queries = names.map((query): ReaderQueryFigures => {
    const runs = all.filter((q) => q.query === query).sort((a, b) => a.repeat - b.repeat);
    return {
      query,
      total: runs.length ? Math.min(...runs.map((q) => q.total)) : null,
      runs: runs.length,
      firstRoundTripMs: runs[0]?.roundTripMs ?? null,
      roundTripMs: stats(runs.map((q) => q.roundTripMs)),
      engineMs: stats(runs.map((q) => q.engineMs)),
    };
  });
  // A query that found nothing measured nothing: it does not pass the query budget.
  const medians = queries.map((q) => (q.total ? (q.roundTripMs?.median ?? null) : null));
  const ready = r?.indexReady ?? [];
  return {
    date: r?.date ?? TARGET_DATE,
    firstPaint: stats(paints.map((p) => p ?? NaN)),
    firstPaintMedianCountingMisses: medianCountingMisses(paints),
    paintsMissing: paints.filter((p) => p === null).length,
    coldFirstPaint: stats(coldPaints.map((p) => p ?? NaN)),
    coldFirstPaintMedianCountingMisses: medianCountingMisses(coldPaints),
    indexReady: stats(ready.map((x) => x ?? NaN)),
    indexReadyMedianCountingMisses: medianCountingMisses(ready),
    index: r?.index ?? null,
    workerHeapBytes: r?.workerHeap?.usedBytes ?? null,
    workerBackingStorageBytes: r?.workerHeap?.backingStorageBytes ?? null,
    queries,
    worstQueryMedianMs: medians.length === 0 || medians.some((m) => m === null) ? null : Math.max(...(medians as number[])),
    error: r?.error ?? null,
  };
}

/** What the instrumented loads of one configuration saw (measure-probe.ts). */
export interface ProbeFigures {
  loads: number;
  /** Each extension API named with how often it was called over all loads, e.g. `storage.local.get × 3`. */
  calls: Record<string, number>;
  /** Loads that did anything but exactly one `storage.local.get` (the rule for a page without a known paper). */
  notOneRead: number;
  /** Content-script worlds seen, fewest in a load (0: the extension's script did not run at all). */
  worlds: number;
  /** The DOM's hash in the first load (8 hex digits), and the loads whose DOM differed from `none`'s. */
  domSha: string;
  domDiffers: number;
}

export const ONE_READ = 'storage.local.get';

export function probeFigures(probes: readonly PageProbe[], baselineSha: string | undefined): ProbeFigures {
  const calls: Record<string, number> = {};
  for (const p of probes) for (const c of p.calls) calls[c] = (calls[c] ?? 0) + 1;
  return {
    loads: probes.length,
    calls,
    notOneRead: probes.filter((p) => p.calls.length !== 1 || p.calls[0] !== ONE_READ).length,
    worlds: probes.length ? Math.min(...probes.map((p) => p.worlds)) : 0,
    domSha: probes[0]?.domSha256.slice(0, 8) ?? '',
    // Without a page from the browser without extensions there is nothing to compare with: every load differs.
    domDiffers: probes.filter((p) => p.domSha256 !== baselineSha).length,
  };
}

/** Device English with the stand-in (reported only). */
export interface TranslationFigures {
  paper: string;
  paperMs: Stats | null;
  date: string;
  dayPapers: number;
  dayMs: Stats | null;
  error: string | null;
}

export function translationFigures(t: TranslationResult | null): TranslationFigures | null {
  if (!t) return null;
  return { paper: t.paper, paperMs: stats(t.paperMs), date: t.date, dayPapers: t.dayPapers, dayMs: stats(t.dayMs), error: t.error ?? null };
}
