/**
 * bench/results.json: every figure, the raw samples, the machine and the commit, so two runs can be
 * compared later and every verdict recomputed.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Budget } from './budgets';
import type { BuiltDataset } from './build';
import type { GitInfo } from './git-info';
import { askKey, type Collected, type Figures } from './results';
import type { ListingSample } from './samples';
import { round } from './stats';

export interface RunInfo {
  date: string;
  wallTimeSeconds: number;
  git: GitInfo;
  options: Record<string, unknown>;
  machine: Record<string, unknown>;
}

/** JSON has no Infinity (JSON.stringify would write null, i.e. "not measured"): say it in words; round floats. */
function replacer(_key: string, value: unknown): unknown {
  if (typeof value !== 'number') return value;
  if (value === Infinity) return 'Infinity';
  if (value === -Infinity) return '-Infinity';
  return Number.isInteger(value) ? value : round(value, 3);
}

export async function writeResults(file: string, info: RunInfo, built: readonly BuiltDataset[], f: Figures, budgets: readonly Budget[], c: Collected): Promise<void> {
  const r1 = (x: number | null) => (x === null ? null : round(x));
  const timing = (list: readonly { panel: number | null; bullets: boolean | null; load: number; dcl: number }[]) => ({
    panel: list.map((s) => r1(s.panel)),
    bullets: list.map((s) => s.bullets),
    load: list.map((s) => r1(s.load)),
    dcl: list.map((s) => r1(s.dcl)),
  });
  const names = new Set([...c.abs.keys(), ...c.cold.keys(), ...c.firefox.keys(), ...c.listing.keys(), ...c.reader.keys(), ...c.unknown.keys(), ...c.unknownListing.keys()]);
  const pageTimes = (list: readonly { load: number; dcl: number; scriptMs: number }[]) => ({
    load: list.map((s) => r1(s.load)),
    dcl: list.map((s) => r1(s.dcl)),
    scriptMs: list.map((s) => round(s.scriptMs, 2)),
  });
  const listingSeries = (list: readonly ListingSample[]) => ({
    expected: list.map((s) => s.expected),
    markers: list.map((s) => s.markers),
    markersAt: list.map((s) => r1(s.markersAt)),
    batches: list.map((s) => s.batches),
    ...pageTimes(list),
    threadMs: list.map((s) => round(s.threadMs)),
    layoutStyleMs: list.map((s) => round(s.layoutStyleMs)),
  });
  const samples = Object.fromEntries(
    [...names].map((n) => {
      const abs = c.abs.get(n) ?? [];
      const unknown = c.unknown.get(n) ?? [];
      const english = c.english.get(n) ?? [];
      const cold = c.cold.get(n) ?? [];
      const ff = c.firefox.get(n);
      const asks = c.popup.get(askKey(n)) ?? [];
      return [
        n,
        {
          warm: {
            ...timing(abs),
            scriptMs: abs.map((s) => round(s.scriptMs, 2)),
            threadMs: abs.map((s) => round(s.threadMs)),
            layoutStyleMs: abs.map((s) => round(s.layoutStyleMs)),
          },
          popupFirstItem: (c.popup.get(n) ?? []).map((p) => r1(p.firstItem)),
          ...(n === 'real' && c.translation ? { translation: c.translation } : {}),
          ...(asks.length ? { popupAskFirstItem: asks.map((p) => r1(p.firstItem)) } : {}),
          cold: { ...timing(cold.map((s) => s.panelAfterStop)), firstAnswerMs: cold.map((s) => round(s.firstAnswerMs)), warmAnswerMs: cold.map((s) => round(s.warmAnswerMs, 2)) },
          pageHeapsAfter20: c.memory.get(n)?.pageHeaps ?? [],
          ...(unknown.length ? { unknown: pageTimes(unknown) } : {}),
          ...(english.length ? { english: { ...timing(english), bulletsLang: english.map((s) => s.bulletsLang ?? null) } } : {}),
          ...(c.coldPopup.get(n)?.length ? { coldPopupFirstItem: c.coldPopup.get(n)!.map((p) => r1(p.firstItem)) } : {}),
          ...(c.probes.get(n)?.length ? { probes: c.probes.get(n) } : {}),
          ...(c.listingProbes.get(n)?.length ? { listingProbes: c.listingProbes.get(n) } : {}),
          ...(c.listing.get(n)?.length ? { listing: listingSeries(c.listing.get(n)!) } : {}),
          ...(c.unknownListing.get(n)?.length ? { unknownListing: listingSeries(c.unknownListing.get(n)!) } : {}),
          ...(c.reader.get(n) || c.readerPaints.get(n)?.length
            ? { reader: { ...c.reader.get(n), paints: (c.readerPaints.get(n) ?? []).map(r1), coldPaints: (c.coldReader.get(n) ?? []).map(r1) } }
            : {}),
          ...(ff ? { firefox: { cold: timing(ff.cold), warm: timing(ff.warm), external: ff.external } } : {}),
        },
      ];
    }),
  );
  const out = {
    ...info,
    datasets: Object.fromEntries(
      built.map((b) => [b.name, { papers: b.papers, days: b.days, reusedBuild: b.reused, buildSeconds: round(b.buildSeconds), contentScript: b.contentScript, scripts: b.scripts, files: b.files }]),
    ),
    configs: f.configs,
    derived: f.derived,
    listing: f.listing,
    listingDerived: f.listingDerived,
    unknownListing: f.unknownListing,
    unknownListingDerived: f.unknownListingDerived,
    listingProbes: f.listingProbes,
    reader: f.reader,
    readerDerived: f.readerDerived,
    translation: f.translation,
    coldRounds: c.coldRounds,
    budgets,
    pass: budgets.every((b) => b.pass),
    samples,
  };
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(out, replacer, 2)}\n`);
}
