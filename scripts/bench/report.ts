/**
 * The printed table (one column per configuration, then the budget and its verdict), for reading in a
 * terminal and for pasting into bench/README.md. bench/results.json is written by results-file.ts.
 */
import type { Interval } from './bootstrap';
import type { Budget } from './budgets';
import type { BuiltDataset } from './build';
import { LISTING_ENTRIES, LISTING_URL, UNKNOWN_ID, UNKNOWN_LISTING_URL } from './fixture';
import type { ProbeFigures } from './results-pages';
import { BASELINE, DATASETS, NOOP_REFERENCE, PANEL_REFERENCE, PANEL_REFERENCES, POPUP_REFERENCE, STACK_REFERENCE, type ConfigFigures, type Derived, type Figures, type PanelFigures } from './results';
import { round } from './stats';

type Cell = string | number | null | undefined;

const finite = (x: number | null | undefined): x is number => x !== null && x !== undefined && Number.isFinite(x);
/** Infinity is a real result here: half or more of the loads lost their panel. */
const inf = (x: number | null | undefined) => (x === Infinity ? '∞ (misses)' : '–');
export const ms = (x: number | null | undefined) => (finite(x) ? x.toFixed(1) : inf(x));
export const signedMs = (x: number | null | undefined) => (finite(x) ? `${x >= 0 ? '+' : ''}${x.toFixed(1)}` : inf(x));
export const pct = (x: number | null | undefined) => (finite(x) ? `${(x * 100).toFixed(0)} %` : '–');
export const times = (x: number | null | undefined) => (finite(x) ? x.toFixed(3) : inf(x));
const signed3 = (x: number | null | undefined) => (finite(x) ? `${x >= 0 ? '+' : ''}${x.toFixed(3)}` : inf(x));
const kb = (x: number | null | undefined) => (finite(x) ? (x / 1024).toFixed(0) : '–');
const ci = (i: Interval | null | undefined, f: (x: number) => string) => (i ? `${f(i.lower)} … ${f(i.upper)}` : '–');
const misses = (p: PanelFigures | null | undefined) => (p ? `${p.missing} / ${p.withoutBullets} of ${p.n}` : '–');
/** An interval's estimate and bounds in one cell: `+1.2 [−0.4 … +3.0]`. */
const withCi = (i: Interval | null | undefined, f: (x: number) => string) => (i ? `${f(i.estimate)} [${f(i.lower)} … ${f(i.upper)}]` : '–');
/** What instrumented loads saw: each API called, times over all loads, e.g. `local.get×3 /3`; `–` when none. */
export function probeCalls(p: ProbeFigures | null | undefined): string | null {
  if (!p) return null;
  const calls = Object.entries(p.calls).map(([k, v]) => `${k.replace(/^storage\./, '')}×${v}`);
  return `${calls.length ? calls.join(' ') : 'none'} /${p.loads}`;
}
const probeDom = (p: ProbeFigures | null | undefined) => (p ? `${p.domSha}, ${p.domDiffers} differ` : null);
const largestOf = (files: readonly { gzip: number }[] | undefined) => (files?.length ? `${Math.max(...files.map((f) => f.gzip))} of ${files.length}` : '–');

function limitText(b: Budget): string {
  const op = b.op === '<=' ? '≤' : b.op === '>=' ? '≥' : '=';
  if (b.unit === 'share') return `${op} ${b.limit * 100} %`;
  if (b.unit === 'B' && b.limit >= 1024 * 1024) return `${op} ${b.limit / 1024 / 1024} MiB`;
  if (b.unit === '×') return `${op} ${b.limit}×`;
  return `${op} ${b.limit}${b.unit ? ` ${b.unit}` : ''}`;
}

/**
 * The budget cell and the verdict cell of a row. `each` = judged on every dataset separately; `@20k,real`
 * = on those; nothing = one value for the whole run. A failure names the datasets where it failed.
 */
