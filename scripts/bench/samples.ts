/**
 * What the measurements produce, as plain data: the measuring modules (browser-bound) fill these, the
 * pure modules (figures, budgets, report) read them, and the unit tests build them by hand.
 */

/** One abs-page load. Times are ms since navigation start (the page's performance.now()). */
export interface AbsSample {
  /** Panel host in the DOM; null without extension or if it never appeared (within the wait). */
  panel: number | null;
  /** Whether the panel already held its bullets when its host appeared; null without a panel. */
  bullets: boolean | null;
  /** The `lang` of those bullets (`ko`, `en`) when they were there; absent in results from before it was read. */
  bulletsLang?: string | null;
  load: number;
  dcl: number;
  /** CDP Performance.getMetrics ScriptDuration for this tab (ms): all worlds, including the content script. */
  scriptMs: number;
  /** Main-thread CPU time (ThreadTime): less inflated than ScriptDuration when the machine is busy. */
  threadMs: number;
  /** Layout + style recalculation (the panel's share of rendering work, which is not script). */
  layoutStyleMs: number;
  heapUsed: number;
}

/** Load timings only: what a browser without CDP metrics (Firefox) gives. */
export type PanelTiming = Pick<AbsSample, 'panel' | 'bullets' | 'load' | 'dcl'>;

export interface PopupSample {
  /** Navigation start → first li.pp-item (ms); null if it never appeared. */
  firstItem: number | null;
  /**
   * Navigation start → the page's first contentful paint (ms), null if none came. Reported beside the first
   * item: the item is timed when it enters the DOM, the paint also counts style, layout and raster.
   */
  firstPaint?: number | null;
}

export interface ColdSample {
  /** The abs page loaded right after the extension's service worker was stopped. */
  panelAfterStop: PanelTiming;
  /** Round trip of the lookup message to a just-stopped worker, then again to the running one. */
  firstAnswerMs: number;
  warmAnswerMs: number;
}

export interface FillResult {
  /**
   * ms from the service worker's start (after install) to the storage change that made `lookup.ready`
   * true; null when that never happened within the wait.
   */
  ms: number | null;
  /** The zero of `ms`: the worker's start (Chromium), the background page's (Firefox), or, when neither
   *  could be read, the watching page's own (then `ms` understates the fill). */
  from: 'worker start' | 'background page start' | 'watching page start';
  /** `lookup` was already ready when the watch began: `ms` is then an upper bound. */
  upperBound: boolean;
  /** storage.local changes seen during the wait (any key). */
  changes: number;
  /** How long the watch lasted (ms), and why it ended. */
  waitedMs: number;
  ended: 'ready' | 'idle' | 'timeout';
}

export interface MemoryResult {
  pageHeaps: number[];
  /** Pages whose panel did not appear, or appeared without bullets. */
  missingPanels: number;
  serviceWorkerHeap: number | null;
}

/** Firefox, per dataset (no budget: reported only). */
export interface FirefoxResult {
  /** The first abs load in each fresh start of the browser (extension installed, background starting). */
  cold: PanelTiming[];
  /** Later loads in the same browser session. */
  warm: PanelTiming[];
  /** From the first start after install, the same watch of `lookup.ready` as in Chromium (see firefox.ts). */
  fill: FillResult | null;
  /** Blocked requests to hosts other than arXiv, from the pages' request interception. */
  external: string[];
}

/** A panel counts only when it appeared with its bullets. */
export function panelShown(s: PanelTiming): boolean {
  return s.panel !== null && s.bullets === true;
}

/** An English load counts only when its panel came with English bullets (not the Korean fallback). */
export function englishShown(s: AbsSample): boolean {
  return panelShown(s) && s.bulletsLang === 'en';
}

/** A load whose complete panel was in place before the page's load event started. */
export function panelBeforeLoad(s: PanelTiming): boolean {
  return panelShown(s) && s.panel! < s.load;
}

/** The panel's time, or null when it is a miss (never appeared, or appeared without bullets). */
export function panelTime(s: PanelTiming): number | null {
  return panelShown(s) ? s.panel : null;
}

/** One load of the 2,000-entry listing page (issue #16). Times are ms since navigation start. */
export interface ListingSample {
  /** Markers the build should add: the page's entries that are papers of its dataset (0 without extension). */
  expected: number;
  /** Marker hosts seen when the wait ended (load event and `expected` markers, or the timeout). */
  markers: number;
  /** The mutation batch that brought the last marker; null without any. */
  markersAt: number | null;
  /** Mutation batches that brought markers (1 when they land in one batch of DOM writes). */
  batches: number;
  load: number;
  dcl: number;
  scriptMs: number;
  threadMs: number;
  layoutStyleMs: number;
}

/** All expected markers were there (a page with none expected is not "complete"). */
export function markersComplete(s: ListingSample): boolean {
  return s.expected > 0 && s.markers >= s.expected;
}

/** Navigation start → the last expected marker, or null when some never came (a miss). */
export function markersTime(s: ListingSample): number | null {
  return markersComplete(s) ? s.markersAt : null;
}

/** Every expected marker in place before, or in the same moment as, the load event's start. */
export function markersBeforeLoad(s: ListingSample): boolean {
  return markersComplete(s) && s.markersAt! <= s.load;
}

/** One search query in the reader once its index is ready (issue #17). */
export interface ReaderQuery {
  query: string;
  /** 0 for the query's first run in the page (the worker's search code still cold), then 1, 2, … */
  repeat: number;
  /** Matches in the whole archive. */
  total: number;
  /** The search in the worker. */
  engineMs: number;
  /** From asking the worker to having the answer in the page: what the reader waits for. */
  roundTripMs: number;
}

/**
 * The reader page (reader.html?date=…) of one build, Chromium, after the rounds (its first paints are taken in
 * the rounds: Collected.readerPaints).
 */
export interface ReaderResult {
  date: string;
  /** Each index page's `__readerStats.index.readyMs` (ms since navigation start), null when it never came. */
  indexReady: (number | null)[];
  /** The index as the last index page reported it (window.__readerStats.index), null when it was never ready. */
  index: { mode: string; days: number; papers: number; parseMs: number; buildMs: number; bytes: number; loadMs: number; readyMs: number } | null;
  /** The search worker's used JS heap after a forced GC, and the typed arrays' storage outside it (B). */
  workerHeap: { usedBytes: number; backingStorageBytes: number } | null;
  queries: ReaderQuery[];
  /** Why the measurement stopped early, if it did. */
  error?: string;
}

/**
 * One instrumented load of a page without a known paper (measure-probe.ts): what the extension asked of the
 * browser's APIs from its content scripts and the modules they loaded, and the page's DOM afterwards.
 * Separate from the timed loads: the instrumentation (a DevTools breakpoint condition) costs time itself.
 */
export interface PageProbe {
  /** Extension API calls in call order, e.g. `storage.local.get`; empty without an extension. */
  calls: string[];
  /** The content scripts' isolated worlds seen (0: no content script ran). */
  worlds: number;
  /** SHA-256 of `document.documentElement.outerHTML` once the load event and a settle have passed. */
  domSha256: string;
  domBytes: number;
}

/** Translation with a stand-in Translator in the service worker (measure-translation.ts), reported only. */
export interface TranslationResult {
  /** One paper: request → its English stored, per repeat (ms). */
  paperMs: number[];
  paper: string;
  /** One day: request → the last of its papers stored, per repeat (ms). */
  dayMs: number[];
  date: string;
  dayPapers: number;
  error?: string;
}
