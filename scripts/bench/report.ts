/**
 * The printed table (one column per configuration, then the budget and its verdict) and
 * bench/results.json. The table is for reading in a terminal; the JSON keeps every figure, the raw
 * samples and the machine, so two runs can be compared later.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BuiltDataset } from './build';
import { BASELINE, roundFigures, type Budget, type Collected, type computeFigures } from './results';
import { round } from './stats';

type Figures = ReturnType<typeof computeFigures>;
type Cell = string | number | null | undefined;

const ms = (x: number | null | undefined) => (x === null || x === undefined || !Number.isFinite(x) ? '–' : x.toFixed(1));
const pct = (x: number | null | undefined) => (x === null || x === undefined ? '–' : `${(x * 100).toFixed(0)} %`);
const times = (x: number | null | undefined) => (x === null || x === undefined ? '–' : x.toFixed(3));
const kb = (x: number | null | undefined) => (x === null || x === undefined || !Number.isFinite(x) ? '–' : (x / 1024).toFixed(0));

function verdict(budgets: Budget[], id: string): [string, string] {
  const b = budgets.find((x) => x.id === id);
  if (!b) return ['', ''];
  const limit = b.unit === 'share' ? `${b.op} ${b.limit * 100} %` : `${b.op} ${b.limit}${b.unit && b.unit !== '×' ? ` ${b.unit}` : ''}`;
  return [`${limit}${b.at === 'all' ? '' : ` @${b.at}`}`, b.pass ? 'PASS' : 'FAIL'];
}

export function printTable(names: string[], built: BuiltDataset[], f: Figures, budgets: Budget[], print: (s: string) => void): void {
  const cols = [BASELINE, ...names];
  const c = (n: string) => f.configs[n]!;
  const d = (n: string) => f.derived[n];
  const b = (n: string) => built.find((x) => x.name === n);
  const rows: [string, Cell[], string?][] = [
    ['papers / days', cols.map((n) => (n === BASELINE ? 'no ext' : b(n) ? `${b(n)!.papers} / ${b(n)!.days}` : 'reference'))],
    ['content script raw (B)', cols.map((n) => b(n)?.contentScript.raw)],
    ['content script gzip -9 (B)', cols.map((n) => b(n)?.contentScript.gzip), 'contentScriptGzip'],
    ['lookup reads: shard + day file (B)', cols.map((n) => (b(n) ? `${b(n)!.files.targetShard} + ${b(n)!.files.targetDay}` : null))],
    ['time to panel, median (ms)', cols.map((n) => (n === BASELINE ? null : ms(c(n).timeToPanel?.median)))],
    ['time to panel, p95 (ms)', cols.map((n) => (n === BASELINE ? null : ms(c(n).timeToPanel?.p95)))],
    ['time to panel ÷ 9 (medians)', cols.map((n) => (n === BASELINE ? null : times(d(n)?.timeToPanelRatioTo9))), 'timeToPanelRatio'],
    ['panel − DOMContentLoaded, median (ms)', cols.map((n) => (n === BASELINE ? null : ms(c(n).panelAfterDcl?.median)))],
    ['panel before load event', cols.map((n) => (n === BASELINE ? null : pct(c(n).panelBeforeLoad))), 'panelBeforeLoad'],
    ['DOMContentLoaded, median (ms)', cols.map((n) => ms(c(n).dcl?.median))],
    ['load event start, median (ms)', cols.map((n) => ms(c(n).load?.median))],
    ['load event with ÷ without', cols.map((n) => (n === BASELINE ? null : times(d(n)?.loadRatioToBaseline))), 'loadRatio'],
    ['script time per page, median (ms)', cols.map((n) => ms(c(n).scriptMs?.median))],
    ['extra script time (ms)', cols.map((n) => (n === BASELINE ? null : ms(d(n)?.extraScriptMs))), 'extraScript'],
    ['  extra main-thread CPU (ms)', cols.map((n) => (n === BASELINE ? null : ms(d(n)?.extraThreadMs)))],
    ['  extra layout + style (ms)', cols.map((n) => (n === BASELINE ? null : ms(d(n)?.extraLayoutStyleMs)))],
    ['popup first item, median (ms)', cols.map((n) => (n === BASELINE ? null : ms(c(n).popupFirstItem?.median))), 'popupFirstRender'],
    ['popup first item, p95 (ms)', cols.map((n) => (n === BASELINE ? null : ms(c(n).popupFirstItem?.p95)))],
    ['cold: 1st load after launch, panel (ms)', cols.map((n) => (n === BASELINE ? null : ms(c(n).firstLoadAfterLaunch?.panel)))],
    ['cold: panel after SW stop, median (ms)', cols.map((n) => (n === BASELINE ? null : ms(c(n).cold?.panelAfterStop?.median)))],
    ['cold: … panel before load', cols.map((n) => (n === BASELINE ? null : pct(c(n).cold?.panelAfterStopBeforeLoad)))],
    ['cold: SW 1st answer after start (ms)', cols.map((n) => (n === BASELINE ? null : ms(c(n).cold?.firstAnswer?.median)))],
    ['warm: SW answer (ms)', cols.map((n) => (n === BASELINE ? null : ms(c(n).cold?.warmAnswer?.median)))],
    ['page JS heap after 20 pages (KB)', cols.map((n) => kb(c(n).memory?.pageHeapMedianBytes))],
    ['  extra page JS heap (KB)', cols.map((n) => (n === BASELINE ? null : kb(d(n)?.extraPageHeapBytes)))],
    ['SW JS heap after 20 pages (KB)', cols.map((n) => (n === BASELINE ? null : kb(c(n).memory?.serviceWorkerHeapBytes)))],
    ['external requests', cols.map((n) => c(n).externalRequests), 'externalRequests'],
  ];
  const header = ['', ...cols.map((n) => (n === BASELINE ? 'no ext' : n)), 'budget', 'result'];
  const body = rows.map(([label, cells, id]) => [label, ...cells.map((x) => (x === null || x === undefined ? '' : String(x))), ...(id ? verdict(budgets, id) : ['', ''])]);
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((x, i) => (i === 0 ? x.padEnd(widths[i]!) : x.padStart(widths[i]!))).join('  ');
  print(line(header));
  print(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const r of body) print(line(r));
  const failed = budgets.filter((x) => !x.pass);
  print('');
  print(failed.length ? `Budgets missed: ${failed.map((x) => `${x.label} = ${x.value === null ? 'n/a' : round(x.value, 3)}`).join('; ')}` : 'All budgets met.');
}

export interface RunInfo {
  date: string;
  wallTimeSeconds: number;
  options: { rounds: number; quick: boolean; check: boolean; coldSamples: number; latencyScale: number };
  machine: Record<string, unknown>;
}

export async function writeResults(file: string, info: RunInfo, built: BuiltDataset[], f: Figures, budgets: Budget[], c: Collected): Promise<void> {
  const samples = Object.fromEntries(
    [...c.abs.keys()].map((n) => [
      n,
      {
        panel: (c.abs.get(n) ?? []).map((s) => (s.panel === null ? null : round(s.panel))),
        load: (c.abs.get(n) ?? []).map((s) => round(s.load)),
        dcl: (c.abs.get(n) ?? []).map((s) => round(s.dcl)),
        scriptMs: (c.abs.get(n) ?? []).map((s) => round(s.scriptMs, 2)),
        threadMs: (c.abs.get(n) ?? []).map((s) => round(s.threadMs)),
        layoutStyleMs: (c.abs.get(n) ?? []).map((s) => round(s.layoutStyleMs)),
        popupFirstItem: (c.popup.get(n) ?? []).map((p) => (p.firstItem === null ? null : round(p.firstItem))),
        coldPanelAfterStop: (c.cold.get(n) ?? []).map((s) => (s.panelAfterStop.panel === null ? null : round(s.panelAfterStop.panel))),
        coldFirstAnswerMs: (c.cold.get(n) ?? []).map((s) => round(s.firstAnswerMs)),
        pageHeapsAfter20: c.memory.get(n)?.pageHeaps ?? [],
      },
    ]),
  );
  const out = {
    ...info,
    datasets: Object.fromEntries(built.map((b) => [b.name, { papers: b.papers, days: b.days, reusedBuild: b.reused, buildSeconds: round(b.buildSeconds), contentScript: b.contentScript, files: b.files }])),
    ...roundFigures(f),
    budgets,
    pass: budgets.every((b) => b.pass),
    samples,
  };
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(out, null, 2)}\n`);
}
