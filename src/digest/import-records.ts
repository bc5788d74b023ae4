/**
 * Days a reader imported in the extension, as stored in `storage.local`, and the backup file that carries
 * them: the markdown verbatim (and an English translation file, verbatim), never a re-serialised copy.
 * Every read goes through the same parser as `npm run data`, so a stored day is validated each time it is
 * read, and one that no longer reads is skipped with a reason instead of breaking a page.
 *
 * Versions. 1: `{ v: 1, date, markdown }` — the digest only (the first shape, kept as the migration
 * path's first case). 2 (current): `{ v: 2, date, md?, en?, replacesBundled, importedAt }`, where a record
 * without `md` adds an English translation to a bundled day. Records of a newer version are left as
 * they are and reported, never rewritten.
 */
import type { InputError } from './errors';
import { IMPORT_VERSION } from './import-keys';
import { parseDigest, type ParseWarning } from './parse';
import { isIsoDate, type Day } from './schema';
import { applyTranslation } from './translation';
import { z } from './zod';

export { IMPORT_PREFIX, IMPORT_VERSION, IMPORTS_KEY, importKey } from './import-keys';
export { MAX_BACKUP_BYTES, MAX_IMPORT_BYTES } from './import-limits';
export const BACKUP_FORMAT = 'arxiv-daily-papers/backup';

const date = z.string().check(z.refine(isIsoDate, 'must be a date written YYYY-MM-DD'));
const text = z.string().check(z.minLength(1));

const recordV1 = z.object({ v: z.literal(1), date, markdown: text });
const recordV2 = z
  .object({
    v: z.literal(2),
    date,
    md: z.optional(text),
    en: z.optional(text),
    replacesBundled: z.boolean(),
    importedAt: z.string(),
  })
  .check(z.refine((r) => r.md !== undefined || r.en !== undefined, 'a record holds a digest, a translation or both'));

export type ImportRecord = z.infer<typeof recordV2>;

/** The catalog lists the imported days without reading every record (a day's markdown can be 100 KB). */
export interface CatalogEntry {
  papers: number;
  /** A digest of its own (else: an English translation for a bundled day). */
  digest: boolean;
  english: boolean;
  replacesBundled: boolean;
  importedAt: string;
  bytes: number;
}

export interface Catalog {
  v: typeof IMPORT_VERSION;
  days: Record<string, CatalogEntry>;
}

export type DecodedRecord =
  | { ok: true; record: ImportRecord; migrated: boolean }
  | { ok: false; reason: string; newer?: boolean };

/** A stored record in the current shape: migrated from an older version, or why it cannot be read. */
export function decodeRecord(raw: unknown, bundled: (date: string) => boolean): DecodedRecord {
  const v = (raw as { v?: unknown } | null)?.v;
  if (typeof v === 'number' && v > IMPORT_VERSION) return { ok: false, reason: `written by a newer version of the extension (format ${v})`, newer: true };
  const old = recordV1.safeParse(raw);
  if (old.success) {
    const { date: d, markdown } = old.data;
    return { ok: true, migrated: true, record: { v: 2, date: d, md: markdown, replacesBundled: bundled(d), importedAt: 'unknown' } };
  }
  const cur = recordV2.safeParse(raw);
  if (cur.success) return { ok: true, migrated: false, record: cur.data };
  return { ok: false, reason: cur.error.issues.map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join('; ') };
}

export type ReadDay = { ok: true; day: Day; warnings: ParseWarning[] } | { ok: false; errors: InputError[] };

/**
 * The day a record stands for: its digest parsed (and its translation applied), or the bundled day with
 * the record's translation applied. `bundledDay` is only asked for records without a digest.
 */
export function readRecordDay(record: ImportRecord, bundledDay?: Day): ReadDay {
  let day: Day;
  let warnings: ParseWarning[] = [];
  if (record.md !== undefined) {
    const parsed = parseDigest(record.md);
    if (!parsed.ok) return parsed;
    if (parsed.day.date !== record.date) return { ok: false, errors: [{ line: 1, message: `the digest is for ${parsed.day.date}, stored as ${record.date}` }] };
    ({ day, warnings } = parsed);
  } else if (bundledDay) {
    day = bundledDay;
  } else {
    return { ok: false, errors: [{ line: 1, message: `a translation for ${record.date}, which has no digest` }] };
  }
  if (record.en === undefined) return { ok: true, day, warnings };
  const translated = applyTranslation(day, record.en);
  return translated.ok ? { ok: true, day: translated.day, warnings } : translated;
}

export function catalogEntry(record: ImportRecord, day: Day): CatalogEntry {
  return {
    papers: day.papers.length,
    digest: record.md !== undefined,
    english: record.en !== undefined,
    replacesBundled: record.replacesBundled,
    importedAt: record.importedAt,
    bytes: new TextEncoder().encode(JSON.stringify(record)).length,
  };
}

const backupDayV1 = z.strictObject({ date, markdown: text });
const backupDayV2 = z
  .strictObject({ date, md: z.optional(text), en: z.optional(text), replacesBundled: z.optional(z.boolean()) })
  .check(z.refine((d) => d.md !== undefined || d.en !== undefined, 'a day holds a digest, a translation or both'));
const backupV1 = z.object({ format: z.literal(BACKUP_FORMAT), version: z.literal(1), days: z.array(backupDayV1) });
const backupV2 = z.object({ format: z.literal(BACKUP_FORMAT), version: z.literal(2), exportedAt: z.optional(z.string()), days: z.array(backupDayV2) });

export interface BackupDay {
  date: string;
  md?: string;
  en?: string;
}

export function isBackupText(text: string): boolean {
  return text.trimStart().startsWith('{') && text.includes(BACKUP_FORMAT);
}

/** The days of a backup file, whatever version wrote it; errors name the field. */
export function readBackup(text: string): { ok: true; days: BackupDay[]; version: number } | { ok: false; errors: InputError[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [{ line: 1, message: `not a backup file: invalid JSON (${(e as Error).message})` }] };
  }
  const version = (json as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > IMPORT_VERSION) return { ok: false, errors: [{ line: 1, message: `a backup from a newer version of the extension (format ${version})` }] };
  const v1 = backupV1.safeParse(json);
  if (v1.success) return { ok: true, version: 1, days: v1.data.days.map((d) => ({ date: d.date, md: d.markdown })) };
  const v2 = backupV2.safeParse(json);
  if (v2.success) return { ok: true, version: 2, days: v2.data.days.map(({ date: d, md, en }) => ({ date: d, ...(md ? { md } : {}), ...(en ? { en } : {}) })) };
  return { ok: false, errors: v2.error.issues.map((i) => ({ line: 1, message: `${i.path.join('.') || 'backup'}: ${i.message}` })) };
}

/** Everything imported, as one file that keeps each digest's markdown and translation verbatim. */
export function writeBackup(records: readonly ImportRecord[], exportedAt: string): string {
  const days = [...records]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((r) => ({ date: r.date, ...(r.md !== undefined ? { md: r.md } : {}), ...(r.en !== undefined ? { en: r.en } : {}), replacesBundled: r.replacesBundled }));
  return `${JSON.stringify({ format: BACKUP_FORMAT, version: IMPORT_VERSION, exportedAt, days }, null, 1)}\n`;
}
