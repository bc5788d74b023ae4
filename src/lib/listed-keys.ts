/**
 * Reading only the keys that are stored, where the browser lists them (`storage.local.getKeys`, Chromium
 * 156 and Firefox ESR 153 here): asking for thousands of absent keys, or for everything to find a few,
 * costs seconds where the lookup table (~10 MB) or ~5,400 `t:<ID>` keys are involved.
 */
export interface ListingStorage {
  get(keys: string[]): Promise<Record<string, unknown>>;
  getKeys?(): Promise<string[]>;
}

/**
 * The stored values of the listed keys that `wanted` accepts; undefined where the browser cannot list its
 * keys (an older browser, a test's fake), for the caller's own way of reading them.
 */
export async function getListed(storage: ListingStorage, wanted: (key: string) => boolean): Promise<Record<string, unknown> | undefined> {
  let listed: string[] | undefined;
  try {
    listed = await storage.getKeys?.();
  } catch {
    return undefined;
  }
  if (!listed) return undefined;
  const present = listed.filter(wanted);
  return present.length ? storage.get(present) : {};
}
