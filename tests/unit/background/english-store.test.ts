/**
 * How much English is kept, and Clear, read only the English records where the browser lists its keys:
 * reading everything also reads the lookup table (~10 MB with the real archive).
 */
import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearEnglish, englishUsage } from '../../../src/background/english-store';

const area = fakeBrowser.storage.local;
const record = (hash: string) => ({ v: 1, en: { [hash]: { bullets: [['w2 w3.']], at: 1 } } });

beforeEach(async () => {
  fakeBrowser.reset();
  await area.set({ 't:2311.12983': record('a'), 't:2311.13600': record('b'), 'p:2311.12983': { date: '2023-11-23', paper: {} }, lookup: { v: 2 }, 't:9999.00001': { v: 9 } });
});

/** The same area, with the key listing browsers have (fakeBrowser's throws). */
function listing() {
  const get = vi.spyOn(area, 'get');
  const storage = Object.assign(Object.create(area) as typeof area, { getKeys: async () => Object.keys(await area.get(null)) });
  get.mockClear();
  return { storage, get };
}

test('with a key listing, usage reads only the English records, and answers as reading everything does', async () => {
  const everything = await englishUsage(area);
  const { storage, get } = listing();
  expect(await englishUsage(storage)).toEqual(everything);
  expect(everything.papers).toBe(2);
  // the listing's own read aside (the fake lists keys by reading), nothing but t: keys was asked for
  const asked = get.mock.calls.map((c) => c[0]).filter((k) => k !== null);
  expect(asked).toEqual([['t:2311.12983', 't:2311.13600', 't:9999.00001']]);
});

test('with a key listing, Clear removes our English records only (a newer version’s is kept), nothing else', async () => {
  const { storage } = listing();
  expect(await clearEnglish(storage)).toBe(2);
  expect(Object.keys(await area.get(null)).sort()).toEqual(['lookup', 'p:2311.12983', 't:9999.00001']);
});