export function verdict(budgets: readonly Budget[], id: string, note = '', datasets: readonly string[] = DATASETS): [string, string] {
  const list = budgets.filter((x) => x.id === id);
  if (list.length === 0) return ['', ''];
  const ats = list.map((b) => b.at);
  const where = ats.length === 1 && ats[0] === 'all' ? '' : ats.join() === datasets.join() ? ' each' : ` @${ats.join(',')}`;
  const failed = list.filter((b) => !b.pass).map((b) => b.at);
  return [`${limitText(list[0]!)}${note}${where}`, failed.length === 0 ? 'PASS' : `FAIL ${failed.join(',')}`];
}

type Row = [label: string, cells: Cell[], budget?: [string, string]] | [section: string];

export function tableRows(names: readonly string[], built: readonly BuiltDataset[], f: Figures, budgets: readonly Budget[]): { header: string[]; rows: Row[] } {
  const cols = [BASELINE, ...names, POPUP_REFERENCE, PANEL_REFERENCE, STACK_REFERENCE, NOOP_REFERENCE].filter((n) => f.configs[n]);
  const isBuild = (n: string) => names.includes(n);
  const c = (n: string): ConfigFigures => f.configs[n]!;
  const d = (n: string): Derived | undefined => f.derived[n];
  const b = (n: string) => built.find((x) => x.name === n);
  // A cell for builds only / for configurations that show a panel (builds, ref-panel, ref-wxt) / for the
  // builds and ref-wxt (the stack's floor against the references) / for those with a day's popup / for the
  // configurations measured on the unknown paper's page (none, builds, ref-noop).
  const builds = (g: (n: string) => Cell) => cols.map((n) => (isBuild(n) ? g(n) : null));
  const panels = (g: (n: string) => Cell) => cols.map((n) => (isBuild(n) || PANEL_REFERENCES.includes(n) ? g(n) : null));
  const judged = (g: (n: string) => Cell) => cols.map((n) => (isBuild(n) || n === STACK_REFERENCE ? g(n) : null));
  const popups = (g: (n: string) => Cell) => cols.map((n) => (isBuild(n) || n === POPUP_REFERENCE || n === STACK_REFERENCE ? g(n) : null));
  const unknown = (g: (n: string) => Cell) => cols.map((n) => (c(n).unknown || c(n).probes ? g(n) : null));
  const english = (g: (n: string) => Cell) => cols.map((n) => (isBuild(n) && c(n).english ? g(n) : null));
  // The known paper's abs page: every configuration but ref-noop, which is measured only where no paper is known.
  const known = (g: (n: string) => Cell) => cols.map((n) => (n === NOOP_REFERENCE ? null : g(n)));
  const knownOthers = (g: (n: string) => Cell) => known((n) => (n === BASELINE ? null : g(n)));
  const stack = cols.includes(STACK_REFERENCE);
  const ifStack = (r: Row[]): Row[] => (stack ? r : []);
  const v = (id: string, note = '') => verdict(budgets, id, note, names);
  const anyUnknown = cols.some((n) => c(n).unknown || c(n).probes);
  const anyEnglish = cols.some((n) => isBuild(n) && c(n).english);
  const rows: Row[] = [
    ['papers / days', cols.map((n) => (n === BASELINE ? 'no ext' : b(n) ? `${b(n)!.papers} / ${b(n)!.days}` : 'reference'))],
    ['scripts the manifest loads: largest gzip -9 (B) of n', builds((n) => largestOf(b(n)?.scripts.manifest)), v('manifestScriptGzip')],
    ['on-demand modules: largest gzip -9 (B) of n', builds((n) => largestOf(b(n)?.scripts.modules)), v('moduleGzip')],
    ['  all of that code, identical for every dataset', builds((n) => b(n)?.scripts.sha256.slice(0, 8)), v('contentScriptIdentical', ' code')],
    ['abs boot script raw / gzip (B)', builds((n) => (b(n) ? `${b(n)!.contentScript.raw} / ${b(n)!.contentScript.gzip}` : null))],
    ['lookup reads: shard + day file (B)', builds((n) => `${b(n)!.files.targetShard} + ${b(n)!.files.targetDay}`)],
    ['background fill after install (ms)', builds((n) => (c(n).fill ? (c(n).fill!.ms === null ? 'none' : `${c(n).fill!.upperBound ? '≤ ' : ''}${c(n).fill!.ms!.toFixed(0)}`) : '–'))],
    ...(anyUnknown
      ? ([
          [`UNKNOWN PAPER: the abs page of ${UNKNOWN_ID} (in no archive), every round; probes: instrumented loads`],
          ['unknown: extension API calls over the probe loads', unknown((n) => probeCalls(c(n).probes))],
          ['  probe loads with other than one storage read', unknown((n) => (n === BASELINE ? null : c(n).probes?.notOneRead)), v('unknownOneRead')],
          ['unknown: DOM after load (sha256), loads ≠ no ext', unknown((n) => probeDom(c(n).probes)), v('unknownDomIdentical')],
          ['unknown: script time per page, median (ms)', unknown((n) => ms(c(n).unknown?.scriptMs?.median))],
          ['unknown: extra script time (ms)', cols.map((n) => (n !== BASELINE && c(n).unknown ? ms(minus(c(n).unknown?.scriptMs?.median, c(BASELINE).unknown?.scriptMs?.median)) : null))],
          ['  − ref-noop, median of paired differences [95 % CI] (ms)', builds((n) => withCi(d(n)?.unknownScriptMinusNoop, signedMs)), v('unknownScript', ' (CI lower)')],
          ['unknown: load event start, median (ms)', unknown((n) => ms(c(n).unknown?.load?.median))],
        ] as Row[])
      : []),
    ['WARM: service worker running (the rounds); the abs page of a known paper'],
    ['warm: time to panel, median (ms)', panels((n) => ms(c(n).warm?.medianCountingMisses))],
    ['warm: time to panel, p95 (ms)', panels((n) => ms(c(n).warm?.time?.p95))],
    ['warm: time to panel ÷ 9 (medians)', builds((n) => times(d(n)?.timeToPanelRatioTo9)), v('timeToPanelRatioWarm')],
    ['warm: panel before load event', panels((n) => pct(c(n).warm?.beforeLoad)), v('panelBeforeLoadWarm')],
    ['warm: panel missing / no bullets', panels((n) => misses(c(n).warm)), v('allRendered', ' lost')],
    ['panel − DOMContentLoaded, median (ms)', panels((n) => ms(c(n).panelAfterDcl?.median))],
    ['DOMContentLoaded, median (ms)', known((n) => ms(c(n).dcl?.median))],
    ['load event start, median (ms)', known((n) => ms(c(n).load?.median))],
    ['load event with ÷ without (medians)', knownOthers((n) => times(d(n)?.loadRatioToBaseline))],
    ['  − ref-panel', judged((n) => signed3(d(n)?.loadRatioMinusRef?.estimate))],
    ['  − ref-panel, 95 % CI (no budget)', judged((n) => ci(d(n)?.loadRatioMinusRef, signed3))],
    ...ifStack([['  − ref-wxt, 95 % CI (no budget)', builds((n) => ci(d(n)?.loadRatioMinusStack, signed3))]]),
    ['script time per page, median (ms)', known((n) => ms(c(n).scriptMs?.median))],
    ['extra script time (ms)', knownOthers((n) => ms(d(n)?.extraScriptMs))],
    ['  − ref-panel, median of paired differences [95 % CI] (ms)', judged((n) => withCi(d(n)?.scriptMinusRef, signedMs))],
    ...ifStack([['  − ref-wxt, median of paired differences [95 % CI] (ms)', builds((n) => withCi(d(n)?.scriptMinusStack, signedMs)), v('knownScript')] as Row]),
    ['extra main-thread CPU (ms)', knownOthers((n) => ms(d(n)?.extraThreadMs))],
    ['extra layout + style (ms)', knownOthers((n) => ms(d(n)?.extraLayoutStyleMs))],
    ...(anyEnglish
      ? ([
          ['ENGLISH: the same page in English made on this device (stored), in a second browser of the build'],
          ['english: time to panel, median (ms)', english((n) => ms(c(n).english?.medianCountingMisses))],
          ['english: panel before load event', english((n) => pct(c(n).english?.beforeLoad))],
          ['english: panel missing / not in English', english((n) => misses(c(n).english))],
          ['english − Korean panel, median of paired differences [95 % CI] (ms)', english((n) => withCi(d(n)?.englishMinusKorean, signedMs)), v('englishPanel')],
        ] as Row[])
      : []),
    ['POPUP'],
    ['popup first item, median (ms)', popups((n) => ms(c(n).popupMedianCountingMisses))],
    ['popup first item, p95 (ms)', popups((n) => ms(c(n).popupFirstItem?.p95))],
    ['  − ref-api (ms)', judged((n) => signedMs(d(n)?.popupMinusRef))],
    ['reference popup waiting for one message, median (ms)', cols.map((n) => (n === POPUP_REFERENCE ? ms(c(n).popupAskMedianCountingMisses) : null))],
    ['  popup first item − that reference (ms)', judged((n) => signedMs(d(n)?.popupMinusAsk))],
    ...ifStack([
      ['  popup first item − ref-wxt (medians) (ms)', builds((n) => signedMs(d(n)?.popupMinusStack))],
      ['  ÷ ref-wxt, median of paired ratios [95 % CI]', builds((n) => withCi(d(n)?.popupRatioToStack, times)), v('popupRatio')] as Row,
    ]),
    ['popup first contentful paint, median (ms)', popups((n) => ms(c(n).popupFirstPaint?.median))],
    ['warm: SW answer to a lookup (ms)', builds((n) => ms(c(n).cold?.warmAnswer?.median))],
    ['COLD: service worker stopped (passes spread over the rounds)'],
    ['cold: time to panel, median (ms)', builds((n) => ms(c(n).cold?.medianCountingMisses))],
    ['cold: time to panel, p95 (ms)', builds((n) => ms(c(n).cold?.time?.p95))],
    ['cold − warm, medians (ms)', builds((n) => signedMs(d(n)?.coldMinusWarmMs)), v('coldOverWarm')],
    ['cold: time to panel ÷ 9 (medians)', builds((n) => times(d(n)?.coldTimeToPanelRatioTo9)), v('timeToPanelRatioCold')],
    ['cold: panel before load event', builds((n) => pct(c(n).cold?.beforeLoad)), v('panelBeforeLoadCold')],
    ['cold: panel missing / no bullets', builds((n) => misses(c(n).cold))],
    ['cold: SW 1st answer after start (ms)', builds((n) => ms(c(n).cold?.firstAnswer?.median))],
    ['cold: popup first item, median (ms)', builds((n) => ms(c(n).coldPopup?.medianCountingMisses))],
    ['  − running worker, median of paired differences [95 % CI] (ms)', builds((n) => withCi(d(n)?.popupColdMinusWarm, signedMs)), v('popupStoppedWorker')],
    ['1st load after launch: panel (ms)', builds((n) => ms(c(n).firstLoadAfterLaunch?.panel))],
    ['MEMORY'],
    ['page JS heap after 20 pages (KB)', cols.map((n) => (c(n).memory ? kb(c(n).memory!.pageHeapMedianBytes) : null))],
    ['  extra page JS heap (KB)', cols.map((n) => (n === BASELINE || !c(n).memory ? null : kb(d(n)?.extraPageHeapBytes)))],
    ['SW JS heap after 20 lookups (KB)', builds((n) => kb(c(n).memory?.serviceWorkerHeapBytes)), v('serviceWorkerHeap')],
    ['FIREFOX (fresh starts of a profile with the add-on)'],
    ['firefox cold: time to panel, median (ms)', builds((n) => (c(n).firefox ? ms(c(n).firefox!.cold.medianCountingMisses) : null))],
    ['firefox cold: panel before load event', builds((n) => (c(n).firefox ? pct(c(n).firefox!.cold.beforeLoad) : null)), v('firefoxPanelBeforeLoadCold')],
    ['firefox warm: time to panel, median (ms)', builds((n) => (c(n).firefox ? ms(c(n).firefox!.warm.medianCountingMisses) : null))],
    ['firefox warm: panel before load event', builds((n) => (c(n).firefox ? pct(c(n).firefox!.warm.beforeLoad) : null)), v('firefoxPanelBeforeLoadWarm')],
    ['firefox: load event, warm median (ms)', builds((n) => (c(n).firefox ? ms(c(n).firefox!.warm.load?.median) : null))],
    ['firefox: missing / no bullets (cold; warm)', builds((n) => (c(n).firefox ? `${misses(c(n).firefox!.cold)}; ${misses(c(n).firefox!.warm)}` : null))],
    ['firefox: background fill after install (ms)', builds((n) => (c(n).firefox ? (c(n).firefox!.fill?.ms == null ? 'none' : c(n).firefox!.fill!.ms!.toFixed(0)) : null))],
    ...listingRows(cols, isBuild, f, v),
    ...readerRows(cols, f, v),
    ...translationRows(cols, f),
    ['external requests (Chromium; Firefox)', cols.map((n) => (c(n).firefox ? `${c(n).externalRequests}; ${c(n).firefox!.externalRequests}` : c(n).externalRequests)), v('externalRequests')],
  ];
  const header = ['', ...cols.map((n) => (n === BASELINE ? 'no ext' : n)), 'budget', 'result'];
  return { header, rows };
}

