/**
 * Compiles digest and translation sources into the files the extension ships:
 * `days/DATE.json` (one day), `index/SHARD.json` (ID → the dates it was listed on, for one month),
 * `dates.json` (all dates). Pure and deterministic: same input, byte-identical output.
 */
import { InputFileError, type InputError } from './errors';
import { parseDigest, type WarningKind } from './parse';
import type { Day } from './schema';
import { dataPaths, shardOf } from './shard';
import { applyTranslation } from './translation';

export interface SourceFile {
  /** Path shown in errors, e.g. `data/digests/2023-11-23.md`. */
  path: string;
  text: string;
}

export interface CompileInput {
  digests: SourceFile[];
  /** Files named `DATE.en.json`. */
  translations: SourceFile[];
}

/** Something accepted but worth knowing, located like an error. */
export interface CompileWarning {
  file: string;
  line: number;
  kind: WarningKind | 'id-on-several-days';
  message: string;
}

export interface CompileOutput {
  /** Relative path → file content. */
  files: Map<string, string>;
  days: Day[];
  /** Entries over all days (an ID listed on two days counts twice). */
  papers: number;
  warnings: CompileWarning[];
}

const TRANSLATION_NAME = /(\d{4}-\d{2}-\d{2})\.en\.json$/;

export function compileDataset(input: CompileInput): CompileOutput {
  const failures: InputFileError[] = [];
  const days = new Map<string, Day>();
  const origin = new Map<string, string>();
  const warnings: CompileWarning[] = [];

  for (const src of [...input.digests].sort((a, b) => a.path.localeCompare(b.path))) {
    const r = parseDigest(src.text);
    if (!r.ok) {
      failures.push(new InputFileError(src.path, r.errors));
      continue;
    }
    const other = origin.get(r.day.date);
    if (other) {
      failures.push(new InputFileError(src.path, [{ line: 1, message: `day ${r.day.date} is already defined by ${other}` }]));
      continue;
    }
    days.set(r.day.date, r.day);
    origin.set(r.day.date, src.path);
    warnings.push(...r.warnings.map((w) => ({ file: src.path, ...w })));
  }

  for (const src of [...input.translations].sort((a, b) => a.path.localeCompare(b.path))) {
    const date = TRANSLATION_NAME.exec(src.path)?.[1];
    const day = date ? days.get(date) : undefined;
    if (!day) {
      if (date && failures.length) continue; // its digest already failed; that error is the one to read
      failures.push(new InputFileError(src.path, [{ line: 1, message: date ? `no digest for ${date}` : 'name must be DATE.en.json' }]));
      continue;
    }
    const r = applyTranslation(day, src.text);
    if (r.ok) days.set(day.date, r.day);
    else failures.push(new InputFileError(src.path, r.errors));
  }

  if (failures.length) throw new AggregateInputError(failures);

  const files = new Map<string, string>();
  const sorted = [...days.values()].sort((a, b) => a.date.localeCompare(b.date));
  const shards = new Map<string, Record<string, string[]>>();
  let papers = 0;
  for (const day of sorted) {
    files.set(dataPaths.day(day.date), JSON.stringify(day));
    for (const p of day.papers) {
      papers++;
      const shard = shardOf(p.id)!;
      const entries = shards.get(shard) ?? {};
      // Days are visited in date order, so each list comes out sorted.
      (entries[p.id] ??= []).push(day.date);
      shards.set(shard, entries);
    }
  }
  for (const [shard, entries] of [...shards].sort(([a], [b]) => a.localeCompare(b))) {
    const ordered = Object.entries(entries).sort(([a], [b]) => a.localeCompare(b));
    for (const [id, dates] of ordered) {
      if (dates.length > 1) warnings.push({ file: origin.get(dates[1]!)!, line: 1, kind: 'id-on-several-days', message: `${id} is listed on ${dates.join(', ')}` });
    }
    files.set(dataPaths.shard(shard), JSON.stringify(Object.fromEntries(ordered)));
  }
  files.set(dataPaths.dates, JSON.stringify({ dates: sorted.map((d) => d.date) }));
  files.set(dataPaths.version, JSON.stringify({ hash: contentHash(files) }));
  return { files, days: sorted, papers, warnings };
}

/** `kind: count` pairs, most frequent first: the one-line summary the build and the import print. */
export function countByKind(warnings: readonly { kind: string }[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const w of warnings) counts.set(w.kind, (counts.get(w.kind) ?? 0) + 1);
  return [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
}

/** All files' errors at once, one `file:line: message` per line. */
export class AggregateInputError extends Error {
  constructor(readonly failures: readonly InputFileError[]) {
    super(failures.map((f) => f.message).join('\n'));
    this.name = 'AggregateInputError';
  }

  get errors(): { file: string; error: InputError }[] {
    return this.failures.flatMap((f) => f.errors.map((error) => ({ file: f.file, error })));
  }
}

/**
 * A short fingerprint of the generated files, shipped as `version.json`: the background refills its lookup
 * table when it changes, even where the extension's version number did not (development builds).
 */
export function contentHash(files: ReadonlyMap<string, string>): string {
  // FNV-1a over paths and contents in path order: deterministic, and enough to tell two datasets apart.
  let h = 0x811c9dc5;
  for (const path of [...files.keys()].sort()) {
    for (const text of [path, '\0', files.get(path)!, '\0']) {
      for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
      }
    }
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
