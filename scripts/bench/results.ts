/**
 * Turns raw samples into the figures of bench/results.json and checks them against the budgets.
 * Budgets are judged at the largest archive (20k) where the brief asks for "at 20k", and for every
 * dataset where the figure must hold everywhere (bundle size, external requests).
 */
import type { BuiltDataset } from './build';
import type { ColdSample } from './measure-cold';
import type { MemoryResult } from './measure-memory';
import type { AbsSample, PopupSample } from './measure-page';
import { ratio, round, roundStats, stats, type Stats } from './stats';

export const BASELINE = 'none';
export const LARGEST = '20k';
export const SMALLEST = '9';

export interface Collected {
  abs: Map<string, AbsSample[]>;
  popup: Map<string, PopupSample[]>;
  /** First abs load in each browser right after launch (not part of the rounds' statistics). */
  firstAfterLaunch: Map<string, AbsSample>;
  cold: Map<string, ColdSample[]>;
  memory: Map<string, MemoryResult>;
  external: Map<string, string[]>;
}

export interface ConfigFigures {
  timeToPanel: Stats | null;
  panelMissing: number;
  /** Share (0–1) of loads whose panel appeared before the page's load event started. */
  panelBeforeLoad: number | null;
  /** Panel time minus DOMContentLoaded per load: the part of the path that runs after the DOM is ready. */
  panelAfterDcl: Stats | null;
  dcl: Stats | null;
  load: Stats | null;
  scriptMs: Stats | null;
  threadMs: Stats | null;
  layoutStyleMs: Stats | null;
  popupFirstItem: Stats | null;
  popupMissing: number;
  firstLoadAfterLaunch: { panel: number | null; load: number } | null;
  cold: { panelAfterStop: Stats | null; panelAfterStopBeforeLoad: number | null; firstAnswer: Stats | null; warmAnswer: Stats | null } | null;
  memory: { pageHeapMedianBytes: number | null; serviceWorkerHeapBytes: number | null; missingPanels: number } | null;
  externalRequests: number;
  externalSample: string[];
}

export interface Derived {
  timeToPanelRatioTo9: number | null;
  loadRatioToBaseline: number | null;
  extraScriptMs: number | null;
  extraThreadMs: number | null;
  extraLayoutStyleMs: number | null;
  extraPageHeapBytes: number | null;
}

export interface Budget {
  id: string;
  label: string;
  /** Dataset the value is taken from ('all' = worst of all). */
  at: string;
  limit: number;
  op: '<=' | '>=' | '==';
  unit: string;
  value: number | null;
  pass: boolean;
}

function figures(name: string, c: Collected, hasPanel: boolean): ConfigFigures {
  const abs = c.abs.get(name) ?? [];
  const panels = abs.map((s) => s.panel).filter((p): p is number => p !== null);
  const popups = c.popup.get(name) ?? [];
  const first = c.firstAfterLaunch.get(name);
  const cold = c.cold.get(name);
  const mem = c.memory.get(name);
  const isExt = hasPanel;
  const before = (list: AbsSample[]) => (list.length ? list.filter((s) => s.panel !== null && s.panel < s.load).length / list.length : null);
  return {
    timeToPanel: isExt ? stats(panels) : null,
    panelMissing: isExt ? abs.length - panels.length : 0,
    panelBeforeLoad: isExt ? before(abs) : null,
    panelAfterDcl: isExt ? stats(abs.map((s) => (s.panel === null ? NaN : s.panel - s.dcl))) : null,
    dcl: stats(abs.map((s) => s.dcl)),
    load: stats(abs.map((s) => s.load)),
    scriptMs: stats(abs.map((s) => s.scriptMs)),
    threadMs: stats(abs.map((s) => s.threadMs)),
    layoutStyleMs: stats(abs.map((s) => s.layoutStyleMs)),
    popupFirstItem: popups.length ? stats(popups.map((p) => p.firstItem ?? NaN)) : null,
    popupMissing: popups.filter((p) => p.firstItem === null).length,
    firstLoadAfterLaunch: first ? { panel: first.panel, load: first.load } : null,
    cold: cold?.length
      ? {
          panelAfterStop: stats(cold.map((s) => s.panelAfterStop.panel ?? NaN)),
          panelAfterStopBeforeLoad: before(cold.map((s) => s.panelAfterStop)),
          firstAnswer: stats(cold.map((s) => s.firstAnswerMs)),
          warmAnswer: stats(cold.map((s) => s.warmAnswerMs)),
        }
      : null,
    memory: mem
      ? { pageHeapMedianBytes: stats(mem.pageHeaps)?.median ?? null, serviceWorkerHeapBytes: mem.serviceWorkerHeap, missingPanels: mem.missingPanels }
      : null,
    externalRequests: c.external.get(name)?.length ?? 0,
    externalSample: [...new Set(c.external.get(name) ?? [])].slice(0, 10),
  };
}

