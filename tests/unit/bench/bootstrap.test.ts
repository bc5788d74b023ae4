import { describe, expect, test } from 'vitest';
import { differenceOfMedians, differenceOfRatios, pairedBootstrap } from '../../../scripts/bench/bootstrap';
import { createRng } from '../../../scripts/bench/prng';

/** n noisy samples around `center`, from a seeded stream. */
function noisy(seed: number, n: number, center: number, spread: number): number[] {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => center + (rng.next() - 0.5) * 2 * spread);
}

describe('paired bootstrap', () => {
  test('is deterministic for a seed, and the seed matters', () => {
    const a = noisy(1, 30, 110, 10);
    const b = noisy(2, 30, 100, 10);
    const one = pairedBootstrap([a, b], differenceOfMedians, { seed: 'x' });
    expect(pairedBootstrap([a, b], differenceOfMedians, { seed: 'x' })).toEqual(one);
    expect(pairedBootstrap([a, b], differenceOfMedians, { seed: 'y' })).not.toEqual(one);
    expect(one).toMatchObject({ n: 30, level: 0.95, resamples: 2000 });
    expect(one!.lower).toBeLessThanOrEqual(one!.estimate);
    expect(one!.upper).toBeGreaterThanOrEqual(one!.estimate);
  });

  test('the interval covers the true difference and excludes zero when the difference is clear', () => {
    const ci = pairedBootstrap([noisy(3, 50, 110, 5), noisy(4, 50, 100, 5)], differenceOfMedians, { seed: 'clear' })!;
    expect(ci.lower).toBeGreaterThan(5);
    expect(ci.upper).toBeLessThan(15);
  });

  test('pairing: a drift shared by both series in each round does not widen the interval', () => {
    const drift = noisy(5, 40, 0, 200);
    const a = drift.map((x, i) => 300 + x + (i % 3));
    const b = drift.map((x, i) => 290 + x + ((i + 1) % 3));
    const ci = pairedBootstrap([a, b], ([x, y]) => median(x!.map((v, i) => v - y![i]!)), { seed: 'pair' })!;
    expect(ci.upper - ci.lower).toBeLessThan(5);
  });

  test('difference of load ratios against a shared baseline', () => {
    expect(differenceOfRatios([[110, 112, 111], [105, 104, 106], [100, 100, 100]])).toBeCloseTo(0.06);
    expect(differenceOfRatios([[1], [1], [0]])).toBeNull();
  });

  test('fewer than two rounds, unequal series, or no estimate', () => {
    expect(pairedBootstrap([[1], [2]], differenceOfMedians, { seed: 's' })).toBeNull();
    expect(pairedBootstrap([[NaN, NaN], [1, 2]], differenceOfMedians, { seed: 's' })).toBeNull();
    expect(() => pairedBootstrap([[1, 2], [1]], differenceOfMedians, { seed: 's' })).toThrow(/different lengths/);
  });
});

function median(v: number[]): number {
  const s = [...v].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
