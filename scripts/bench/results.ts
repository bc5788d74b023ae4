/**
 * Turns raw samples into the figures of bench/results.json: per configuration (one column of the table),
 * then derived figures that compare a configuration with the baseline, the smallest archive and the
 * reference extensions of the same rounds. Pure: the unit tests feed it hand-made samples.
 */
import { differenceOfRatios, medianOfDifferences, medianOfRatios, pairedBootstrap, ratioOfMedians, type Interval } from './bootstrap';
import { listingFigures, probeFigures, readerFigures, translationFigures, type ListingDerived, type ListingFigures, type ProbeFigures, type ReaderFigures } from './results-pages';
import {
  englishShown,
  panelBeforeLoad,
  panelShown,
  panelTime,
  type AbsSample,
  type ColdSample,
  type FillResult,
  type FirefoxResult,
  type ListingSample,
  type MemoryResult,
  type PageProbe,
  type PanelTiming,
  type PopupSample,
  type ReaderResult,
  type TranslationResult,
} from './samples';
import { median, medianCountingMisses, ratio, share, stats, type Stats } from './stats';

export const BASELINE = 'none';
export const SMALLEST = '9';
/** The datasets in table order: the seed day alone, two synthetic archives, the real one. */
export const DATASETS = ['9', '1k', '20k', 'real'] as const;
/** The reference whose bare panel every build's page cost is compared with. */
export const PANEL_REFERENCE = 'ref-panel';
/** The reference whose one-item popup is the floor of the popup row. */
export const POPUP_REFERENCE = 'ref-api';
/**
 * The reference that does ref-panel's work and shows a captured day in a popup with this project's stack
 * (WXT's content-script runtime, a Preact page: reference-stack.ts): what the stack itself costs in the
 * same rounds. Shown beside the budgets, never judged.
 */
export const STACK_REFERENCE = 'ref-wxt';
/**
 * The floor of a page without a known paper (issue #25): a WXT content script on our pages that reads one
 * storage key and returns (reference-stack.ts). Measured on those pages only.
 */
export const NOOP_REFERENCE = 'ref-noop';
/** Timing budgets are judged over at least this many rounds (issue #25): fewer cannot pass. */
export const MIN_ROUNDS = 50;
/**
 * The listing's passes a "not measurably above ref-noop" verdict needs: its rule reads the interval's lower
 * end, which a handful of passes makes wide enough to pass anything (+130 ms passed at 2 passes).
 */
export const MIN_LISTING_PASSES = 10;
/** The references that show a panel on the abs page. */
export const PANEL_REFERENCES: readonly string[] = [PANEL_REFERENCE, STACK_REFERENCE];
/** Where a configuration's popup that waits for one message keeps its samples in `c.popup` (ref-api only). */
export const askKey = (name: string) => `${name}:ask`;
export const POPUP_ASK = askKey(POPUP_REFERENCE);

export interface Collected {
  /** Warm rounds: one sample per round, in round order, for every configuration. */
  abs: Map<string, AbsSample[]>;
  popup: Map<string, PopupSample[]>;
  /** First abs load in each browser after launch (not part of the rounds' statistics). */
  firstAfterLaunch: Map<string, AbsSample>;
  cold: Map<string, ColdSample[]>;
  fill: Map<string, FillResult>;
  memory: Map<string, MemoryResult>;
  external: Map<string, string[]>;
  firefox: Map<string, FirefoxResult>;
  /** The 2,000-entry listing page: one sample per listing pass, in pass order, for `none` and every build. */
  listing: Map<string, ListingSample[]>;
  /** The reader page after the rounds (index, queries), per build measured (the large archives). */
  reader: Map<string, ReaderResult>;
  /** The abs page of a paper no archive has: one sample per round for `none`, the builds and ref-noop. */
  unknown: Map<string, AbsSample[]>;
  /** The abs page in English made on the device (english-seed.ts), per dataset measured so, one per round. */
  english: Map<string, AbsSample[]>;
  /** The reader's first paint of a day, one fresh page per round, per large build (null: never painted). */
  readerPaints: Map<string, (number | null)[]>;
  /** Worker stopped, one per cold pass: the popup (builds) and the reader's first paint (large builds). */
  coldPopup: Map<string, PopupSample[]>;
  coldReader: Map<string, (number | null)[]>;
  /** The round (1-based) each cold pass followed: its samples are paired with that round's warm ones. */
  coldRounds: number[];
  /** Instrumented loads of the unknown paper's abs page and of the listing without a known paper. */
  probes: Map<string, PageProbe[]>;
  listingProbes: Map<string, PageProbe[]>;
  /** The 2,000-entry listing with no known paper, one per listing pass: `none`, the builds and ref-noop. */
  unknownListing: Map<string, ListingSample[]>;
  /** Device English with a stand-in translator (the `real` build), reported only. */
  translation: TranslationResult | null;
}

