import { describe, expect, test, vi } from 'vitest';
import { getStored } from '../../../src/reader/stored-english';

const records = { 't:2401.00001': { v: 1, en: {} }, 'p:2401.00001': { date: '2024-01-02' }, settings: { v: 2 } };
function storage(withKeys: boolean | 'throws') {
  const get = vi.fn(async (keys: string[]) => Object.fromEntries(keys.flatMap((k) => (k in records ? [[k, records[k as keyof typeof records]]] : []))));
  const getKeys = withKeys === 'throws' ? vi.fn(async () => Promise.reject(new Error('not supported'))) : vi.fn(async () => Object.keys(records));
  return { get, ...(withKeys ? { getKeys } : {}) };
}
const wanted = ['t:2401.00001', 't:2401.00002', 't:2401.00003'];

describe('reading the stored English of many papers', () => {
  test('where keys are listed, only the stored ones are asked for; none stored, nothing is read', async () => {
    const s = storage(true);
    expect(await getStored(s, wanted)).toEqual({ 't:2401.00001': records['t:2401.00001'] });
    expect(s.get).toHaveBeenCalledWith(['t:2401.00001']);
    expect(await getStored(s, ['t:2401.00002'])).toEqual({});
    expect(s.get).toHaveBeenCalledTimes(1);
  });

  test('without getKeys, or when it fails, every key is asked for', async () => {
    for (const s of [storage(false), storage('throws')]) {
      expect(await getStored(s, wanted)).toEqual({ 't:2401.00001': records['t:2401.00001'] });
      expect(s.get).toHaveBeenCalledWith(wanted);
    }
  });
});
