/**
 * Confidence intervals for the budgets that compare this extension with a reference measured in the same
 * rounds. One median against a limit is not enough: three builds of identical code spread over 1.09–1.13
 * in the load-event ratio of one run. So a budget of that kind is judged on the upper bound of a 95 %
 * bootstrap confidence interval of the difference build − reference.
 *
 * The resampling unit is the round: every configuration loaded the page once per round, in a shuffled
 * order, so the samples of one round share the machine's state at that moment. Drawing whole rounds
 * (the same round indices for every series) keeps that pairing, and the interval then reflects the
 * noise of the difference, not the (larger) noise of each figure alone. Percentile interval, seeded
 * PRNG: the same samples give the same interval on every run.
 */
import { createRng, seedOf } from './prng';
import { median, quantileOfSorted } from './stats';

export interface Interval {
  /** The statistic on the samples as measured. */
  estimate: number;
  lower: number;
  upper: number;
  /** Two-sided confidence level, e.g. 0.95: lower/upper are the 2.5 % and 97.5 % bootstrap quantiles. */
  level: number;
  resamples: number;
  /** Rounds resampled (the length of every series). */
  n: number;
}

export interface BootstrapOptions {
  /** Any label: the PRNG seed is derived from it, so every budget has its own reproducible stream. */
  seed: string;
  resamples?: number;
  level?: number;
}

export const DEFAULT_RESAMPLES = 2000;
export const DEFAULT_LEVEL = 0.95;

/**
 * Paired (round-resampling) percentile bootstrap of `statistic` over `series`, which must all have one
 * value per round, in round order. Returns null when there are fewer than 2 rounds or the statistic is
 * undefined on the measured samples; an infinite statistic gives an interval that is infinite at both ends.
 */
export function pairedBootstrap(
  series: readonly (readonly number[])[],
  statistic: (series: readonly (readonly number[])[]) => number | null,
  { seed, resamples = DEFAULT_RESAMPLES, level = DEFAULT_LEVEL }: BootstrapOptions,
): Interval | null {
  const n = series[0]?.length ?? 0;
  if (series.some((s) => s.length !== n)) throw new Error(`paired bootstrap: series of different lengths (${series.map((s) => s.length).join(', ')})`);
  const estimate = statistic(series);
  if (n < 2 || estimate === null || Number.isNaN(estimate)) return null;
  // Half the rounds or more lost (a miss counts as infinitely slow): no resample can bring it back, and a
  // budget must see the infinite figure, not a missing one.
  if (!Number.isFinite(estimate)) return { estimate, lower: estimate, upper: estimate, level, resamples: 0, n };
  const rng = createRng(seedOf(`bootstrap:${seed}`));
  const values: number[] = [];
  const idx = new Array<number>(n);
  for (let b = 0; b < resamples; b++) {
    for (let i = 0; i < n; i++) idx[i] = rng.int(0, n - 1);
    const v = statistic(series.map((s) => idx.map((i) => s[i]!)));
    // A resample whose statistic is undefined (e.g. all its rounds lost the panel) is as bad as it gets.
    values.push(v === null || Number.isNaN(v) ? Infinity : v);
  }
  values.sort((a, b) => a - b);
  const tail = (1 - level) / 2;
  return { estimate, lower: quantileOfSorted(values, tail), upper: quantileOfSorted(values, 1 - tail), level, resamples, n };
}

/** median(a) − median(b): e.g. a build's script time minus the reference's (the baseline cancels out). */
export function differenceOfMedians([a, b]: readonly (readonly number[])[]): number | null {
  const ma = median(a ?? []);
  const mb = median(b ?? []);
  return ma === null || mb === null ? null : ma - mb;
}

/**
 * median(a) ÷ median(base) − median(b) ÷ median(base): the load-event ratio (with ÷ without) of a build
 * minus that of the reference, both against the same browser without extensions.
 */
export function differenceOfRatios([a, b, base]: readonly (readonly number[])[]): number | null {
  const ma = median(a ?? []);
  const mb = median(b ?? []);
  const m0 = median(base ?? []);
  return ma === null || mb === null || m0 === null || m0 === 0 ? null : ma / m0 - mb / m0;
}

/** median(a) ÷ median(base): e.g. the listing page's load event with the extension ÷ without. */
export function ratioOfMedians([a, base]: readonly (readonly number[])[]): number | null {
  const ma = median(a ?? []);
  const m0 = median(base ?? []);
  return ma === null || m0 === null || m0 === 0 ? null : ma / m0;
}

/**
 * The median of the per-round values `pair(a[i], b[i])`, a miss on either side (a non-finite sample, or an
 * undefined pair) counting as infinitely slow: the statistic issue #25 judges timings on (each round's
 * difference or ratio, so a slow phase of the machine that hits both sides of a round cancels in it).
 */
function medianOfPairs(pair: (a: number, b: number) => number) {
  return ([a, b]: readonly (readonly number[])[]): number | null => {
    if (!a || !b || a.length === 0 || a.length !== b.length) return null;
    // A round that lost either side (its reference too) compares nothing: it counts against the budget.
    const v = a.map((x, i) => (Number.isFinite(x) && Number.isFinite(b[i]) ? pair(x, b[i]!) : Infinity)).map((x) => (Number.isNaN(x) ? Infinity : x)).sort((p, q) => p - q);
    const mid = v.length >> 1;
    if (v.length % 2) return v[mid]!;
    const [lo, hi] = [v[mid - 1]!, v[mid]!];
    return lo === Infinity || hi === Infinity ? Infinity : (lo + hi) / 2;
  };
}

/** median over rounds of (a[i] − b[i]): e.g. a build's script time minus ref-wxt's in the same round. */
export const medianOfDifferences = medianOfPairs((a, b) => a - b);

/** median over rounds of (a[i] ÷ b[i]): e.g. the popup's first item ÷ ref-wxt's in the same round. */
export const medianOfRatios = medianOfPairs((a, b) => (b === 0 ? NaN : a / b));