export function emptyCollected(): Collected {
  return {
    abs: new Map(),
    popup: new Map(),
    firstAfterLaunch: new Map(),
    cold: new Map(),
    fill: new Map(),
    memory: new Map(),
    external: new Map(),
    firefox: new Map(),
    listing: new Map(),
    reader: new Map(),
    unknown: new Map(),
    english: new Map(),
    readerPaints: new Map(),
    coldPopup: new Map(),
    coldReader: new Map(),
    coldRounds: [],
    probes: new Map(),
    listingProbes: new Map(),
    unknownListing: new Map(),
    translation: null,
  };
}

/** How the panel did over a set of loads: misses (never appeared / no bullets) count against it. */
export interface PanelFigures {
  n: number;
  /** Stats of the panels that appeared with bullets. */
  time: Stats | null;
  /** Median with every miss counted as infinitely slow (Infinity when half or more missed). */
  medianCountingMisses: number | null;
  missing: number;
  withoutBullets: number;
  /** Share (0–1) of loads whose complete panel was in place before the load event started. */
  beforeLoad: number | null;
  load: Stats | null;
}

export function panelFigures(loads: readonly PanelTiming[]): PanelFigures {
  return {
    n: loads.length,
    time: stats(loads.map((s) => panelTime(s) ?? NaN)),
    medianCountingMisses: medianCountingMisses(loads.map(panelTime)),
    missing: loads.filter((s) => s.panel === null).length,
    withoutBullets: loads.filter((s) => s.panel !== null && s.bullets !== true).length,
    beforeLoad: share(loads, panelBeforeLoad),
    load: stats(loads.map((s) => s.load)),
  };
}

export interface ConfigFigures {
  /** Warm rounds. */
  warm: PanelFigures | null;
  /** Panel time minus DOMContentLoaded per load: negative when the panel came first. */
  panelAfterDcl: Stats | null;
  dcl: Stats | null;
  load: Stats | null;
  scriptMs: Stats | null;
  threadMs: Stats | null;
  layoutStyleMs: Stats | null;
  popupFirstItem: Stats | null;
  popupMedianCountingMisses: number | null;
  popupMissing: number;
  /** The popup's first contentful paint (informational, no budget). */
  popupFirstPaint: Stats | null;
  /** The reference's popup that waits for one message (ref-api only), median counting misses. */
  popupAskMedianCountingMisses: number | null;
  popupAskMissing: number;
  firstLoadAfterLaunch: PanelTiming | null;
  /** Loads after the service worker was stopped. */
  cold: (PanelFigures & { firstAnswer: Stats | null; warmAnswer: Stats | null }) | null;
  fill: FillResult | null;
  memory: { pageHeapMedianBytes: number | null; serviceWorkerHeapBytes: number | null; missingPanels: number } | null;
  externalRequests: number;
  externalSample: string[];
  firefox: { warm: PanelFigures; cold: PanelFigures; fill: FillResult | null; externalRequests: number } | null;
  /** The abs page of a paper no archive has (none, builds, ref-noop). */
  unknown: { scriptMs: Stats | null; threadMs: Stats | null; layoutStyleMs: Stats | null; dcl: Stats | null; load: Stats | null } | null;
  /** What the extension did there, and whether it left the DOM as it was (instrumented loads). */
  probes: ProbeFigures | null;
  /** The English panel (a load whose bullets are not English counts as "no bullets"). */
  english: PanelFigures | null;
  /** The popup opened right after the worker was stopped. */
  coldPopup: { firstItem: Stats | null; medianCountingMisses: number | null; missing: number } | null;
}

