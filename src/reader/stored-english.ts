/**
 * The reader's read of the English stored on this device for the shipped index's papers: thousands of
 * `t:<ID>` keys, nearly all absent. Firefox (ESR 153 here) took ~2 s to answer one `storage.local.get` of the
 * real archive's ~5,400 such keys, most of the reader's wait for search; so where the browser lists its keys
 * (`getKeys`), only the keys that are stored are asked for.
 */
export interface KeyedStorage {
  get(keys: string[]): Promise<Record<string, unknown>>;
  getKeys?(): Promise<string[]>;
}

export async function getStored(storage: KeyedStorage, keys: readonly string[]): Promise<Record<string, unknown>> {
  let listed: string[] | undefined;
  try {
    listed = await storage.getKeys?.();
  } catch {
    // Not there (an older browser): every key is asked for.
  }
  if (!listed) return keys.length ? storage.get([...keys]) : {};
  const wanted = new Set(keys);
  const present = listed.filter((k) => wanted.has(k));
  return present.length ? storage.get(present) : {};
}
