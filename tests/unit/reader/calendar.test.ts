import { describe, expect, test } from 'vitest';
import { addDaysTo, monthModel, moveInMonth, weekday } from '../../../src/reader/calendar';

// The archive's first days: 2023-11-20 … 23, then a gap to 2023-12-04; 2023-12-08 is a Friday.
const DATES = ['2023-11-20', '2023-11-21', '2023-11-22', '2023-11-23', '2023-12-04', '2023-12-05', '2023-12-06', '2023-12-07', '2023-12-08', '2023-12-11', '2024-02-01'];

describe('month model', () => {
  test('weeks from Sunday, blanks outside the month, digest days with their counts where known', () => {
    const m = monthModel('2023-11', DATES, new Map([['2023-11-23', 9], ['2023-11-20', 11]]));
    expect(m.month).toBe('2023-11');
    // 2023-11-01 is a Wednesday: three blanks before it; 30 days → 5 rows.
    expect(m.weeks).toHaveLength(5);
    expect(m.weeks.every((w) => w.length === 7)).toBe(true);
    expect(m.weeks[0]!.slice(0, 3)).toEqual([null, null, null]);
    expect(m.weeks[0]![3]).toEqual({ date: '2023-11-01', day: 1, hasDigest: false });
    const cells = m.weeks.flat().filter((c) => c?.hasDigest);
    expect(cells.map((c) => [c!.date, c!.count])).toEqual([
      ['2023-11-20', 11],
      ['2023-11-21', undefined],
      ['2023-11-22', undefined],
      ['2023-11-23', 9],
    ]);
    expect(m.weeks.at(-1)!.filter(Boolean).at(-1)!.date).toBe('2023-11-30');
  });

  test('previous / next month skip months without any digest, and stop at the ends', () => {
    expect(monthModel('2023-11', DATES, new Map())).toMatchObject({ next: '2023-12' });
    expect(monthModel('2023-11', DATES, new Map()).prev).toBeUndefined();
    expect(monthModel('2023-12', DATES, new Map())).toMatchObject({ prev: '2023-11', next: '2024-02' });
    expect(monthModel('2024-02', DATES, new Map())).toMatchObject({ prev: '2023-12' });
    expect(monthModel('2024-02', DATES, new Map()).next).toBeUndefined();
    // a month inside a gap still knows its neighbours
    expect(monthModel('2024-01', DATES, new Map())).toMatchObject({ prev: '2023-12', next: '2024-02' });
    // February of a leap year has 29 days
    expect(monthModel('2024-02', DATES, new Map()).weeks.flat().filter(Boolean)).toHaveLength(29);
  });

  test('date arithmetic in UTC', () => {
    expect(addDaysTo('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDaysTo('2024-03-01', -1)).toBe('2024-02-29');
    expect(weekday('2023-12-08')).toBe(5);
    expect(weekday('2023-12-11')).toBe(1);
  });
});

describe('keys in the month', () => {
  const dec = monthModel('2023-12', DATES, new Map());
  test('← / → go to the previous / next digest day, over the weekend', () => {
    expect(moveInMonth(dec, '2023-12-08', 'ArrowRight')).toBe('2023-12-11');
    expect(moveInMonth(dec, '2023-12-11', 'ArrowLeft')).toBe('2023-12-08');
    expect(moveInMonth(dec, '2023-12-04', 'ArrowLeft')).toBeUndefined();
    expect(moveInMonth(dec, '2023-12-11', 'ArrowRight')).toBeUndefined();
  });
  test('↑ / ↓ a week, to the nearest digest day of that week', () => {
    expect(moveInMonth(dec, '2023-12-04', 'ArrowDown')).toBe('2023-12-11');
    expect(moveInMonth(dec, '2023-12-08', 'ArrowDown')).toBe('2023-12-11');
    expect(moveInMonth(dec, '2023-12-11', 'ArrowUp')).toBe('2023-12-04');
    expect(moveInMonth(dec, '2023-12-04', 'ArrowUp')).toBeUndefined();
    expect(moveInMonth(dec, '2023-12-11', 'ArrowDown')).toBeUndefined();
  });
  test('Home / End: first and last digest day of the month', () => {
    expect(moveInMonth(dec, '2023-12-06', 'Home')).toBe('2023-12-04');
    expect(moveInMonth(dec, '2023-12-06', 'End')).toBe('2023-12-11');
  });
});
