import { describe, expect, test } from 'vitest';
import type { SearchAnswer } from '../../../src/reader/search-client';
import { statsSink, type ReaderStats } from '../../../src/reader/stats';

const answer = (query: string, total: number): SearchAnswer => ({
  query,
  lang: 'ko',
  limit: 50,
  response: { total, terms: query.split(' '), results: [] },
  engineMs: 1.5,
  roundTripMs: 4,
});

function sink() {
  let t = 0;
  const marks: { name: string; detail: unknown }[] = [];
  const perf = { now: () => (t += 10), mark: (name: string, o?: { detail?: unknown }) => void marks.push({ name, detail: o?.detail }) as never };
  const target: { __readerStats?: ReaderStats } = {};
  return { s: statsSink(perf, target), target, marks };
}

describe('what the reader measures about itself (it ships: figures only)', () => {
  test('a search leaves its figures and a count, never its text', () => {
    const { s, target } = sink();
    s.query(answer('확산 모델', 120));
    s.query(answer('비밀 연구 주제 diffusion', 3));
    expect(target.__readerStats).toBe(s.stats);
    expect(s.stats.answered).toBe(2);
    expect(s.stats.queries).toEqual([
      { total: 120, shown: 0, engineMs: 1.5, roundTripMs: 4 },
      { total: 3, shown: 0, engineMs: 1.5, roundTripMs: 4 },
    ]);
    expect(JSON.stringify(s.stats)).not.toMatch(/확산|모델|비밀|diffusion/);
  });

  test('days shown leave their timings, not their dates; the first paint is marked once', () => {
    const { s, marks } = sink();
    s.dayPainted(5);
    s.dayPainted(15);
    expect(s.stats.dayPaintedMs).toBe(10);
    expect(s.stats.dayMs).toEqual([5, 5]);
    expect(marks).toEqual([{ name: 'reader:day-painted', detail: undefined }]);
  });

  test('a long session keeps the last 50 figures, and still counts every answer', () => {
    const { s } = sink();
    for (let i = 0; i < 120; i++) {
      s.query(answer(`q${i}`, i));
      s.dayPainted(0);
    }
    expect(s.stats.answered).toBe(120);
    expect(s.stats.queries).toHaveLength(50);
    expect(s.stats.queries[0]!.total).toBe(70);
    expect(s.stats.dayMs).toHaveLength(50);
  });
});
