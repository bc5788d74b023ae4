/** The benchmark's command line (`npm run bench -- …`, listed in run.ts and bench/README.md) and its defaults. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { FillWatch } from './measure-fill';
import { DATASETS, SMALLEST } from './results';

const DEFAULT_RESULTS = 'bench/results.json';
function positiveInt(name: string, raw: string | undefined, fallback: number, min = 1): number {
  const v = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(v) || v < min) throw new Error(`--${name} must be an integer ≥ ${min}, got ${raw}`);
  return v;
}

/** Parsed in main(), so a bad flag ends the run with exit code 2 like any other failure of the run. */
export function parseOptions() {
  const { values: flags } = parseArgs({
    options: {
      rounds: { type: 'string' },
      quick: { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      rebuild: { type: 'boolean', default: false },
      cold: { type: 'string' },
      firefox: { type: 'string' },
      'firefox-starts': { type: 'string' },
      'fill-idle': { type: 'string' },
      'latency-scale': { type: 'string' },
      listing: { type: 'string' },
      reader: { type: 'string' },
      datasets: { type: 'string' },
      english: { type: 'string' },
      probes: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const quick = flags.quick ?? false;
  const datasets = datasetList('datasets', flags.datasets ?? 'all');
  if (!datasets.includes(SMALLEST)) throw new Error(`--datasets must include ${SMALLEST}: every ratio and reference is taken from it`);
  const within = (name: string, raw: string) => {
    const list = datasetList(name, raw);
    const outside = list.filter((x) => !datasets.includes(x));
    if (outside.length) throw new Error(`--${name}: ${outside.join(', ')} not among --datasets (${datasets.join(', ')})`);
    return list;
  };
  // A default names only datasets of the run: with --datasets 9, Firefox and English are measured at 9.
  const present = (list: readonly string[]) => list.filter((x) => datasets.includes(x)).join(',') || 'none';
  const firefox = within('firefox', flags.firefox ?? present(quick ? ['real'] : [SMALLEST, 'real']));
  const english = within('english', flags.english ?? present([SMALLEST, 'real']));
  const latencyScale = flags['latency-scale'] ? Number(flags['latency-scale']) : 1;
  if (!(latencyScale >= 0)) throw new Error(`--latency-scale must be a number ≥ 0, got ${flags['latency-scale']}`);
  return {
    quick,
    datasets,
    english,
    check: flags.check ?? false,
    rebuild: flags.rebuild ?? false,
    results: path.resolve(flags.out ?? DEFAULT_RESULTS),
    rounds: positiveInt('rounds', flags.rounds, quick ? 10 : 50),
    // The 2,000-entry listing: passes spread over the rounds (capped at the rounds), 0 to skip it. Fewer
    // than the rounds: a pass costs ~15 s on this busy machine (5 browsers × a ~2.5 s load), and a whole run
    // should stay near 20 min.
    listingPasses: positiveInt('listing', flags.listing, quick ? 5 : 10, 0),
    // The reader: pages left open until their index is ready, after the rounds (0 skips the reader, in the
    // rounds too), and runs of each query in the last of them.
    readerIndexPages: positiveInt('reader', flags.reader, quick ? 1 : 3, 0),
    readerRepeats: quick ? 3 : 10,
    // Instrumented loads per configuration of each page without a known paper (the deterministic checks).
    probes: positiveInt('probes', flags.probes, quick ? 2 : 3, 0),
    translationRepeats: { paperRepeats: quick ? 2 : 5, dayRepeats: quick ? 1 : 3 },
    coldSamples: positiveInt('cold', flags.cold, quick ? 3 : 10),
    firefox,
    firefoxStarts: positiveInt('firefox-starts', flags['firefox-starts'], quick ? 2 : 5),
    firefoxWarmPerStart: quick ? 3 : 4,
    // Long enough for a fill that reads every day file before its first storage write (20k: 2,000 files
    // on a busy 2-core machine); only a build without a fill pays it, once per build.
    fillWatch: { idleMs: positiveInt('fill-idle', flags['fill-idle'], 60_000), maxMs: 300_000 } satisfies FillWatch,
    latencyScale,
  };
}
export type Options = ReturnType<typeof parseOptions>;

/** A list of datasets: names, `all` or `none`. */
function datasetList(name: string, raw: string): string[] {
  if (raw === 'none' || raw === '') return [];
  if (raw === 'all') return [...DATASETS];
  const list = raw.split(',').map((x) => x.trim());
  for (const x of list) if (!(DATASETS as readonly string[]).includes(x)) throw new Error(`--${name}: unknown dataset ${x} (${DATASETS.join(', ')}, all, none)`);
  // In the table's order, whatever the order given.
  return DATASETS.filter((d) => list.includes(d));
}
