/**
 * Reads the generated dataset one small file at a time: an ID costs one index shard and one day file,
 * whatever the size of the archive. Each file's shape is checked (checks.ts), so a damaged file
 * gives a clear error instead of a half-rendered panel. The files last read are kept parsed (data is immutable
 * for the lifetime of an extension version).
 */
import { parseArxivId } from '../arxiv/id';
import { dataPaths, shardOf } from '../digest/shard';
import { promiseCache } from '../lib/promise-cache';
import { withPaperReads } from '../model/paper-hit';
import type { Repository } from '../model/repository';
import { checkDates, checkDay, checkShard, type Check } from './checks';

export type JsonLoader = (path: string) => Promise<unknown>;

export class DataError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
    this.name = 'DataError';
  }
}

/**
 * Files kept parsed in memory. The background lives for the whole session in Firefox and for minutes in
 * Chrome, and the popup's date input can walk through thousands of days: without a bound its heap would
 * grow with the archive. 64 day files are a few MB.
 */
export const CACHED_FILES = 64;

export function createRepository(load: JsonLoader, maxFiles = CACHED_FILES): Repository {
  const cached = promiseCache(maxFiles);

  function read<T>(path: string, check: Check<T>, optional: boolean): Promise<T | undefined> {
    return cached(path, () =>
      load(path).then((json) => {
        if (json === undefined) {
          if (optional) return undefined;
          throw new DataError(path, 'missing');
        }
        const r = check(json);
        if (!r.ok) throw new DataError(path, r.error);
        return r.value;
      }),
    );
  }

  return withPaperReads({
    async dates() {
      return (await read(dataPaths.dates, checkDates, false))!.dates;
    },
    async day(date) {
      return read(dataPaths.day(date), checkDay, true);
    },
    async datesOf(id) {
      const ref = parseArxivId(id);
      const shard = ref && shardOf(ref.id);
      if (!shard) return [];
      const index = await read(dataPaths.shard(shard), checkShard, true);
      return [...(index?.[ref.id] ?? [])];
    },
  });
}

/** Loader for the extension's own packaged files (the background and the popup: no web_accessible_resources needed). */
export function packagedJsonLoader(urlOf: (path: string) => string, fetchFn: typeof fetch = fetch): JsonLoader {
  return async (path) => {
    let res: Response;
    try {
      res = await fetchFn(urlOf(`/data/${path}`));
    } catch {
      // Chromium rejects a fetch of a missing packaged file instead of answering 404.
      return undefined;
    }
    if (res.status === 404) return undefined;
    if (!res.ok) throw new DataError(path, `HTTP ${res.status}`);
    let text: string;
    try {
      text = await res.text();
    } catch {
      // Firefox answers a missing packaged file with 200 OK, then aborts the body.
      return undefined;
    }
    try {
      return JSON.parse(text) as unknown;
    } catch (e) {
      throw new DataError(path, `invalid JSON (${(e as Error).message})`);
    }
  };
}
