/**
 * The file side of `npm run import`: finds digest files, reads them and the stored days as bytes, lets
 * `planImport` decide, then writes. Nothing is written unless every input is valid.
 */
import { readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { countByKind } from '../src/digest/compile';
import { planImport, type ImportFile, type ImportPlan, type ImportReport, type StoredDigest } from '../src/digest/import-plan';

const STORED_NAME = /^(\d{4}-\d{2}-\d{2})\.md$/;

/** Files named on the command line, and every `*.md` below a named folder (`paper_logs/YYYY/MM/DD.md`). */
export async function collectDigestFiles(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const s = await stat(p).catch(() => undefined);
    if (!s) throw new Error(`${p}: no such file or folder`);
    if (s.isDirectory()) {
      const entries = await readdir(p, { recursive: true, withFileTypes: true });
      out.push(...entries.filter((e) => e.isFile() && e.name.endsWith('.md')).map((e) => path.join(e.parentPath, e.name)).sort());
    } else {
      out.push(p);
    }
  }
  return [...new Set(out)];
}

async function readStored(digestDir: string): Promise<StoredDigest[]> {
  const names = await readdir(digestDir).catch(() => [] as string[]);
  return Promise.all(
    names
      .filter((n) => STORED_NAME.test(n))
      .sort()
      .map(async (n) => ({ date: STORED_NAME.exec(n)![1]!, path: path.join(digestDir, n), bytes: await readFile(path.join(digestDir, n)) })),
  );
}

export interface ImportOptions {
  /** The data folder whose `digests/` receives the files. */
  dataDir: string;
  replace: boolean;
}

export async function importDigests(paths: readonly string[], options: ImportOptions): Promise<ImportPlan> {
  const files = await collectDigestFiles(paths);
  if (files.length === 0) throw new Error(`no digest (*.md) found in ${paths.join(', ')}`);
  const inputs: ImportFile[] = await Promise.all(files.map(async (f) => ({ path: path.relative(process.cwd(), f) || f, bytes: await readFile(f) })));
  const digestDir = path.join(options.dataDir, 'digests');
  const plan = planImport(inputs, await readStored(digestDir), { replace: options.replace });
  if (!plan.ok) return plan;
  for (const w of plan.writes) {
    const target = path.join(digestDir, `${w.date}.md`);
    // Next to the target, then renamed over it: a day file is never left half written.
    const tmp = `${target}.tmp-${process.pid}`;
    await writeFile(tmp, w.bytes);
    await rename(tmp, target);
  }
  return plan;
}

function dates(list: readonly string[]): string {
  if (list.length === 0) return '0';
  if (list.length <= 8) return `${list.length} (${list.join(', ')})`;
  return `${list.length} (${list[0]} … ${list.at(-1)})`;
}

export function formatReport(r: ImportReport, replace: boolean): string {
  const lines = [
    `days read: ${r.days}, papers: ${r.papers}`,
    `added: ${dates(r.added)}`,
    `unchanged: ${dates(r.unchanged)}`,
    replace ? `replaced: ${dates(r.replaced)}` : `differing from the stored file, kept: ${dates(r.differing)}${r.differing.length ? ' — run again with --replace to replace them' : ''}`,
    `IDs also on another day: ${r.onOtherDays.length}${r.onOtherDays.length ? ` (${r.onOtherDays.map((o) => `${o.id}: ${o.dates.join(', ')}`).join('; ')})` : ''}`,
    `warnings: ${r.warnings.length ? countByKind(r.warnings).map(([k, n]) => `${k} ${n}`).join(', ') : 'none'}`,
  ];
  return lines.join('\n');
}
