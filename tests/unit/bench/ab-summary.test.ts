import { describe, expect, test } from 'vitest';
import { abSummary, rotated } from '../../../scripts/bench/ab-summary';

describe('rotated', () => {
  test('every item takes every place, one step per round', () => {
    expect(rotated(['a', 'b', 'c'], 0)).toEqual(['a', 'b', 'c']);
    expect(rotated(['a', 'b', 'c'], 1)).toEqual(['b', 'c', 'a']);
    expect(rotated(['a', 'b', 'c'], 2)).toEqual(['c', 'a', 'b']);
    expect(rotated(['a', 'b', 'c'], 3)).toEqual(['a', 'b', 'c']);
    expect(rotated([], 5)).toEqual([]);
  });
});

describe('abSummary', () => {
  const rounds = 20;
  const series = new Map([
    ['A', { script: Array.from({ length: rounds }, (_, i) => 30 + (i % 5)), popup: Array.from({ length: rounds }, (_, i) => 200 + (i % 7)) }],
    ['B', { script: Array.from({ length: rounds }, (_, i) => 20 + (i % 5)), popup: Array.from({ length: rounds }, (_, i) => (i === 3 ? null : 180 + (i % 7))) }],
  ]);

  test('the first build is the baseline: medians only, no difference', () => {
    const [a] = abSummary(series);
    expect(a).toMatchObject({ name: 'A', scriptMedian: 32, popupMedian: 203, popupMissed: 0, scriptMinusFirst: null, popupMinusFirst: null });
  });

  test('the others: paired median differences with an interval around them', () => {
    const [, b] = abSummary(series);
    expect(b!.scriptMinusFirst!.estimate).toBe(-10);
    expect(b!.scriptMinusFirst!.lower).toBeLessThanOrEqual(-10);
    expect(b!.scriptMinusFirst!.upper).toBeGreaterThanOrEqual(-10);
    expect(b!.scriptMinusFirst!.n).toBe(rounds);
    expect(b!.popupMinusFirst!.upper).toBeLessThan(0);
  });

  test('a popup that never showed its item counts as the slowest sample, and is counted', () => {
    const [, b] = abSummary(series);
    expect(b!.popupMissed).toBe(1);
    const allMissed = abSummary(new Map([...series, ['C', { script: series.get('A')!.script, popup: Array<number | null>(rounds).fill(null) }]]));
    expect(allMissed[2]!.popupMedian).toBe(Infinity);
    expect(allMissed[2]!.popupMinusFirst).toBeNull();
  });
});