export interface Derived {
  /** Time to panel ÷ the same at the seed day (medians counting misses), warm rounds and cold loads. */
  timeToPanelRatioTo9: number | null;
  coldTimeToPanelRatioTo9: number | null;
  /** Cold median − warm median (both counting misses). */
  coldMinusWarmMs: number | null;
  loadRatioToBaseline: number | null;
  extraScriptMs: number | null;
  extraThreadMs: number | null;
  extraLayoutStyleMs: number | null;
  extraPageHeapBytes: number | null;
  /** Versus the bare panel, same rounds: load ratio difference and script time difference, with CIs. */
  loadRatioMinusRef: Interval | null;
  scriptMinusRef: Interval | null;
  /** Popup first item, median − the reference popup's median (misses counting as infinitely slow). */
  popupMinusRef: number | null;
  /** The same − the reference popup that waits for one message (what rendering the day adds to that floor). */
  popupMinusAsk: number | null;
  /** Builds versus ref-wxt (the same work on this project's stack), same rounds: what our own code adds. */
  loadRatioMinusStack: Interval | null;
  scriptMinusStack: Interval | null;
  popupMinusStack: number | null;
  /** The unknown paper's abs page: median − the browser without extensions, and paired against ref-noop. */
  unknownExtraScriptMs: number | null;
  unknownScriptMinusNoop: Interval | null;
  /** Time to the English panel − the Korean panel of the same build, paired by round. */
  englishMinusKorean: Interval | null;
  /** Popup first item ÷ ref-wxt's, paired by round. */
  popupRatioToStack: Interval | null;
  /** Popup first item with the worker stopped − with it running, paired by the round each cold pass followed. */
  popupColdMinusWarm: Interval | null;
}

function configFigures(name: string, c: Collected, hasPanel: boolean): ConfigFigures {
  const abs = c.abs.get(name) ?? [];
  const popups = c.popup.get(name) ?? [];
  const asks = c.popup.get(askKey(name)) ?? [];
  const cold = c.cold.get(name);
  const mem = c.memory.get(name);
  const ff = c.firefox.get(name);
  const unknown = c.unknown.get(name) ?? [];
  const english = c.english.get(name) ?? [];
  const coldPopups = c.coldPopup.get(name) ?? [];
  return {
    warm: hasPanel ? panelFigures(abs) : null,
    panelAfterDcl: hasPanel ? stats(abs.map((s) => (panelShown(s) ? s.panel! - s.dcl : NaN))) : null,
    dcl: stats(abs.map((s) => s.dcl)),
    load: stats(abs.map((s) => s.load)),
    scriptMs: stats(abs.map((s) => s.scriptMs)),
    threadMs: stats(abs.map((s) => s.threadMs)),
    layoutStyleMs: stats(abs.map((s) => s.layoutStyleMs)),
    popupFirstItem: popups.length ? stats(popups.map((p) => p.firstItem ?? NaN)) : null,
    popupMedianCountingMisses: medianCountingMisses(popups.map((p) => p.firstItem)),
    popupMissing: popups.filter((p) => p.firstItem === null).length,
    popupFirstPaint: popups.some((p) => typeof p.firstPaint === 'number') ? stats(popups.map((p) => p.firstPaint ?? NaN)) : null,
    popupAskMedianCountingMisses: medianCountingMisses(asks.map((p) => p.firstItem)),
    popupAskMissing: asks.filter((p) => p.firstItem === null).length,
    firstLoadAfterLaunch: c.firstAfterLaunch.get(name) ?? null,
    cold: cold?.length
      ? { ...panelFigures(cold.map((s) => s.panelAfterStop)), firstAnswer: stats(cold.map((s) => s.firstAnswerMs)), warmAnswer: stats(cold.map((s) => s.warmAnswerMs)) }
      : null,
    fill: c.fill.get(name) ?? null,
    memory: mem ? { pageHeapMedianBytes: median(mem.pageHeaps), serviceWorkerHeapBytes: mem.serviceWorkerHeap, missingPanels: mem.missingPanels } : null,
    externalRequests: c.external.get(name)?.length ?? 0,
    externalSample: [...new Set(c.external.get(name) ?? [])].slice(0, 10),
    firefox: ff ? { warm: panelFigures(ff.warm), cold: panelFigures(ff.cold), fill: ff.fill, externalRequests: ff.external.length } : null,
    unknown: unknown.length
      ? { scriptMs: stats(unknown.map((s) => s.scriptMs)), threadMs: stats(unknown.map((s) => s.threadMs)), layoutStyleMs: stats(unknown.map((s) => s.layoutStyleMs)), dcl: stats(unknown.map((s) => s.dcl)), load: stats(unknown.map((s) => s.load)) }
      : null,
    probes: null,
    english: english.length ? panelFigures(english.map(asEnglishTiming)) : null,
    coldPopup: coldPopups.length
      ? { firstItem: stats(coldPopups.map((p) => p.firstItem ?? NaN)), medianCountingMisses: medianCountingMisses(coldPopups.map((p) => p.firstItem)), missing: coldPopups.filter((p) => p.firstItem === null).length }
      : null,
  };
}

