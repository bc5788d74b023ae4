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
      'reader-pages': { type: 'string' },
      out: { type: 'string' },
    },
  });
  const quick = flags.quick ?? false;
  const rawFirefox = flags.firefox ?? (quick ? 'real' : `${SMALLEST},real`);
  const firefox = rawFirefox === 'none' ? [] : rawFirefox === 'all' ? [...DATASETS] : rawFirefox.split(',').map((x) => x.trim());
  for (const x of firefox) if (!(DATASETS as readonly string[]).includes(x)) throw new Error(`--firefox: unknown dataset ${x} (${DATASETS.join(', ')}, all, none)`);
  const latencyScale = flags['latency-scale'] ? Number(flags['latency-scale']) : 1;
  if (!(latencyScale >= 0)) throw new Error(`--latency-scale must be a number ≥ 0, got ${flags['latency-scale']}`);
  return {
    quick,
    check: flags.check ?? false,
    rebuild: flags.rebuild ?? false,
    results: path.resolve(flags.out ?? DEFAULT_RESULTS),
    rounds: positiveInt('rounds', flags.rounds, quick ? 10 : 50),
    // The 2,000-entry listing: passes spread over the rounds (capped at the rounds), 0 to skip it. Fewer
    // than the rounds: a pass costs ~15 s on this busy machine (5 browsers × a ~2.5 s load), and a whole run
    // should stay near 20 min.
    listingPasses: positiveInt('listing', flags.listing, quick ? 5 : 10, 0),
    // The reader: fresh pages for the first paint (0 skips the reader), and runs of each query.
    readerPages: positiveInt('reader-pages', flags['reader-pages'], quick ? 3 : 7, 0),
    readerRepeats: quick ? 3 : 10,
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
