/**
 * Decides what importing digest files does, without touching any file: which days are added, unchanged,
 * different from the stored copy (replaced only when asked), and what to report. Pure, so the maintainer
 * command and a future import page share it. Files are kept as bytes: a digest is stored verbatim, and
 * "unchanged" means byte-identical.
 */
import { parseDigest } from './parse';

export interface ImportFile {
  /** Where the file was read from, as shown in errors. */
  path: string;
  bytes: Uint8Array;
}

export interface StoredDigest extends ImportFile {
  date: string;
}

export interface FileError {
  file: string;
  line: number;
  message: string;
}

export interface ImportWarning extends FileError {
  kind: string;
}

export interface ImportReport {
  added: string[];
  unchanged: string[];
  /** Different from the stored file and kept as stored (no --replace). */
  differing: string[];
  /** Different from the stored file and replaced (--replace). */
  replaced: string[];
  /** Days and entries read from the input (a date given twice, byte-identical, counts once). */
  days: number;
  papers: number;
  /** IDs of the input listed on more than one day once the import is done, with those days. */
  onOtherDays: { id: string; dates: string[] }[];
  warnings: ImportWarning[];
}

export type ImportPlan =
  | { ok: true; writes: { date: string; bytes: Uint8Array; from: string }[]; report: ImportReport }
  | { ok: false; errors: FileError[] };

interface ReadDay {
  date: string;
  file: ImportFile;
  ids: string[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function read(file: ImportFile): { ok: true; day: ReadDay; warnings: ImportWarning[] } | { ok: false; errors: FileError[] } {
  let text: string;
  try {
    text = utf8.decode(file.bytes);
  } catch {
    return { ok: false, errors: [{ file: file.path, line: 1, message: 'not UTF-8 text' }] };
  }
  const r = parseDigest(text);
  if (!r.ok) return { ok: false, errors: r.errors.map((e) => ({ file: file.path, ...e })) };
  return {
    ok: true,
    day: { date: r.day.date, file, ids: r.day.papers.map((p) => p.id) },
    warnings: r.warnings.map((w) => ({ file: file.path, ...w })),
  };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export function planImport(inputs: readonly ImportFile[], stored: readonly StoredDigest[], options: { replace: boolean }): ImportPlan {
  const errors: FileError[] = [];
  const warnings: ImportWarning[] = [];
  const incoming = new Map<string, ReadDay>();
  let papers = 0;

  for (const file of inputs) {
    const r = read(file);
    if (!r.ok) {
      errors.push(...r.errors);
      continue;
    }
    const other = incoming.get(r.day.date);
    if (other) {
      if (!sameBytes(other.file.bytes, file.bytes)) {
        errors.push({ file: file.path, line: 1, message: `day ${r.day.date} is also in ${other.file.path}, with different content` });
      }
      continue;
    }
    incoming.set(r.day.date, r.day);
    warnings.push(...r.warnings);
    papers += r.day.ids.length;
  }
  if (errors.length) return { ok: false, errors };

  const storedByDate = new Map(stored.map((s) => [s.date, s]));
  const report: ImportReport = { added: [], unchanged: [], differing: [], replaced: [], days: incoming.size, papers, onOtherDays: [], warnings };
  const writes: { date: string; bytes: Uint8Array; from: string }[] = [];
  // The IDs of every day as it will be once the import is done: the input's version where it is written.
  const after = new Map<string, string[]>();
  for (const s of stored) {
    const r = read(s);
    // A stored file that no longer parses is the build's to report; here it only adds no IDs.
    if (r.ok) after.set(s.date, r.day.ids);
  }

  for (const day of [...incoming.values()].sort((a, b) => a.date.localeCompare(b.date))) {
    const old = storedByDate.get(day.date);
    if (!old) report.added.push(day.date);
    else if (sameBytes(old.bytes, day.file.bytes)) report.unchanged.push(day.date);
    else if (options.replace) report.replaced.push(day.date);
    else {
      report.differing.push(day.date);
      continue;
    }
    if (!old || !sameBytes(old.bytes, day.file.bytes)) writes.push({ date: day.date, bytes: day.file.bytes, from: day.file.path });
    after.set(day.date, day.ids);
  }

  const datesOf = new Map<string, string[]>();
  for (const [date, ids] of [...after].sort(([a], [b]) => a.localeCompare(b))) for (const id of ids) datesOf.set(id, [...(datesOf.get(id) ?? []), date]);
  const inputIds = new Set([...incoming.values()].flatMap((d) => d.ids));
  report.onOtherDays = [...datesOf]
    .filter(([id, dates]) => dates.length > 1 && inputIds.has(id))
    .map(([id, dates]) => ({ id, dates }))
    .sort((a, b) => a.id.localeCompare(b.id));
  return { ok: true, writes, report };
}