/** `names`: the dataset builds; `refs`: the reference extensions (references.ts), judged by no budget. */
export function computeFigures(names: string[], c: Collected, refs: { name: string; panel: boolean }[] = []) {
  const configs: Record<string, ConfigFigures> = {};
  configs[BASELINE] = figures(BASELINE, c, false);
  for (const n of names) configs[n] = figures(n, c, true);
  for (const r of refs) configs[r.name] = figures(r.name, c, r.panel);
  const base = configs[BASELINE]!;
  const derived: Record<string, Derived> = {};
  for (const n of [...names, ...refs.map((r) => r.name)]) {
    const f = configs[n]!;
    const heapDelta = f.memory?.pageHeapMedianBytes != null && base.memory?.pageHeapMedianBytes != null ? f.memory.pageHeapMedianBytes - base.memory.pageHeapMedianBytes : null;
    derived[n] = {
      timeToPanelRatioTo9: ratio(f.timeToPanel?.median, configs[SMALLEST]?.timeToPanel?.median),
      loadRatioToBaseline: ratio(f.load?.median, base.load?.median),
      extraScriptMs: f.scriptMs && base.scriptMs ? f.scriptMs.median - base.scriptMs.median : null,
      extraThreadMs: f.threadMs && base.threadMs ? f.threadMs.median - base.threadMs.median : null,
      extraLayoutStyleMs: f.layoutStyleMs && base.layoutStyleMs ? f.layoutStyleMs.median - base.layoutStyleMs.median : null,
      extraPageHeapBytes: heapDelta,
    };
  }
  return { configs, derived };
}

function check(b: Omit<Budget, 'pass'>): Budget {
  const v = b.value;
  const pass = v !== null && (b.op === '<=' ? v <= b.limit : b.op === '>=' ? v >= b.limit : v === b.limit);
  return { ...b, pass };
}

export function checkBudgets(
  names: string[],
  built: BuiltDataset[],
  f: ReturnType<typeof computeFigures>,
): Budget[] {
  const big = f.configs[LARGEST];
  const d = f.derived[LARGEST];
  const missing = names.reduce((n, x) => n + (f.configs[x]?.panelMissing ?? 0) + (f.configs[x]?.popupMissing ?? 0), 0);
  return [
    check({ id: 'contentScriptGzip', label: 'content script gzip', at: 'all', limit: 12288, op: '<=', unit: 'B', value: Math.max(...built.map((b) => b.contentScript.gzip)) }),
    check({ id: 'timeToPanelRatio', label: 'time-to-panel 20k ÷ 9 (medians)', at: LARGEST, limit: 1.25, op: '<=', unit: '×', value: d?.timeToPanelRatioTo9 ?? null }),
    check({ id: 'panelBeforeLoad', label: 'panel before load event', at: LARGEST, limit: 0.9, op: '>=', unit: 'share', value: big?.panelBeforeLoad ?? null }),
    check({ id: 'loadRatio', label: 'load event with ÷ without (medians)', at: LARGEST, limit: 1.05, op: '<=', unit: '×', value: d?.loadRatioToBaseline ?? null }),
    check({ id: 'extraScript', label: 'extra script time per page', at: LARGEST, limit: 5, op: '<=', unit: 'ms', value: d?.extraScriptMs ?? null }),
    check({ id: 'popupFirstRender', label: 'popup first render (median)', at: LARGEST, limit: 100, op: '<=', unit: 'ms', value: big?.popupFirstItem?.median ?? null }),
    check({ id: 'externalRequests', label: 'external requests', at: 'all', limit: 0, op: '==', unit: '', value: names.reduce((n, x) => n + (f.configs[x]?.externalRequests ?? 0), 0) }),
    // Not a budget of the brief, but a benchmark whose panel sometimes never shows would be meaningless.
    check({ id: 'allRendered', label: 'loads without panel / popup item', at: 'all', limit: 0, op: '==', unit: '', value: missing }),
  ];
}

/** JSON-friendly copy of the figures (rounded). */
export function roundFigures(f: ReturnType<typeof computeFigures>) {
  const configs = Object.fromEntries(
    Object.entries(f.configs).map(([k, c]) => [
      k,
      {
        ...c,
        timeToPanel: roundStats(c.timeToPanel),
        panelBeforeLoad: c.panelBeforeLoad === null ? null : round(c.panelBeforeLoad, 3),
        dcl: roundStats(c.dcl),
        load: roundStats(c.load),
        panelAfterDcl: roundStats(c.panelAfterDcl),
        scriptMs: roundStats(c.scriptMs, 2),
        threadMs: roundStats(c.threadMs),
        layoutStyleMs: roundStats(c.layoutStyleMs),
        popupFirstItem: roundStats(c.popupFirstItem),
        cold: c.cold && {
          panelAfterStop: roundStats(c.cold.panelAfterStop),
          panelAfterStopBeforeLoad: c.cold.panelAfterStopBeforeLoad,
          firstAnswer: roundStats(c.cold.firstAnswer),
          warmAnswer: roundStats(c.cold.warmAnswer, 2),
        },
      },
    ]),
  );
  const derived = Object.fromEntries(
    Object.entries(f.derived).map(([k, d]) => [
      k,
      {
        timeToPanelRatioTo9: d.timeToPanelRatioTo9 === null ? null : round(d.timeToPanelRatioTo9, 3),
        loadRatioToBaseline: d.loadRatioToBaseline === null ? null : round(d.loadRatioToBaseline, 3),
        extraScriptMs: d.extraScriptMs === null ? null : round(d.extraScriptMs, 2),
        extraThreadMs: d.extraThreadMs === null ? null : round(d.extraThreadMs, 1),
        extraLayoutStyleMs: d.extraLayoutStyleMs === null ? null : round(d.extraLayoutStyleMs, 1),
        extraPageHeapBytes: d.extraPageHeapBytes,
      },
    ]),
  );
  return { configs, derived };
}
