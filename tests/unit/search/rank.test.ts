import { describe, expect, it } from 'vitest';
import { rankOrder, recency, scoreOf, type Evidence } from '../../../src/search/rank';

const none: Evidence = { idExact: false, titleTerms: 0, authorTerms: 0, summaryTf: 0 };

describe('scoreOf', () => {
  it('weighs each rule above everything the later rules can add', () => {
    const most = { titleTerms: 99, authorTerms: 99, summaryTf: 99 };
    expect(scoreOf({ ...none, idExact: true })).toBeGreaterThan(scoreOf({ ...none, ...most }));
    expect(scoreOf({ ...none, titleTerms: 1 })).toBeGreaterThan(scoreOf({ ...none, authorTerms: 99, summaryTf: 99 }));
    expect(scoreOf({ ...none, authorTerms: 1 })).toBeGreaterThan(scoreOf({ ...none, summaryTf: 99 }));
    expect(scoreOf({ ...none, summaryTf: 2 })).toBeGreaterThan(scoreOf({ ...none, summaryTf: 1 }));
  });

  it('caps counts so one rule never spills into the next', () => {
    expect(scoreOf({ ...none, summaryTf: 500 })).toBeLessThan(scoreOf({ ...none, authorTerms: 1 }));
  });
});

describe('rankOrder', () => {
  it('orders by score, then newer date, then digest order', () => {
    const items = [
      { score: 1, date: '2024-01-02', order: 1 },
      { score: 2, date: '2024-01-01', order: 0 },
      { score: 1, date: '2024-01-02', order: 0 },
      { score: 1, date: '2024-01-03', order: 5 },
      { score: 1, date: '2023-12-31', order: 0 },
    ];
    const order = rankOrder(
      items.map((x) => x.score),
      items.map((x) => recency(x.date, x.order)),
    );
    expect([0, 1, 2, 3, 4].sort(order)).toEqual([1, 3, 2, 0, 4]);
  });
});
