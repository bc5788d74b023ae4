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
  IMPORT_PREFIX,
  IMPORT_VERSION,
  importKey,
  IMPORTS_KEY,
  readRecordDay,
  writeBackup,
  type Catalog,
  type CatalogEntry,
  type ImportRecord,
} from '../digest/import-records';
import { isIsoDate, type Day } from '../digest/schema';
import { logError } from '../lib/log';

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
  catalogProblem?: string;
}

export interface ImportListing {
  days: (CatalogEntry & { date: string })[];
  /** Stored days that cannot be read (damaged, or from a newer version): skipped, kept, reported. */
  problems: ImportProblem[];
  /** The catalog itself could not be read: why, and what was done (see `readCatalog`). */
  catalogProblem?: string;
  /** Bytes the imported records take (their JSON). */
  bytes: number;
}

export interface BundledView {
  has(date: string): Promise<boolean>;
  day(date: string): Promise<Day | undefined>;
}

const isObject = (raw: unknown): raw is Record<string, unknown> => typeof raw === 'object' && raw !== null && !Array.isArray(raw);

const isCatalogEntry = (raw: unknown): raw is CatalogEntry =>
  isObject(raw) &&
  typeof raw.papers === 'number' &&
  typeof raw.bytes === 'number' &&
  typeof raw.importedAt === 'string' &&
  ['digest', 'english', 'replacesBundled'].every((k) => typeof raw[k] === 'boolean');

const isCatalog = (raw: unknown): raw is Catalog => isObject(raw) && raw.v === IMPORT_VERSION && isObject(raw.days) && Object.keys(raw.days).every(isIsoDate);

/**
 * The catalog as stored. None yet: empty. Written by a newer version: kept as it is, read as no days, and
 * nothing is saved over it (that version's days would be lost). Damaged: the days are found from their
 * own records (`import:DATE`), and the next save or delete writes a sound catalog for them.
 */
export type CatalogRead = { kind: 'ok'; catalog: Catalog } | { kind: 'newer'; version: number } | { kind: 'damaged' };

export class NewerImportsError extends Error {
  constructor(version: number) {
    super(`the imported days were saved by a newer version of the extension (format ${version}): they are kept as they are, and this version changes nothing`);
    this.name = 'NewerImportsError';
  }
}

export function importStore(storage: StorageArea, bundled: BundledView, now: () => string = () => new Date().toISOString()) {
  let cache: Promise<ImportedState> | undefined;

  async function readCatalog(): Promise<CatalogRead> {
    const raw = (await storage.get(IMPORTS_KEY))[IMPORTS_KEY];
    if (raw === undefined) return { kind: 'ok', catalog: { v: IMPORT_VERSION, days: {} } };
    if (isCatalog(raw)) return { kind: 'ok', catalog: raw };
    const v = isObject(raw) ? raw.v : undefined;
    if (typeof v === 'number' && v > IMPORT_VERSION) return { kind: 'newer', version: v };
    return { kind: 'damaged' };
  }

  /** The dates of the records stored, found by their keys (reads everything stored: only for a damaged catalog). */
  async function recordDates(): Promise<string[]> {
    return Object.keys(await storage.get(null)).flatMap((k) => (k.startsWith(IMPORT_PREFIX) && isIsoDate(k.slice(IMPORT_PREFIX.length)) ? [k.slice(IMPORT_PREFIX.length)] : []));
  }

  /** The catalog a save or delete starts from: the stored one, or one rebuilt from the days as read. */
  async function writableCatalog(current: ImportedState): Promise<Catalog> {
    const read = await readCatalog();
    if (read.kind === 'newer') throw new NewerImportsError(read.version);
    if (read.kind === 'ok') return { v: IMPORT_VERSION, days: { ...read.catalog.days } };
    const days: Record<string, CatalogEntry> = {};
    for (const [date, record] of current.records) days[date] = catalogEntry(record, current.days.get(date)!.day);
    // Unreadable records keep an entry, so they stay listed as problems (and kept) after the rewrite.
    for (const p of current.problems) days[p.date] ??= { papers: 0, digest: true, english: false, replacesBundled: false, importedAt: 'unknown', bytes: 0 };
    return { v: IMPORT_VERSION, days };
  }

  async function load(): Promise<ImportedState> {
    const catalog = await readCatalog();
    const state: ImportedState = { records: new Map(), days: new Map(), problems: [] };
    if (catalog.kind === 'newer') {
      state.catalogProblem = new NewerImportsError(catalog.version).message;
      logError('reading the imported days', state.catalogProblem);
      return state;
    }
    if (catalog.kind === 'damaged') {
      state.catalogProblem = 'the list of imported days was damaged: the days were found from their own records';
      logError(`reading the imported days: ${state.catalogProblem}; stored value:`, (await storage.get(IMPORTS_KEY))[IMPORTS_KEY]);
    }
    const dates = catalog.kind === 'ok' ? Object.keys(catalog.catalog.days).sort() : (await recordDates()).sort();
    const stored = dates.length ? await storage.get(dates.map(importKey)) : {};
    for (const date of dates) {
      const decoded = decodeRecord(stored[importKey(date)], () => false);
      if (!decoded.ok) {
        state.problems.push({ date, reason: decoded.reason });
        logError(`stored day ${importKey(date)} skipped, kept as it is`, decoded.reason);
        continue;
      }
      const record = decoded.migrated ? { ...decoded.record, replacesBundled: await bundled.has(date) } : decoded.record;
      const read = readRecordDay(record, record.md === undefined ? await bundled.day(date) : undefined);
      if (!read.ok) {
        const reason = read.errors.map((e) => `line ${e.line}: ${e.message}`).join('; ');
        state.problems.push({ date, reason });
        logError(`stored day ${importKey(date)} skipped, kept as it is`, reason);
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
    const unreadable = new Set(current.problems.map((p) => p.date));
    const batch = await planBatch(files, {
      now: now(),
      stored: (date) => current.records.get(date),
      unreadable: (date) => unreadable.has(date),
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
      const catalog = await writableCatalog(current);
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
      const catalog = await writableCatalog(current);
      if (date in catalog.days) {
        delete catalog.days[date];
        // Catalog first: once it no longer lists the day, the record is never read, even if its removal fails.
        await storage.set({ [IMPORTS_KEY]: catalog });
      }
      await storage.remove(importKey(date));
      cache = undefined;
      return [...ids];
    },

    async list(): Promise<ImportListing> {
      const current = await state();
      const read = await readCatalog();
      const entries = read.kind === 'ok' ? read.catalog.days : {};
      // A damaged entry is worked out again from the day as read.
      const entry = (date: string) => (isCatalogEntry(entries[date]) ? entries[date] : catalogEntry(current.records.get(date)!, current.days.get(date)!.day));
      const days = [...current.records.keys()].map((date) => ({ date, ...entry(date) }));
      return { days, problems: current.problems, ...(current.catalogProblem ? { catalogProblem: current.catalogProblem } : {}), bytes: days.reduce((n, d) => n + d.bytes, 0) };
    },

    async exportBackup(): Promise<string> {
      return writeBackup([...(await state()).records.values()], now());
    },
  };
}

export type ImportStore = ReturnType<typeof importStore>;
