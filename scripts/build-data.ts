/**
 * Compiles data/ (or $DATA_DIR) into .generated/data (or $DATA_OUT), which the build ships as /data/,
 * with the reader's search index of those days (search/index.bin, src/reader/shipped-index.ts).
 * Fails with `file:line: message` for every invalid input; leaves the previous output untouched then.
 * Warnings (accepted quirks) are summed up by kind in one line; DATA_WARNINGS=1 lists each with its line.
 */
import { mkdir, readdir, readFile, rm, writeFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { AggregateInputError, compileDataset, countByKind, type CompileWarning, type SourceFile } from '../src/digest/compile';
import { dataPaths } from '../src/digest/shard';
import { packBundledDays, SHIPPED_INDEX_FILE } from '../src/reader/shipped-index';

export const DEFAULT_OUT = path.resolve('.generated/data');

async function readSources(dir: string, suffix: string): Promise<SourceFile[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  return Promise.all(
    names
      .filter((n) => n.endsWith(suffix))
      .sort()
      .map(async (n) => ({ path: path.relative(process.cwd(), path.join(dir, n)), text: await readFile(path.join(dir, n), 'utf8') })),
  );
}

export async function buildData(dataDir: string, outDir: string): Promise<{ days: number; papers: number; warnings: CompileWarning[] }> {
  const digests = await readSources(path.join(dataDir, 'digests'), '.md');
  if (digests.length === 0) throw new Error(`${dataDir}/digests: no digest (*.md) found`);
  // No translation is compiled in: the digests' license (CC BY-NC-ND 4.0) lets a reader make one for
  // themselves but not share it, so English is made on the reader's device (src/translate/).
  const out = compileDataset({ digests, translations: [] });
  const { hash } = JSON.parse(out.files.get(dataPaths.version)!) as { hash: string };
  const files = new Map<string, string | Uint8Array>([...out.files, [SHIPPED_INDEX_FILE, packBundledDays(out.days, hash)]]);
  // Write next to the target, then swap, so a failed run never leaves half a dataset behind.
  const tmp = `${outDir}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  for (const [rel, content] of files) {
    const file = path.join(tmp, rel);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
  }
  await rm(outDir, { recursive: true, force: true });
  await mkdir(path.dirname(outDir), { recursive: true });
  await rename(tmp, outDir);
  return { days: out.days.length, papers: out.papers, warnings: out.warnings };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? '');
if (isMain) {
  const dataDir = path.resolve(process.env.DATA_DIR ?? 'data');
  const outDir = path.resolve(process.env.DATA_OUT ?? DEFAULT_OUT);
  buildData(dataDir, outDir).then(
    ({ days, papers, warnings }) => {
      console.log(`data: ${papers} papers in ${days} day(s) → ${path.relative(process.cwd(), outDir) || outDir}`);
      // One line, not one per warning: they are known quirks of the archive (see data/SOURCE.md).
      if (warnings.length) console.log(`data: ${warnings.length} warning(s): ${countByKind(warnings).map(([k, n]) => `${k} ${n}`).join(', ')}`);
      if (process.env.DATA_WARNINGS) for (const w of warnings) console.log(`${w.file}:${w.line}: ${w.kind}: ${w.message}`);
    },
    (e: unknown) => {
      console.error(e instanceof AggregateInputError ? e.message : `data: ${(e as Error).message}`);
      process.exit(1);
    },
  );
}
