import { describe, expect, test } from 'vitest';
import { optionsT } from '../../../src/i18n/options-strings';
import { formatCount, hoursAndMinutes } from '../../../src/options/format';
import { readRunRecord } from '../../../src/options/translate-all';

describe('the translate-all record', () => {
  test('version 1 with a known state is read; damaged, unknown and newer records are not (the page then starts idle)', () => {
    expect(readRunRecord({ v: 1, state: 'running', at: 5 })).toEqual({ v: 1, state: 'running', at: 5 });
    expect(readRunRecord({ v: 1, state: 'paused', at: 5, extra: true })).toEqual({ v: 1, state: 'paused', at: 5 });
    for (const raw of [undefined, null, 'running', [], { v: 1, state: 'done', at: 5 }, { v: 1, state: 'running' }, { v: 2, state: 'running', at: 5 }, { state: 'paused', at: 5 }]) {
      expect(readRunRecord(raw), JSON.stringify(raw)).toBeUndefined();
    }
  });
});

describe('time left and counts', () => {
  test('rounded up to whole minutes, hours past 60, "less than a minute" below one', () => {
    expect(hoursAndMinutes(59_999)).toEqual([0, 0]);
    expect(hoursAndMinutes(60_000)).toEqual([0, 1]);
    expect(hoursAndMinutes(60_001)).toEqual([0, 2]);
    expect(hoursAndMinutes(3_600_000)).toEqual([1, 0]);
    expect(hoursAndMinutes(5_000_000)).toEqual([1, 24]);
    const en = optionsT('en');
    const ko = optionsT('ko');
    expect(en.timeLeft(0, 0)).toBe('less than a minute left');
    expect(en.timeLeft(1, 0)).toBe('about 1 h left');
    expect(en.timeLeft(1, 24)).toBe('about 1 h 24 min left');
    expect(ko.timeLeft(0, 7)).toBe('남은 시간 약 7분');
    expect(ko.timeLeft(2, 5)).toBe('남은 시간 약 2시간 5분');
    expect(formatCount(5488, 'en')).toBe('5,488');
    expect(formatCount(5488, 'ko')).toBe('5,488');
  });
});