/** An English load as a panel timing: its bullets count only when they are English. */
function asEnglishTiming(s: AbsSample): PanelTiming {
  return { panel: s.panel, bullets: s.panel === null ? null : englishShown(s), load: s.load, dcl: s.dcl };
}

/** A missed sample (null) as infinitely slow, for paired statistics. */
const orInfinity = (xs: readonly (number | null)[]) => xs.map((x) => x ?? Infinity);

/**
 * Cold samples and the warm samples of the rounds their passes followed, as two series of equal length
 * (a pass after round r is paired with round r's warm sample); null when they cannot be paired.
 */
export function coldPairs(cold: readonly (number | null)[], warm: readonly (number | null)[], coldRounds: readonly number[]): [number[], number[]] | null {
  if (cold.length === 0 || cold.length > coldRounds.length) return null;
  const w = cold.map((_, k) => warm[coldRounds[k]! - 1]);
  if (w.some((x) => x === undefined)) return null;
  return [orInfinity(cold), orInfinity(w as (number | null)[])];
}

const diff = (a: number | null | undefined, b: number | null | undefined) => (a === null || a === undefined || b === null || b === undefined ? null : a - b);

export type Figures = ReturnType<typeof computeFigures>;

/**
 * `names`: the dataset builds; `known`: the reference extensions (references.ts, reference-stack.ts), of
 * which those with samples get figures (results of runs before ref-wxt existed have none of it).
 */
