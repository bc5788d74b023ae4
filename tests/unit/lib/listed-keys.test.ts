import { describe, expect, test, vi } from 'vitest';
import { getListed } from '../../../src/lib/listed-keys';

const area = (stored: Record<string, unknown>, getKeys?: () => Promise<string[]>) => ({
  get: vi.fn(async (keys: string[]) => Object.fromEntries(keys.filter((k) => k in stored).map((k) => [k, stored[k]]))),
  ...(getKeys ? { getKeys } : {}),
});

describe('getListed', () => {
  test('reads only the listed keys that are wanted', async () => {
    const s = area({ 't:1': 1, 't:2': 2, lookup: 'big' }, async () => ['t:1', 't:2', 'lookup']);
    expect(await getListed(s, (k) => k.startsWith('t:'))).toEqual({ 't:1': 1, 't:2': 2 });
    expect(s.get).toHaveBeenCalledWith(['t:1', 't:2']);
  });

  test('none of them stored: no read at all', async () => {
    const s = area({ lookup: 'big' }, async () => ['lookup']);
    expect(await getListed(s, (k) => k.startsWith('t:'))).toEqual({});
    expect(s.get).not.toHaveBeenCalled();
  });

  test('a browser that cannot list its keys, or fails to: undefined, for the caller to read its own way', async () => {
    expect(await getListed(area({ 't:1': 1 }), () => true)).toBeUndefined();
    expect(await getListed(area({ 't:1': 1 }, () => Promise.reject(new Error('no'))), () => true)).toBeUndefined();
  });
});