/** Device English with the stand-in (issue #24, item 9): reported, at the build it was measured in. */
function translationRows(cols: readonly string[], f: Figures): Row[] {
  const t = f.translation;
  if (!t) return [];
  const at = (g: () => Cell) => cols.map((n) => (n === 'real' ? g() : null));
  return [
    ['DEVICE ENGLISH: a stand-in Translator in the worker, request → last paper stored (reported, no budget)'],
    [`translate one paper (${t.paper}), median (ms)`, at(() => (t.error && !t.paperMs ? t.error : `${ms(t.paperMs?.median)} (n ${t.paperMs?.n ?? 0})`))],
    [`translate one day (${t.date}, ${t.dayPapers} papers), median (ms)`, at(() => (t.error ? `${ms(t.dayMs?.median)} (${t.error})` : `${ms(t.dayMs?.median)} (n ${t.dayMs?.n ?? 0})`))],
  ];
}

const lang = (q: string) => (/[\uac00-\ud7a3]/.test(q) ? 'ko' : 'en');

/** The listing page's rows (issue #16): every build against the browser without extensions. */
function listingRows(cols: readonly string[], isBuild: (n: string) => boolean, f: Figures, v: (id: string, note?: string) => [string, string]): Row[] {
  if (!f.listing[BASELINE]) return [];
  const l = (n: string) => f.listing[n];
  const ld = (n: string) => f.listingDerived[n];
  const builds = (g: (n: string) => Cell) => cols.map((n) => (isBuild(n) && l(n) ? g(n) : null));
  const withBase = (g: (n: string) => Cell) => cols.map((n) => ((n === BASELINE || isBuild(n)) && l(n) ? g(n) : null));
  const path = new URL(LISTING_URL);
  return [
    [`LISTING: ${path.pathname}${path.search}, ${LISTING_ENTRIES} entries, ${l(BASELINE)!.n} loads each (no reference has a listing script: against no ext)`],
    ['listing: markers expected (papers of the dataset)', builds((n) => l(n)!.expected)],
    ['listing: time to markers, median (ms)', builds((n) => ms(l(n)!.medianCountingMisses))],
    ['listing: time to markers, p95 (ms)', builds((n) => ms(l(n)!.time?.p95))],
    ['listing: all markers by the load event', builds((n) => pct(l(n)!.beforeLoad)), v('listingMarkersBeforeLoad')],
    ['listing: last marker − load event, median (ms)', builds((n) => signedMs(l(n)!.markersAfterLoad?.median))],
    ['listing: last marker − DOMContentLoaded, median (ms)', builds((n) => signedMs(l(n)!.markersAfterDcl?.median))],
    ['listing: markers missing (loads short of any)', builds((n) => `${l(n)!.missingMarkers} (${l(n)!.incompleteLoads} of ${l(n)!.n})`), v('listingMarkersMissing')],
    ['listing: DOM batches bringing markers, median', builds((n) => l(n)!.batches?.median)],
    ['listing: DOMContentLoaded, median (ms)', withBase((n) => ms(l(n)!.dcl?.median))],
    ['listing: load event start, median (ms)', withBase((n) => ms(l(n)!.load?.median))],
    ['listing: load event with ÷ without (medians)', builds((n) => times(ld(n)?.loadRatioToBaseline?.estimate))],
    ['  95 % CI', builds((n) => ci(ld(n)?.loadRatioToBaseline, (x) => x.toFixed(3)))],
    ['listing: script time per page, median (ms)', withBase((n) => ms(l(n)!.scriptMs?.median))],
    ['listing: extra script time (ms)', builds((n) => signedMs(ld(n)?.extraScriptMs?.estimate))],
    ['  95 % CI (ms)', builds((n) => ci(ld(n)?.extraScriptMs, (x) => signedMs(x)))],
    ['listing: extra main-thread CPU (ms)', builds((n) => signedMs(ld(n)?.extraThreadMs))],
    ['listing: extra layout + style (ms)', builds((n) => signedMs(ld(n)?.extraLayoutStyleMs))],
    ...unknownListingRows(cols, f, v),
  ];
}