export function computeFigures(names: readonly string[], c: Collected, known: readonly string[] = [PANEL_REFERENCE, POPUP_REFERENCE, STACK_REFERENCE, NOOP_REFERENCE]) {
  const refs = known.filter((r) => c.abs.has(r) || c.popup.has(r) || c.unknown.has(r));
  const configs: Record<string, ConfigFigures> = {};
  configs[BASELINE] = configFigures(BASELINE, c, false);
  for (const n of names) configs[n] = configFigures(n, c, true);
  for (const r of refs) configs[r] = configFigures(r, c, PANEL_REFERENCES.includes(r));
  const base = configs[BASELINE]!;
  const seedDay = configs[SMALLEST];
  const ref = configs[PANEL_REFERENCE];
  const series = (n: string, pick: (s: AbsSample) => number) => (c.abs.get(n) ?? []).map(pick);
  const derived: Record<string, Derived> = {};
  // Paired figures need one sample per round on both sides (a configuration that was not measured has none).
  const rounds = (n: string) => c.abs.get(n)?.length ?? 0;
  const paired = (n: string, other: string) => rounds(n) > 0 && rounds(other) === rounds(n) && rounds(BASELINE) === rounds(n);
  const loadRatioMinus = (n: string, other: string) =>
    pairedBootstrap([series(n, (s) => s.load), series(other, (s) => s.load), series(BASELINE, (s) => s.load)], differenceOfRatios, { seed: `loadRatio:${n}${other === PANEL_REFERENCE ? '' : `:${other}`}` });
  const scriptMinus = (n: string, other: string) =>
    pairedBootstrap([series(n, (s) => s.scriptMs), series(other, (s) => s.scriptMs)], medianOfDifferences, { seed: `extraScript:${n}${other === PANEL_REFERENCE ? '' : `:${other}`}` });
  const unknownScript = (n: string) => (c.unknown.get(n) ?? []).map((s) => s.scriptMs);
  const pairedLength = (a: readonly unknown[], b: readonly unknown[]) => a.length > 0 && a.length === b.length;
  const popupTimes = (n: string) => orInfinity((c.popup.get(n) ?? []).map((p) => p.firstItem));
  const englishSamples = (n: string) => c.english.get(n) ?? [];
  for (const n of [BASELINE, ...names, ...refs]) {
    const probes = c.probes.get(n);
    if (probes?.length) configs[n]!.probes = probeFigures(probes, c.probes.get(BASELINE)?.[0]?.domSha256);
  }
  for (const n of [...names, ...refs]) {
    const f = configs[n]!;
    const isBuild = names.includes(n);
    // The builds against the budgets' references, and ref-wxt too: its distance from them is the stack's floor.
    const judged = isBuild || n === STACK_REFERENCE;
    const vsRef = judged && !!ref && paired(n, PANEL_REFERENCE);
    const vsStack = isBuild && !!configs[STACK_REFERENCE] && paired(n, STACK_REFERENCE);
    derived[n] = {
      timeToPanelRatioTo9: ratio(f.warm?.medianCountingMisses, seedDay?.warm?.medianCountingMisses),
      coldTimeToPanelRatioTo9: ratio(f.cold?.medianCountingMisses, seedDay?.cold?.medianCountingMisses),
      coldMinusWarmMs: diff(f.cold?.medianCountingMisses, f.warm?.medianCountingMisses),
      loadRatioToBaseline: ratio(f.load?.median, base.load?.median),
      extraScriptMs: diff(f.scriptMs?.median, base.scriptMs?.median),
      extraThreadMs: diff(f.threadMs?.median, base.threadMs?.median),
      extraLayoutStyleMs: diff(f.layoutStyleMs?.median, base.layoutStyleMs?.median),
      extraPageHeapBytes: diff(f.memory?.pageHeapMedianBytes, base.memory?.pageHeapMedianBytes),
      loadRatioMinusRef: vsRef ? loadRatioMinus(n, PANEL_REFERENCE) : null,
      scriptMinusRef: vsRef ? scriptMinus(n, PANEL_REFERENCE) : null,
      popupMinusRef: judged ? diff(f.popupMedianCountingMisses, configs[POPUP_REFERENCE]?.popupMedianCountingMisses) : null,
      popupMinusAsk: judged ? diff(f.popupMedianCountingMisses, configs[POPUP_REFERENCE]?.popupAskMedianCountingMisses) : null,
      loadRatioMinusStack: vsStack ? loadRatioMinus(n, STACK_REFERENCE) : null,
      scriptMinusStack: vsStack ? scriptMinus(n, STACK_REFERENCE) : null,
      popupMinusStack: isBuild ? diff(f.popupMedianCountingMisses, configs[STACK_REFERENCE]?.popupMedianCountingMisses) : null,
      unknownExtraScriptMs: isBuild ? diff(f.unknown?.scriptMs?.median, base.unknown?.scriptMs?.median) : null,
      unknownScriptMinusNoop:
        isBuild && pairedLength(unknownScript(n), unknownScript(NOOP_REFERENCE)) ? pairedBootstrap([unknownScript(n), unknownScript(NOOP_REFERENCE)], medianOfDifferences, { seed: `unknownScript:${n}` }) : null,
      englishMinusKorean:
        isBuild && pairedLength(englishSamples(n), c.abs.get(n) ?? [])
          ? pairedBootstrap([orInfinity(englishSamples(n).map((s) => (englishShown(s) ? s.panel : null))), orInfinity((c.abs.get(n) ?? []).map(panelTime))], medianOfDifferences, { seed: `english:${n}` })
          : null,
      popupRatioToStack: isBuild && pairedLength(popupTimes(n), popupTimes(STACK_REFERENCE)) ? pairedBootstrap([popupTimes(n), popupTimes(STACK_REFERENCE)], medianOfRatios, { seed: `popupRatio:${n}` }) : null,
      popupColdMinusWarm: isBuild ? pairedInterval(coldPairs((c.coldPopup.get(n) ?? []).map((p) => p.firstItem), (c.popup.get(n) ?? []).map((p) => p.firstItem), c.coldRounds), `popupCold:${n}`) : null,
    };
  }
  const listingSamples = (n: string) => c.listing.get(n) ?? [];
  const listing: Record<string, ListingFigures> = {};
  const listingDerived: Record<string, ListingDerived> = {};
  if (listingSamples(BASELINE).length) {
    listing[BASELINE] = listingFigures(listingSamples(BASELINE), false);
    for (const n of names.filter((x) => listingSamples(x).length)) {
      const f = (listing[n] = listingFigures(listingSamples(n), true));
      const base = listing[BASELINE]!;
      const paired = listingSamples(n).length === listingSamples(BASELINE).length;
      const pick = (x: string, g: (s: ListingSample) => number) => listingSamples(x).map(g);
      listingDerived[n] = {
        loadRatioToBaseline: paired ? pairedBootstrap([pick(n, (s) => s.load), pick(BASELINE, (s) => s.load)], ratioOfMedians, { seed: `listingLoadRatio:${n}` }) : null,
        extraScriptMs: paired ? pairedBootstrap([pick(n, (s) => s.scriptMs), pick(BASELINE, (s) => s.scriptMs)], medianOfDifferences, { seed: `listingExtraScript:${n}` }) : null,
        extraThreadMs: diff(f.threadMs?.median, base.threadMs?.median),
        extraLayoutStyleMs: diff(f.layoutStyleMs?.median, base.layoutStyleMs?.median),
      };
    }
  }
  // The listing without a known paper (issue #25): `none`, the builds and ref-noop, paired by pass.
  const unknownListing: Record<string, ListingFigures> = {};
  const unknownListingDerived: Record<string, { extraScriptMs: number | null; scriptMinusNoop: Interval | null }> = {};
  const ul = (n: string) => c.unknownListing.get(n) ?? [];
  for (const n of [BASELINE, ...names, NOOP_REFERENCE].filter((x) => ul(x).length)) unknownListing[n] = listingFigures(ul(n), false);
  for (const n of names.filter((x) => ul(x).length)) {
    const script = (x: string) => ul(x).map((s) => s.scriptMs);
    unknownListingDerived[n] = {
      extraScriptMs: diff(unknownListing[n]!.scriptMs?.median, unknownListing[BASELINE]?.scriptMs?.median),
      scriptMinusNoop: pairedLength(script(n), script(NOOP_REFERENCE)) ? pairedBootstrap([script(n), script(NOOP_REFERENCE)], medianOfDifferences, { seed: `unknownListingScript:${n}` }) : null,
    };
  }
  const listingProbes: Record<string, ProbeFigures> = {};
  for (const [n, probes] of c.listingProbes) if (probes.length) listingProbes[n] = probeFigures(probes, c.listingProbes.get(BASELINE)?.[0]?.domSha256);
  const reader: Record<string, ReaderFigures> = {};
  const readerDerived: Record<string, { ratioToAsk: Interval | null; coldMinusWarm: Interval | null }> = {};
  const asks = orInfinity((c.popup.get(POPUP_ASK) ?? []).map((p) => p.firstItem));
  for (const n of names) {
    const r = c.reader.get(n);
    const paints = c.readerPaints.get(n) ?? [];
    if (!r && !paints.length) continue;
    reader[n] = readerFigures(r, paints, c.coldReader.get(n) ?? []);
    readerDerived[n] = {
      ratioToAsk: pairedLength(paints, asks) ? pairedBootstrap([orInfinity(paints), asks], medianOfRatios, { seed: `readerRatio:${n}` }) : null,
      coldMinusWarm: pairedInterval(coldPairs(c.coldReader.get(n) ?? [], paints, c.coldRounds), `readerCold:${n}`),
    };
  }
  return { configs, derived, listing, listingDerived, unknownListing, unknownListingDerived, listingProbes, reader, readerDerived, translation: translationFigures(c.translation) };
}

function pairedInterval(pairs: [number[], number[]] | null, seed: string): Interval | null {
  return pairs ? pairedBootstrap(pairs, medianOfDifferences, { seed }) : null;
}
