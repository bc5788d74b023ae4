import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { topK } from '../../../src/search/top-k';

describe('topK', () => {
  it('gives the same as sorting everything and taking the first k', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: 0, max: 20 }), (xs, k) => {
        const byValue = (a: number, b: number) => a - b;
        expect(topK(xs, k, byValue)).toEqual([...xs].sort(byValue).slice(0, k));
      }),
    );
  });
});
