/**
 * Storage that fails the way browsers' `storage.local` does, for the fault tests: a quota that refuses a
 * write as a whole (Chromium 156 without `unlimitedStorage`: "Resource::kQuotaBytes quota exceeded", nothing
 * of the write stored), and a storage whose writes fail (unavailable, a disk error). Both wrap a
 * `fakeBrowser.storage.local` in place with spies, so code that holds the area sees the faults.
 */
import { vi } from 'vitest';
import type { fakeBrowser } from 'wxt/testing/fake-browser';

type Area = typeof fakeBrowser.storage.local;

/** Chromium's message for a write over the quota. */
export const QUOTA_ERROR = 'Resource::kQuotaBytes quota exceeded';

const encoder = new TextEncoder();
/** What Chromium counts for an item against the quota: its key and its JSON, in bytes. */
const itemBytes = (key: string, value: unknown) => encoder.encode(key).length + encoder.encode(JSON.stringify(value)).length;

/** Bytes the area holds, counted like Chromium's `getBytesInUse(null)`. */
export async function bytesInUse(area: Area): Promise<number> {
  const all = await area.get(null);
  return Object.entries(all).reduce((n, [k, v]) => n + itemBytes(k, v), 0);
}

/** From now on a write that would take the area over `quotaBytes` is refused whole; removals always work. */
export function limitStorage(area: Area, quotaBytes: number) {
  const set = area.set.bind(area);
  return vi.spyOn(area, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    const all = await area.get(null);
    const after = { ...all, ...items };
    const total = Object.entries(after).reduce((n, [k, v]) => n + itemBytes(k, v), 0);
    if (total > quotaBytes) throw new Error(QUOTA_ERROR);
    await set(items);
  });
}

/** From the `after`-th write on (0: the next one), every write fails with `message` and stores nothing. */
export function failStorageWrites(area: Area, { message = 'storage unavailable', after = 0 }: { message?: string; after?: number } = {}) {
  const set = area.set.bind(area);
  let left = after;
  return vi.spyOn(area, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    if (left-- > 0) return set(items);
    throw new Error(message);
  });
}
