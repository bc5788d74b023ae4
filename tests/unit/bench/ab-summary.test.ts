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

  test('with cold popups: their median, against the first build, and stopped − running within each build', () => {
    const cold = (base: number) => Array.from({ length: rounds }, (_, i) => base + (i % 7));
    const rows = abSummary(
      new Map([
        ['A', { ...series.get('A')!, coldPopup: cold(300) }],
        ['B', { ...series.get('B')!, coldPopup: cold(190) }],
      ]),
    );
    expect(rows[0]!.cold).toMatchObject({ median: 303, missed: 0, minusFirst: null });
    expect(rows[0]!.cold!.minusWarm!.estimate).toBe(100);
    expect(rows[1]!.cold!.minusFirst!.estimate).toBe(-110);
    expect(rows[1]!.cold!.minusWarm!.estimate).toBe(10);
    expect(abSummary(series)[0]!.cold).toBeUndefined();
  });
});
