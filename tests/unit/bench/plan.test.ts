import { describe, expect, test } from 'vitest';
import { dirtyPaths } from '../../../scripts/bench/git-info';
import { verdict } from '../../../scripts/bench/report';
import { coldSchedule } from '../../../scripts/bench/schedule';
import type { Budget } from '../../../scripts/bench/budgets';

describe('cold schedule', () => {
  test('passes spread evenly over the rounds, the last after the last round', () => {
    expect(coldSchedule(50, 10)).toEqual([5, 10, 15, 20, 25, 30, 35, 40, 45, 50]);
    expect(coldSchedule(10, 3)).toEqual([3, 7, 10]);
    // More passes than rounds: several after one round, none before the first.
    expect(coldSchedule(2, 5)).toEqual([1, 1, 1, 2, 2]);
    expect(coldSchedule(10, 3)).toHaveLength(3);
  });
});

describe('git status', () => {
  test('changed, untracked and renamed paths, without the results file', () => {
    const porcelain = [' M src/panel/start.ts', '?? scripts/bench/new.ts', 'R  old.ts -> new.ts', ' M bench/results.json', ''].join('\n');
    expect(dirtyPaths(porcelain, ['bench/results.json'])).toEqual(['src/panel/start.ts', 'scripts/bench/new.ts', 'new.ts']);
    expect(dirtyPaths('')).toEqual([]);
  });
});

describe('table verdicts', () => {
  const b = (at: string, pass: boolean): Budget => ({ id: 'x', label: 'x', at, limit: 0.9, op: '>=', unit: 'share', value: 1, judged: 1, pass });
  test('names the datasets that failed', () => {
    expect(verdict([b('9', true), b('real', false)], 'x')).toEqual(['≥ 90 % @9,real', 'FAIL real']);
    expect(verdict([b('9', false), b('1k', true), b('20k', true), b('real', false)], 'x')).toEqual(['≥ 90 % each', 'FAIL 9,real']);
    expect(verdict([b('all', true)], 'x')).toEqual(['≥ 90 %', 'PASS']);
    expect(verdict([], 'x')).toEqual(['', '']);
  });
});
