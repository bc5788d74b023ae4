/**
 * Imported days in `storage.local`: one record per date (the markdown verbatim) and a catalog, read through
 * the same parser as the build. A save writes every record and the catalog in one `storage.local.set`,
 * which both browsers apply as a whole: a failure part-way leaves the previous state as it was.
 */
import type { browser } from 'wxt/browser';
import { planBatch, recordsToSave, type IncomingFile, type PreviewItem } from '../digest/import-batch';
import {
  catalogEntry,
  decodeRecord,
  IMPORT_VERSION,
  importKey,
  IMPORTS_KEY,
  readRecordDay,
  writeBackup,
  type Catalog,
  type CatalogEntry,
  type ImportRecord,
} from '../digest/import-records';
import type { Day } from '../digest/schema';

type StorageArea = Pick<typeof browser.storage.local, 'get' | 'set' | 'remove'>;

export interface ImportedDay {
  day: Day;
  /** The bundled day of this date gives way to it (the reader confirmed). */
  replacesBundled: boolean;
}

export interface ImportProblem {
  date: string;
  reason: string;
}

export interface ImportedState {
  records: Map<string, ImportRecord>;
  days: Map<string, ImportedDay>;
  problems: ImportProblem[];
}

export interface ImportListing {
  days: (CatalogEntry & { date: string })[];
  /** Stored days that cannot be read (damaged, or from a newer version): skipped, kept, reported. */
  problems: ImportProblem[];
  /** Bytes the imported records take (their JSON). */
  bytes: number;
}

export interface BundledView {
  has(date: string): Promise<boolean>;
  day(date: string): Promise<Day | undefined>;
}

const isCatalog = (raw: unknown): raw is Catalog =>
  typeof raw === 'object' && raw !== null && (raw as Catalog).v === IMPORT_VERSION && typeof (raw as Catalog).days === 'object';

export function importStore(storage: StorageArea, bundled: BundledView, now: () => string = () => new Date().toISOString()) {
  let cache: Promise<ImportedState> | undefined;

  async function catalogDates(): Promise<string[]> {
    const raw = (await storage.get(IMPORTS_KEY))[IMPORTS_KEY];
    return isCatalog(raw) ? Object.keys(raw.days).sort() : [];
  }

  async function load(): Promise<ImportedState> {
    const dates = await catalogDates();
    const stored = dates.length ? await storage.get(dates.map(importKey)) : {};
    const state: ImportedState = { records: new Map(), days: new Map(), problems: [] };
    for (const date of dates) {
      const decoded = decodeRecord(stored[importKey(date)], () => false);
      if (!decoded.ok) {
        state.problems.push({ date, reason: decoded.reason });
        continue;
      }
      const record = decoded.migrated ? { ...decoded.record, replacesBundled: await bundled.has(date) } : decoded.record;
      const read = readRecordDay(record, record.md === undefined ? await bundled.day(date) : undefined);
      if (!read.ok) {
        state.problems.push({ date, reason: read.errors.map((e) => `line ${e.line}: ${e.message}`).join('; ') });
        continue;
      }
      state.records.set(date, record);
      state.days.set(date, { day: read.day, replacesBundled: record.replacesBundled });
    }
    return state;
  }

  /** The imported days as they read now; kept until the next change. */
  function state(): Promise<ImportedState> {
    cache ??= load().catch((e: unknown) => {
      cache = undefined;
      throw e;
    });
    return cache;
  }

  async function plan(files: readonly IncomingFile[]) {
    const current = await state();
    const batch = await planBatch(files, {
      now: now(),
      stored: (date) => current.records.get(date),
      isBundled: (date) => bundled.has(date),
      bundledDay: (date) => bundled.day(date),
    });
    return { current, batch };
  }

  return {
    state,
    /** Forget what was read (storage changed elsewhere). */
    invalidate() {
      cache = undefined;
    },

    async preview(files: readonly IncomingFile[]): Promise<PreviewItem[]> {
      return (await plan(files)).batch.items;
    },

    /**
     * Stores the valid items; a day that exists is replaced only when its date is in `confirmed`. The files
     * are read again here (nothing from an earlier preview is trusted). Returns the dates written and the
     * IDs whose lookup entries may have changed.
     */
    async save(files: readonly IncomingFile[], confirmed: readonly string[]): Promise<{ saved: string[]; items: PreviewItem[]; ids: string[] }> {
      const { current, batch } = await plan(files);
      const records = recordsToSave(batch, new Set(confirmed));
      if (records.length === 0) return { saved: [], items: batch.items, ids: [] };
      const raw = (await storage.get(IMPORTS_KEY))[IMPORTS_KEY];
      const catalog: Catalog = isCatalog(raw) ? { v: IMPORT_VERSION, days: { ...raw.days } } : { v: IMPORT_VERSION, days: {} };
      const ids = new Set<string>();
      const write: Record<string, unknown> = {};
      for (const record of records) {
        const read = readRecordDay(record, record.md === undefined ? await bundled.day(record.date) : undefined);
        if (!read.ok) continue; // planBatch already read it; kept as a guard
        for (const p of read.day.papers) ids.add(p.id);
        for (const p of current.days.get(record.date)?.day.papers ?? []) ids.add(p.id);
        for (const p of (record.replacesBundled ? await bundled.day(record.date) : undefined)?.papers ?? []) ids.add(p.id);
        write[importKey(record.date)] = record;
        catalog.days[record.date] = catalogEntry(record, read.day);
      }
      await storage.set({ ...write, [IMPORTS_KEY]: catalog });
      cache = undefined;
      return { saved: records.map((r) => r.date), items: batch.items, ids: [...ids] };
    },

    /** Deletes an imported day (a bundled day of that date shows again). Returns the IDs that may have changed. */
    async remove(date: string): Promise<string[]> {
      const current = await state();
      const ids = new Set<string>((current.days.get(date)?.day.papers ?? []).map((p) => p.id));
      for (const p of (await bundled.day(date))?.papers ?? []) ids.add(p.id);
      const raw = (await storage.get(IMPORTS_KEY))[IMPORTS_KEY];
      if (isCatalog(raw) && date in raw.days) {
        const days = { ...raw.days };
        delete days[date];
        // Catalog first: once it no longer lists the day, the record is never read, even if its removal fails.
        await storage.set({ [IMPORTS_KEY]: { v: IMPORT_VERSION, days } });
      }
      await storage.remove(importKey(date));
      cache = undefined;
      return [...ids];
    },

    async list(): Promise<ImportListing> {
      const current = await state();
      const raw = (await storage.get(IMPORTS_KEY))[IMPORTS_KEY];
      const entries = isCatalog(raw) ? raw.days : {};
      const days = [...current.records.keys()].map((date) => ({ date, ...(entries[date] ?? catalogEntry(current.records.get(date)!, current.days.get(date)!.day)) }));
      return { days, problems: current.problems, bytes: days.reduce((n, d) => n + d.bytes, 0) };
    },

    async exportBackup(): Promise<string> {
      return writeBackup([...(await state()).records.values()], now());
    },
  };
}

export type ImportStore = ReturnType<typeof importStore>;
