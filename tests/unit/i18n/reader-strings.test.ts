import { describe, expect, test, vi } from 'vitest';
import { formatDay, formatMonth, readerT, weekdayNames } from '../../../src/i18n/reader-strings';

test('counts of papers and results are grouped by thousands in both languages', () => {
  expect(readerT('ko').indexReady(5488, 357)).toBe('357일, 논문 5,488편에서 검색합니다.');
  expect(readerT('en').indexReady(5488, 357)).toBe('Searching 5,488 papers in 357 days.');
  expect(readerT('ko').showing(50, 1234)).toBe('결과 1,234건 중 50건 표시');
  expect(readerT('en').showing(50, 1234)).toBe('Showing 50 of 1,234');
});

describe('dates, written out as Intl.DateTimeFormat would (ko-KR, en-GB) without building one', () => {
  const intl = (locale: string, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
  const days = Array.from({ length: 2 * 366 }, (_, i) => new Date(Date.UTC(2023, 0, 1 + i)).toISOString().slice(0, 10));

  // First in the file: a format the module cached for an earlier test would hide a build.
  test('no Intl.DateTimeFormat is built: the first one costs the page the locale data', () => {
    const spy = vi.spyOn(Intl, 'DateTimeFormat');
    try {
      formatDay('2024-02-29', 'en');
      formatDay('2024-02-29', 'ko');
      formatMonth('2024-02', 'en');
      weekdayNames('ko');
      weekdayNames('en');
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });

  test('every day of two years, in both languages', () => {
    const koWeekday = intl('ko-KR', { weekday: 'short' });
    const en = intl('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
    for (const date of days) {
      const d = new Date(`${date}T00:00:00Z`);
      expect(formatDay(date, 'ko')).toBe(`${d.getUTCFullYear()}년 ${d.getUTCMonth() + 1}월 ${d.getUTCDate()}일 (${koWeekday.format(d)})`);
      expect(formatDay(date, 'en')).toBe(en.format(d).replace(/,/g, ''));
    }
    expect(formatDay('2023-11-23', 'ko')).toBe('2023년 11월 23일 (목)');
    expect(formatDay('2023-11-23', 'en')).toBe('Thu 23 Nov 2023');
  });

  test('months and weekday names', () => {
    const enMonth = intl('en-GB', { month: 'long', year: 'numeric' });
    for (let m = 1; m <= 12; m++) {
      const month = `2024-${String(m).padStart(2, '0')}`;
      expect(formatMonth(month, 'en')).toBe(enMonth.format(new Date(`${month}-01T00:00:00Z`)));
      expect(formatMonth(month, 'ko')).toBe(`2024년 ${m}월`);
    }
    const sundayFirst = Array.from({ length: 7 }, (_, i) => new Date(Date.UTC(2023, 0, 1 + i)));
    const names = (locale: string, weekday: 'narrow' | 'short' | 'long') => sundayFirst.map((d) => intl(locale, { weekday }).format(d));
    expect(weekdayNames('ko')).toEqual({ short: names('ko-KR', 'narrow'), long: names('ko-KR', 'long') });
    expect(weekdayNames('en')).toEqual({ short: names('en-GB', 'short'), long: names('en-GB', 'long') });
  });
});
