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
  const mid = v.length >> 1;
  const median = v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
  return {
    n: v.length,
    median,
    p95: v[Math.max(0, Math.ceil(0.95 * v.length) - 1)]!,
    mean: v.reduce((a, b) => a + b, 0) / v.length,
    min: v[0]!,
    max: v.at(-1)!,
  };
}

export function ratio(a: number | undefined, b: number | undefined): number | null {
  return a === undefined || b === undefined || b === 0 ? null : a / b;
}

/** Rounds for JSON output (sub-0.1 ms digits are noise). */
export function round(x: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

export function roundStats(s: Stats | null, digits = 1): Stats | null {
  if (!s) return null;
  return { n: s.n, median: round(s.median, digits), p95: round(s.p95, digits), mean: round(s.mean, digits), min: round(s.min, digits), max: round(s.max, digits) };
}
