/**
 * Where the reader's days come from, and when they change. The background's answers are kept for the
 * page's lifetime (remote-repository.ts) because bundled data never changes; an import or a deletion
 * does change it, so then a fresh repository replaces the old one and the views read again.
 */
import type { Repository } from '../model/repository';
import type { StorageChangeLike } from './index-feeder';

/**
 * The storage.local key the background rewrites whenever days are imported or deleted (`IMPORTS_KEY` of
 * src/digest/import-records.ts, a zod module the page must not bundle; a test keeps the two equal).
 */
export const IMPORTS_STORAGE_KEY = 'imports';

export interface DataSource {
  repo(): Repository;
  /** Increases with every change of the imported days. */
  version(): number;
  /** Called after the repository was replaced, with the storage change that caused it. */
  subscribe(cb: (change: StorageChangeLike) => void): () => void;
}

type OnChanged = (changes: Record<string, StorageChangeLike>, areaName: string) => void;

export interface StorageEvents {
  addListener(cb: OnChanged): void;
  removeListener(cb: OnChanged): void;
}

export function dataSource(makeRepo: () => Repository, onChanged: StorageEvents): DataSource & { close(): void } {
  let repo = makeRepo();
  let version = 0;
  const listeners = new Set<(change: StorageChangeLike) => void>();
  const listener: OnChanged = (changes, area) => {
    const change = area === 'local' ? changes[IMPORTS_STORAGE_KEY] : undefined;
    if (!change) return;
    repo = makeRepo();
    version++;
    for (const l of listeners) l(change);
  };
  onChanged.addListener(listener);
  return {
    repo: () => repo,
    version: () => version,
    subscribe(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    close: () => onChanged.removeListener(listener),
  };
}
