/**
 * The reader's read of the English stored on this device for the shipped index's papers: thousands of
 * `t:<ID>` keys, nearly all absent. Firefox (ESR 153 here) took ~2 s to answer one `storage.local.get` of the
 * real archive's ~5,400 such keys, most of the reader's wait for search; so where the browser lists its keys
 * (`getKeys`), only the keys that are stored are asked for.
 */
import { getListed, type ListingStorage } from '../lib/listed-keys';

export type KeyedStorage = ListingStorage;

export async function getStored(storage: KeyedStorage, keys: readonly string[]): Promise<Record<string, unknown>> {
  const wanted = new Set(keys);
  // Where the keys cannot be listed, every key is asked for.
  return (await getListed(storage, (k) => wanted.has(k))) ?? (keys.length ? storage.get([...keys]) : {});
}
