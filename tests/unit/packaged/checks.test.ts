import { describe, expect, test } from 'vitest';
import { checkDates, checkDay, checkShard } from '../../../src/packaged/checks';
import { compileSeed } from '../digest/seed';

const files = compileSeed().files;
const json = (p: string) => JSON.parse(files.get(p)!) as Record<string, unknown>;

describe('shape checks of the packaged files', () => {
  test('what the build writes passes', () => {
    expect(checkDates(json('dates.json')).ok).toBe(true);
    expect(checkDay(json('days/2023-11-23.json')).ok).toBe(true);
    expect(checkShard(json('index/2311.json')).ok).toBe(true);
  });

  test('damaged files are named by field', () => {
    const day = json('days/2023-11-23.json');
    const papers = day.papers as Record<string, unknown>[];
    expect(checkDay({ ...day, date: 'yesterday' })).toEqual({ ok: false, error: 'date: must be a date' });
    expect(checkDay({ ...day, papers: [] })).toEqual({ ok: false, error: 'papers: must be a non-empty list' });
    expect(checkDay({ ...day, papers: [{ ...papers[0], id: '../x' }] })).toEqual({ ok: false, error: 'papers.0.id: must be a bare arXiv ID' });
    expect(checkDay({ ...day, papers: [papers[0], { ...papers[1], summary: { ko: { bullets: 'x' } } }] })).toEqual({ ok: false, error: 'papers.1.summary.ko.bullets: must be a list of bullets' });
    expect(checkDay(null).ok).toBe(false);
    expect(checkDates({ dates: ['2023-11-23', '2023-11-22'] })).toEqual({ ok: false, error: 'dates.1: must be a date after the one before it' });
    expect(checkDates({})).toEqual({ ok: false, error: 'dates: must be a list' });
    expect(checkShard({ '2311.12983': '2023-11-23' })).toEqual({ ok: false, error: '2311.12983: must be a list of dates' });
    expect(checkShard([]).ok).toBe(false);
  });
});
