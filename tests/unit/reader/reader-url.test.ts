import { describe, expect, test } from 'vitest';
import { MAX_QUERY_LENGTH, parseReaderUrl, readerQuery, readerUrl, sameReaderState } from '../../../src/pages/reader-url';

describe('reader URL state', () => {
  test('reads date, query, sort and the paper in the fragment', () => {
    expect(parseReaderUrl('?date=2023-11-23&q=%ED%99%95%EC%82%B0+%EB%AA%A8%EB%8D%B8&sort=votes', '#2311.12983')).toEqual({
      date: '2023-11-23',
      q: '확산 모델',
      sort: 'votes',
      id: '2311.12983',
    });
    expect(parseReaderUrl('', '')).toEqual({});
    expect(parseReaderUrl('?date=2023-11-23', '#hep-th/9901001')).toEqual({ date: '2023-11-23', id: 'hep-th/9901001' });
  });

  test('malformed parts are left out, not guessed', () => {
    expect(parseReaderUrl('?date=2023-02-30', '')).toEqual({});
    expect(parseReaderUrl('?date=23-11-23&sort=random&q=%20%20', '#')).toEqual({});
    expect(parseReaderUrl('', '#two words')).toEqual({});
    expect(parseReaderUrl('', `#${'x'.repeat(65)}`)).toEqual({});
    expect(parseReaderUrl('', '#%E0%A4%A')).toEqual({ id: '%E0%A4%A' });
    expect(parseReaderUrl(`?q=${'가'.repeat(300)}`, '').q).toHaveLength(MAX_QUERY_LENGTH);
  });

  test('writes only what is set, in a stable order, and reads back the same', () => {
    expect(readerUrl()).toBe('reader.html');
    expect(readerUrl({ date: '2023-11-23' })).toBe('reader.html?date=2023-11-23');
    expect(readerUrl({ id: '2311.12983', sort: 'votes', date: '2023-11-23' })).toBe('reader.html?date=2023-11-23&sort=votes#2311.12983');
    expect(readerQuery({ q: '   ', sort: 'digest' })).toBe('');
    const states = [{ date: '2024-02-29', q: 'LoRA를 & 확산 #1?', sort: 'votes' as const, id: 'math.GT/0309136' }, { q: '100% “quoted”' }, {}];
    for (const state of states) {
      const url = new URL(readerUrl(state), 'chrome-extension://x/');
      expect(parseReaderUrl(url.search, url.hash)).toEqual(state);
    }
  });

  test('two states are the same when their URLs are', () => {
    expect(sameReaderState({ date: '2023-11-23', sort: 'digest' }, { date: '2023-11-23' })).toBe(true);
    expect(sameReaderState({ date: '2023-11-23', q: ' ' }, { date: '2023-11-23' })).toBe(true);
    expect(sameReaderState({ date: '2023-11-23' }, { date: '2023-11-23', id: '2311.12983' })).toBe(false);
  });
});