/** The listing without a known paper (issue #25): the builds against ref-noop, and what the probes saw. */
function unknownListingRows(cols: readonly string[], f: Figures, v: (id: string, note?: string) => [string, string]): Row[] {
  const u = (n: string) => f.unknownListing[n];
  const p = (n: string) => f.listingProbes[n];
  const measured = (g: (n: string) => Cell) => cols.map((n) => (u(n) || p(n) ? g(n) : null));
  const builds = (g: (n: string) => Cell) => cols.map((n) => (f.unknownListingDerived[n] ? g(n) : null));
  if (!cols.some((n) => u(n) || p(n))) return [];
  const path = new URL(UNKNOWN_LISTING_URL);
  return [
    [`LISTING WITHOUT A KNOWN PAPER: ${path.pathname}${path.search}, ${LISTING_ENTRIES} entries, ${u(BASELINE)?.n ?? 0} loads each, against ref-noop`],
    ['listing 0: extension API calls over the probe loads', measured((n) => probeCalls(p(n)))],
    ['  probe loads with other than one storage read', measured((n) => (n === BASELINE ? null : p(n)?.notOneRead)), v('listingUnknownOneRead')],
    ['listing 0: DOM after load (sha256), loads ≠ no ext', measured((n) => (p(n) ? `${p(n)!.domSha}, ${p(n)!.domDiffers} differ` : null)), v('listingUnknownDomIdentical')],
    ['listing 0: script time per page, median (ms)', measured((n) => ms(u(n)?.scriptMs?.median))],
    ['listing 0: extra script time (ms)', builds((n) => signedMs(f.unknownListingDerived[n]!.extraScriptMs))],
    ['  − ref-noop, median of paired differences [95 % CI] (ms)', builds((n) => withCi(f.unknownListingDerived[n]!.scriptMinusNoop, signedMs)), v('listingUnknownScript', ' (CI lower)')],
    ['listing 0: DOMContentLoaded / load event, medians (ms)', measured((n) => (u(n) ? `${ms(u(n)!.dcl?.median)} / ${ms(u(n)!.load?.median)}` : null))],
  ];
}

