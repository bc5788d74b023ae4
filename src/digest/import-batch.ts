/**
 * What importing a set of files in the extension would do, decided before anything is stored: per file its
 * date, papers, errors (with lines) and warnings, and whether a day already exists for that date (then the
 * reader must confirm). Pure; the background stores what the reader confirmed.
 */
import type { InputError } from './errors';
import { isBackupText, MAX_BACKUP_BYTES, MAX_IMPORT_BYTES, readBackup, readRecordDay, type ImportRecord } from './import-records';
import { parseDigest, type ParseWarning } from './parse';
import type { Day } from './schema';

export interface IncomingFile {
  name: string;
  text: string;
}

export interface PreviewItem {
  /** Stable within one preview: the file and, for a backup, the day in it. */
  key: string;
  name: string;
  kind: 'digest' | 'translation';
  date?: string;
  papers?: number;
  errors: InputError[];
  warnings: ParseWarning[];
  /** A day for this date is already there: bundled with the extension or imported before. */
  exists?: 'bundled' | 'imported';
  /** Byte-identical to what is stored: saving it changes nothing. */
  unchanged?: boolean;
}

export interface BatchContext {
  isBundled(date: string): Promise<boolean>;
  stored(date: string): ImportRecord | undefined;
  /** A record is stored for this date that cannot be read (damaged, or from a newer version): replaced only when confirmed. */
  unreadable?(date: string): boolean;
  bundledDay(date: string): Promise<Day | undefined>;
  now: string;
}

export interface Batch {
  items: PreviewItem[];
  /** The record each valid item would store, by item key. */
  records: Map<string, ImportRecord>;
}

const TRANSLATION_NAME = /(\d{4}-\d{2}-\d{2})\.en\.json$/i;
const bytes = (s: string) => new TextEncoder().encode(s).length;

interface Unit {
  key: string;
  name: string;
  md?: string;
  en?: string;
}

/** Files split into units: a digest, a translation, or the days of a backup. */
function units(files: readonly IncomingFile[], items: PreviewItem[]): Unit[] {
  const out: Unit[] = [];
  files.forEach((f, i) => {
    const key = `${i}`;
    const backup = isBackupText(f.text);
    const limit = backup ? MAX_BACKUP_BYTES : MAX_IMPORT_BYTES;
    if (bytes(f.text) > limit) {
      items.push({ key, name: f.name, kind: 'digest', errors: [{ line: 1, message: `the file is larger than ${limit / 1024 / 1024} MB` }], warnings: [] });
    } else if (backup) {
      const b = readBackup(f.text);
      if (!b.ok) items.push({ key, name: f.name, kind: 'digest', errors: b.errors, warnings: [] });
      else b.days.forEach((d, j) => out.push({ key: `${i}.${j}`, name: `${f.name} (${d.date})`, ...(d.md ? { md: d.md } : {}), ...(d.en ? { en: d.en } : {}) }));
    } else if (TRANSLATION_NAME.test(f.name) || f.text.trimStart().startsWith('{')) {
      out.push({ key, name: f.name, en: f.text });
    } else {
      out.push({ key, name: f.name, md: f.text });
    }
  });
  return out;
}

function translationDate(text: string): string | undefined {
  try {
    const d = (JSON.parse(text) as { date?: unknown }).date;
    return typeof d === 'string' ? d : undefined;
  } catch {
    return undefined;
  }
}

export async function planBatch(files: readonly IncomingFile[], ctx: BatchContext): Promise<Batch> {
  const items: PreviewItem[] = [];
  const records = new Map<string, ImportRecord>();
  const list = units(files, items);
  // Digests first, so a translation in the same batch is checked against the digest it comes with.
  const digestOf = new Map<string, { unit: Unit; record: ImportRecord }>();
  for (const u of list.filter((x) => x.md !== undefined)) {
    const parsed = parseDigest(u.md!);
    if (!parsed.ok) {
      items.push({ key: u.key, name: u.name, kind: 'digest', errors: parsed.errors, warnings: [] });
      continue;
    }
    const date = parsed.day.date;
    if (digestOf.has(date)) {
      items.push({ key: u.key, name: u.name, kind: 'digest', date, errors: [{ line: 1, message: `${date} is given twice in this import (also ${digestOf.get(date)!.unit.name})` }], warnings: [] });
      continue;
    }
    const isBundled = await ctx.isBundled(date);
    const record: ImportRecord = { v: 2, date, md: u.md!, ...(u.en ? { en: u.en } : {}), replacesBundled: isBundled, importedAt: ctx.now };
    const read = readRecordDay(record);
    if (!read.ok) {
      items.push({ key: u.key, name: u.name, kind: 'digest', date, errors: read.errors, warnings: parsed.warnings });
      continue;
    }
    digestOf.set(date, { unit: u, record });
    const stored = ctx.stored(date);
    items.push({
      key: u.key,
      name: u.name,
      kind: 'digest',
      date,
      papers: read.day.papers.length,
      errors: [],
      warnings: read.warnings,
      ...(stored?.md !== undefined || ctx.unreadable?.(date) ? { exists: 'imported' as const } : isBundled ? { exists: 'bundled' as const } : {}),
      ...(stored && stored.md === record.md && stored.en === record.en ? { unchanged: true } : {}),
    });
    records.set(u.key, record);
  }
  for (const u of list.filter((x) => x.md === undefined)) {
    const date = TRANSLATION_NAME.exec(u.name)?.[1] ?? translationDate(u.en!);
    const base = { key: u.key, name: u.name, kind: 'translation' as const, warnings: [] };
    if (!date) {
      items.push({ ...base, errors: [{ line: 1, message: 'a translation file is named DATE.en.json and names its "date"' }] });
      continue;
    }
    const inBatch = digestOf.get(date);
    const stored = ctx.stored(date);
    const md = inBatch?.record.md ?? stored?.md;
    const bundled = md === undefined ? await ctx.bundledDay(date) : undefined;
    if (md === undefined && !bundled) {
      items.push({ ...base, date, errors: [{ line: 1, message: `no digest for ${date}: import the day's digest first` }] });
      continue;
    }
    const record: ImportRecord = { v: 2, date, ...(md !== undefined ? { md } : {}), en: u.en!, replacesBundled: await ctx.isBundled(date), importedAt: ctx.now };
    const read = readRecordDay(record, bundled);
    if (!read.ok) {
      items.push({ ...base, date, errors: read.errors });
      continue;
    }
    items.push({ ...base, date, papers: read.day.papers.length, errors: [], ...(stored?.en !== undefined || ctx.unreadable?.(date) ? { exists: 'imported' as const } : {}), ...(stored && stored.en === u.en && stored.md === md ? { unchanged: true } : {}) });
    if (inBatch) {
      // One record per date: the digest's record carries its translation.
      inBatch.record.en = u.en!;
      records.set(inBatch.unit.key, inBatch.record);
    } else records.set(u.key, record);
  }
  items.sort((a, b) => Number(a.key.split('.')[0]) - Number(b.key.split('.')[0]) || a.key.localeCompare(b.key));
  return { items, records };
}

/** The records to store for the items the reader chose: valid, not unchanged, and confirmed where a day exists. */
export function recordsToSave(batch: Batch, confirmed: ReadonlySet<string>): ImportRecord[] {
  const byDate = new Map<string, ImportRecord>();
  for (const item of batch.items) {
    const record = batch.records.get(item.key);
    if (!record || item.errors.length || item.unchanged) continue;
    if (item.exists && !confirmed.has(item.date!)) continue;
    byDate.set(record.date, record);
  }
  return [...byDate.values()];
}
