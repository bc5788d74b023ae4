/**
 * The reader's search covers the English that exists: English landing in storage (from any surface) re-indexes
 * exactly the days it belongs to, gathered for a moment, and a search in English then finds it.
 */
import { describe, expect, test, vi } from 'vitest';
import { watchLandedEnglish } from '../../../src/reader/english-updates';
import { createIndexFeeder } from '../../../src/reader/index-feeder';
import { createSearchClient, inPageWorker } from '../../../src/reader/search-client';
import { landedDates, withEnglish, type DeviceEnglish } from '../../../src/translate/record';
import { day } from '../search/test-days';

const en = (text: string, date: string, at = 1): DeviceEnglish => ({ bullets: [[text]], at, date });

describe('landedDates', () => {
  test('the dates of English that is new or newer, none for what was there already or cannot be read', () => {
    const one = withEnglish(undefined, 'h1', en('One.', '2024-01-02'));
    expect(landedDates(undefined, one)).toEqual(['2024-01-02']);
    expect(landedDates(one, one)).toEqual([]);
    const two = withEnglish(one, 'h2', en('Two.', '2024-01-03', 2));
    expect(landedDates(one, two)).toEqual(['2024-01-03']);
    expect(landedDates(one, undefined)).toEqual([]);
    expect(landedDates(undefined, { v: 9, en: {} })).toEqual([]);
    expect(landedDates(undefined, 'damaged')).toEqual([]);
  });
});

describe('watchLandedEnglish', () => {
  test('English landing paper by paper re-indexes its days once per pause; other keys and areas are ignored', () => {
    vi.useFakeTimers();
    try {
      const listeners: ((changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void)[] = [];
      const events = { addListener: (l: (typeof listeners)[number]) => void listeners.push(l), removeListener: vi.fn() };
      const refresh = vi.fn();
      const stop = watchLandedEnglish(events, refresh, 1000);
      const fire = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area = 'local') => listeners.forEach((l) => l(changes, area));
      fire({ 't:2401.00001': { newValue: withEnglish(undefined, 'h1', en('A.', '2024-01-02')) } });
      vi.advanceTimersByTime(500);
      fire({ 't:2401.00002': { newValue: withEnglish(undefined, 'h2', en('B.', '2024-01-03')) } });
      fire({ settings: { newValue: { v: 2, lang: 'en' } } });
      fire({ 't:2401.00003': { newValue: withEnglish(undefined, 'h3', en('C.', '2024-01-04')) } }, 'sync');
      expect(refresh).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1000);
      expect(refresh.mock.calls).toEqual([[['2024-01-02', '2024-01-03']]]);
      stop();
      expect(events.removeListener).toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });
});

test('the index feeder reads again only the indexed days it is told of, and the search finds their English', async () => {
  const days = new Map([
    ['2024-01-02', day('2024-01-02', [{ id: '2401.00001', title: 'One', ko: ['확산 모델을 정렬합니다.'] }])],
    ['2024-01-03', day('2024-01-03', [{ id: '2401.00002', title: 'Two', ko: ['언어 모델의 추론'] }])],
  ]);
  const asked: string[][] = [];
  const client = createSearchClient(inPageWorker());
  const feeder = createIndexFeeder({
    client,
    dates: async () => [...days.keys()],
    daysJson: async (dates) => {
      asked.push(dates);
      return JSON.stringify(dates.map((d) => days.get(d)));
    },
  });
  await feeder.start();
  const search = async (q: string) => (await client.search(q, { limit: 10, lang: 'en' })).response.results.map((r) => r.id);
  expect(await search('alignment')).toEqual([]);
  // The background's `days` now writes the English made on the device into the day.
  days.set('2024-01-02', day('2024-01-02', [{ id: '2401.00001', title: 'One', ko: ['확산 모델을 정렬합니다.'], en: ['Aligns diffusion models (alignment).'] }]));
  asked.length = 0;
  await feeder.refresh(['2024-01-02', '2099-01-01']);
  expect(asked).toEqual([['2024-01-02']]);
  expect(await search('alignment')).toEqual(['2401.00001']);
});
