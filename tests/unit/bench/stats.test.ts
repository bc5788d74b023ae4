import { describe, expect, test } from 'vitest';
import { median, medianCountingMisses, quantileOfSorted, ratio, share, stats } from '../../../scripts/bench/stats';

describe('stats', () => {
  test('median, nearest-rank p95, mean, min and max of the finite values', () => {
    expect(stats([3, 1, 2, NaN, 4])).toEqual({ n: 4, median: 2.5, p95: 4, mean: 2.5, min: 1, max: 4 });
    expect(stats(Array.from({ length: 20 }, (_, i) => i + 1))?.p95).toBe(19);
    expect(stats([NaN])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([])).toBeNull();
  });

  test('a miss counts as infinitely slow, not as absent', () => {
    // Dropping the miss would give 150; counting it moves the median up to the slower half.
    expect(medianCountingMisses([100, 200, null])).toBe(200);
    expect(medianCountingMisses([100, null, 300, 200])).toBe(250);
    expect(medianCountingMisses([100, null, null, 200])).toBe(Infinity);
    expect(medianCountingMisses([NaN])).toBe(Infinity);
    expect(medianCountingMisses([])).toBeNull();
  });

  test('type-7 quantiles, also next to infinite values', () => {
    const v = [1, 2, 3, 4, 5];
    expect(quantileOfSorted(v, 0)).toBe(1);
    expect(quantileOfSorted(v, 0.5)).toBe(3);
    expect(quantileOfSorted(v, 0.975)).toBeCloseTo(4.9);
    expect(quantileOfSorted([1, Infinity, Infinity], 0.9)).toBe(Infinity);
    expect(() => quantileOfSorted([], 0.5)).toThrow();
  });

  test('share and ratio', () => {
    expect(share([1, 2, 3, 4], (x) => x > 1)).toBe(0.75);
    expect(share([], () => true)).toBeNull();
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(3, 0)).toBeNull();
    expect(ratio(null, 2)).toBeNull();
  });
});
