/** Summary statistics. Medians rather than means: page loads have a long tail (GC, other processes). */
export interface Stats {
  n: number;
  median: number;
  /** Nearest-rank 95th percentile. */
  p95: number;
  mean: number;
  min: number;
  max: number;
}

export function stats(values: readonly number[]): Stats | null {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  return {
    n: v.length,
    median: medianOfSorted(v),
    p95: v[Math.max(0, Math.ceil(0.95 * v.length) - 1)]!,
    mean: v.reduce((a, b) => a + b, 0) / v.length,
    min: v[0]!,
    max: v.at(-1)!,
  };
}

function medianOfSorted(v: readonly number[]): number {
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
}

/**
 * Median in which a missing sample (null, NaN) counts as infinitely slow, not as absent: a panel that
 * never appeared must make the figure worse, not leave it out. Infinity when half or more are missing;
 * null for no samples at all.
 */
export function medianCountingMisses(values: readonly (number | null)[]): number | null {
  if (values.length === 0) return null;
  const v = values.map((x) => (x === null || Number.isNaN(x) ? Infinity : x)).sort((a, b) => a - b);
  const mid = v.length >> 1;
  if (v.length % 2) return v[mid]!;
  const [a, b] = [v[mid - 1]!, v[mid]!];
  return a === Infinity || b === Infinity ? Infinity : (a + b) / 2;
}

/** Plain median of the finite values; null when there are none. */
export function median(values: readonly number[]): number | null {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return v.length ? medianOfSorted(v) : null;
}

/** Quantile of sorted values by linear interpolation between closest ranks (R's type 7). */
export function quantileOfSorted(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) throw new Error('quantile of no values');
  if (!(q >= 0 && q <= 1)) throw new Error(`quantile ${q} outside [0, 1]`);
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  const a = sorted[lo]!;
  const b = sorted[hi]!;
  // Avoid Infinity − Infinity = NaN when both neighbours are infinite.
  return lo === hi || a === b ? a : a + (h - lo) * (b - a);
}

/** Share (0–1) of items that pass; null for an empty list. */
export function share<T>(items: readonly T[], ok: (x: T) => boolean): number | null {
  return items.length ? items.filter(ok).length / items.length : null;
}

export function ratio(a: number | null | undefined, b: number | null | undefined): number | null {
  return a === null || a === undefined || b === null || b === undefined || b === 0 ? null : a / b;
}

/** Rounds for JSON output (sub-0.1 ms digits are noise). */
export function round(x: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Rounds a figure that may be missing or infinite (JSON has no Infinity: it becomes null). */
export function roundOrNull(x: number | null | undefined, digits = 1): number | null {
  return x === null || x === undefined || !Number.isFinite(x) ? null : round(x, digits);
}

export function roundStats(s: Stats | null, digits = 1): Stats | null {
  if (!s) return null;
  return { n: s.n, median: round(s.median, digits), p95: round(s.p95, digits), mean: round(s.mean, digits), min: round(s.min, digits), max: round(s.max, digits) };
}
