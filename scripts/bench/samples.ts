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

/** A load whose complete panel was in place before the page's load event started. */
export function panelBeforeLoad(s: PanelTiming): boolean {
  return panelShown(s) && s.panel! < s.load;
}

/** The panel's time, or null when it is a miss (never appeared, or appeared without bullets). */
export function panelTime(s: PanelTiming): number | null {
  return panelShown(s) ? s.panel : null;
}
