import { describe, expect, test } from 'vitest';
import { dayCount, groupByDay } from '../../../src/reader/group';
import { highlightParts } from '../../../src/reader/highlight';
import { nextInList } from '../../../src/reader/list-keys';
import { hasVotes, sortPapers } from '../../../src/reader/sort';

describe('sort a day', () => {
  const papers = [
    { id: 'a', votes: 3 },
    { id: 'b', votes: 10 },
    { id: 'c' },
    { id: 'd', votes: 10 },
    { id: 'e', votes: 0 },
  ];
  test('digest order is the given order (a copy)', () => {
    const out = sortPapers(papers, 'digest');
    expect(out.map((p) => p.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(out).not.toBe(papers);
  });
  test('by votes: most first, ties in digest order, no votes last', () => {
    expect(sortPapers(papers, 'votes').map((p) => p.id)).toEqual(['b', 'd', 'a', 'e', 'c']);
    expect(papers.map((p) => p.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
  test('a day of the era without votes: nothing moves, and the sort is not offered', () => {
    const early: { id: string; votes?: number }[] = [{ id: 'x' }, { id: 'y' }];
    expect(sortPapers(early, 'votes').map((p) => p.id)).toEqual(['x', 'y']);
    expect(hasVotes(early)).toBe(false);
    expect(hasVotes(papers)).toBe(true);
  });
});

describe('results by day', () => {
  const r = (date: string, id: string) => ({ date, id });
  test('runs of the same day in rank order: a day heading wherever the day changes', () => {
    const results = [r('2024-01-02', '1'), r('2024-01-02', '2'), r('2023-12-04', '3'), r('2024-01-02', '4')];
    expect(groupByDay(results)).toEqual([
      { date: '2024-01-02', start: 0, results: [results[0], results[1]] },
      { date: '2023-12-04', start: 2, results: [results[2]] },
      { date: '2024-01-02', start: 3, results: [results[3]] },
    ]);
    expect(dayCount(results)).toBe(2);
    expect(groupByDay([])).toEqual([]);
  });
});

describe('highlighted text', () => {
  test('cut at the ranges, marks in order', () => {
    expect(highlightParts('확산 모델을 학습', [[0, 2], [3, 5]])).toEqual([
      { text: '확산', mark: true },
      { text: ' ', mark: false },
      { text: '모델', mark: true },
      { text: '을 학습', mark: false },
    ]);
    expect(highlightParts('abc', [])).toEqual([{ text: 'abc', mark: false }]);
    expect(highlightParts('', [])).toEqual([{ text: '', mark: false }]);
  });
  test('ranges out of bounds, empty, unsorted or overlapping are clipped', () => {
    expect(highlightParts('abcdef', [[4, 99], [1, 3], [2, 5], [3, 3]])).toEqual([
      { text: 'a', mark: false },
      { text: 'bc', mark: true },
      { text: 'de', mark: true },
      { text: 'f', mark: true },
    ]);
  });
});

describe('arrow keys through the results', () => {
  test('down from the search box to the first, up from the first back to it, Home / End', () => {
    expect(nextInList(3, -1, 'ArrowDown')).toBe(0);
    expect(nextInList(3, 0, 'ArrowDown')).toBe(1);
    expect(nextInList(3, 2, 'ArrowDown')).toBe(2);
    expect(nextInList(3, 0, 'ArrowUp')).toBe('before');
    expect(nextInList(3, 2, 'ArrowUp')).toBe(1);
    expect(nextInList(3, 1, 'Home')).toBe(0);
    expect(nextInList(3, 1, 'End')).toBe(2);
    expect(nextInList(3, 1, 'Enter')).toBeUndefined();
    expect(nextInList(0, -1, 'ArrowDown')).toBeUndefined();
  });
});