const minus = (a: number | null | undefined, b: number | null | undefined) => (a == null || b == null ? null : a - b);

/** The reader page's rows (issue #17), for the builds it was measured in. */
function readerRows(cols: readonly string[], f: Figures, v: (id: string, note?: string) => [string, string]): Row[] {
  const measured = cols.filter((n) => f.reader[n]);
  if (measured.length === 0) return [];
  const r = (n: string) => f.reader[n]!;
  const at = (g: (n: string) => Cell) => cols.map((n) => (f.reader[n] ? g(n) : null));
  const queries = [...new Set(measured.flatMap((n) => r(n).queries.map((q) => q.query)))];
  const q = (n: string, query: string) => r(n).queries.find((x) => x.query === query);
  const first = r(measured[0]!);
  const rd = (n: string) => f.readerDerived[n];
  return [
    [`READER: reader.html?date=${first.date}, Chromium, one fresh page per round (and per cold pass), ${first.indexReady?.n ?? 0} index pages, ${first.queries[0]?.runs ?? 0} runs of each query`],
    ['reader: first paint of a day, median (ms)', at((n) => ms(r(n).firstPaintMedianCountingMisses))],
    // The floor: an extension page that runs a 1 KB module and appends one element, opened in the rounds.
    ['  − empty extension page (ref-api popup, median) (ms)', at((n) => signedMs(minus(r(n).firstPaintMedianCountingMisses, f.configs[POPUP_REFERENCE]?.popupMedianCountingMisses)))],
    ['  − ref-api popup waiting for one message (median) (ms)', at((n) => signedMs(minus(r(n).firstPaintMedianCountingMisses, f.configs[POPUP_REFERENCE]?.popupAskMedianCountingMisses)))],
    ['  ÷ that page, median of paired ratios [95 % CI]', at((n) => withCi(rd(n)?.ratioToAsk, times)), v('readerRatio')],
    ['reader: first paint, max (ms) / not painted', at((n) => `${ms(r(n).firstPaint?.max)} / ${r(n).paintsMissing}`)],
    ['reader: first paint, worker stopped, median (ms)', at((n) => ms(r(n).coldFirstPaintMedianCountingMisses))],
    ['  − running worker, median of paired differences [95 % CI] (ms)', at((n) => withCi(rd(n)?.coldMinusWarm, signedMs)), v('readerStoppedWorker')],
    ['reader: index ready after opening, median (ms)', at((n) => ms(r(n).indexReadyMedianCountingMisses)), v('readerIndexReady')],
    ['reader: index days / papers', at((n) => (r(n).index ? `${r(n).index!.days} / ${r(n).index!.papers}` : (r(n).error ?? '–')))],
    ['reader: index mode; load / parse / build (ms)', at((n) => (r(n).index ? `${r(n).index!.mode}; ${ms(r(n).index!.loadMs)} / ${ms(r(n).index!.parseMs)} / ${ms(r(n).index!.buildMs)}` : '–'))],
    ['reader: index estimated size (KB)', at((n) => kb(r(n).index?.bytes))],
    ['reader: search worker JS heap + buffers (KB)', at((n) => `${kb(r(n).workerHeapBytes)} + ${kb(r(n).workerBackingStorageBytes)}`)],
    ...queries.flatMap((query): Row[] => [
      [`reader: ${lang(query)} query round trip, median (ms)`, at((n) => ms(q(n, query)?.roundTripMs?.median))],
      [`  first run / engine median (ms) / matches`, at((n) => (q(n, query) ? `${ms(q(n, query)!.firstRoundTripMs)} / ${ms(q(n, query)!.engineMs?.median)} / ${q(n, query)!.total}` : '–'))],
    ]),
    ['reader: two-term query, slower median (ms)', at((n) => ms(r(n).worstQueryMedianMs)), v('readerQuery')],
  ];
}

export function printTable(names: readonly string[], built: readonly BuiltDataset[], f: Figures, budgets: readonly Budget[], print: (s: string) => void): void {
  const { header, rows } = tableRows(names, built, f, budgets);
  const body = rows.map((r) => (r.length === 1 ? [r[0]] : [r[0], ...r[1].map((x) => (x === null || x === undefined ? '' : String(x))), ...(r[2] ?? ['', ''])]));
  const widths = header.map((_, i) => Math.max(...[header, ...body.filter((r) => r.length > 1)].map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((x, i) => (i === 0 ? x.padEnd(widths[i]!) : x.padStart(widths[i]!))).join('  ');
  print(line(header));
  print(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const r of body) print(r.length === 1 ? `${r[0]}` : line(r));
  const failed = budgets.filter((x) => !x.pass);
  print('');
  print(
    failed.length
      ? `Budgets missed (${failed.length} of ${budgets.length}): ${failed.map((x) => `${x.id}@${x.at} = ${x.judged === null ? 'n/a' : round(x.judged, 3)}${x.note ? ` (${x.note})` : ''}`).join('; ')}`
      : `All ${budgets.length} budget checks met.`,
  );
}
