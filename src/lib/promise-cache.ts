/**
 * Promises by key, for data that does not change while an extension version runs. A failed promise is
 * forgotten, so a retry asks again; past `max` entries the least recently used one is dropped.
 */
export function promiseCache(max = Infinity): <T>(key: string, make: () => Promise<T>) => Promise<T> {
  const cache = new Map<string, Promise<unknown>>();
  return <T>(key: string, make: () => Promise<T>): Promise<T> => {
    const hit = cache.get(key) as Promise<T> | undefined;
    if (hit) {
      // A hit moves the entry to the end (most recently used).
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    const p = make();
    p.catch(() => cache.get(key) === p && cache.delete(key));
    cache.set(key, p);
    if (cache.size > max) cache.delete(cache.keys().next().value!);
    return p;
  };
}
