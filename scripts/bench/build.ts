/**
 * Builds the Chrome MV3 extension once per dataset, into bench/tmp/datasets/<name>/. A build is reused
 * when a fingerprint of everything that goes into it (dataset sources, extension sources, config, lock
 * file) is unchanged, because building 20,000 papers takes most of a minute on two cores.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { buildData } from '../build-data';
import type { GeneratedDataset } from './dataset';

const run = promisify(execFile);

/** What the build reads besides the dataset; a change to any of these invalidates every cached build. */
const BUILD_INPUTS = ['src', 'entrypoints', 'assets', 'public', 'wxt.config.ts', 'package-lock.json', 'scripts/build-data.ts'];

export interface DatasetSpec {
  /** Column label: 9, 1k, 20k. */
  name: string;
  /** Source dir (digests/, translations/), or generated files to write there first. */
  source: { dir: string } | { generated: GeneratedDataset };
}

export interface BuiltDataset {
  name: string;
  extDir: string;
  dataDir: string;
  papers: number;
  days: number;
  reused: boolean;
  buildSeconds: number;
  contentScript: { raw: number; gzip: number };
  /** Sizes of what one lookup of the target paper reads, and of the whole packaged dataset. */
  files: { targetDay: number; targetShard: number; dates: number; dataTotal: number; dataFiles: number };
}

async function listFiles(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true, recursive: true });
    return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)).sort();
  } catch {
    return [];
  }
}

async function hashInputs(hash: ReturnType<typeof createHash>, paths: string[]): Promise<void> {
  for (const p of paths) {
    const files = (await stat(p).catch(() => undefined))?.isDirectory() ? await listFiles(p) : [p];
    for (const f of files) {
      hash.update(`\0${f}\0`);
      hash.update(await readFile(f).catch(() => Buffer.from('missing')));
    }
  }
}

async function fingerprint(spec: DatasetSpec): Promise<string> {
  const hash = createHash('sha256');
  await hashInputs(hash, BUILD_INPUTS);
  if ('dir' in spec.source) {
    await hashInputs(hash, [path.join(spec.source.dir, 'digests'), path.join(spec.source.dir, 'translations')]);
  } else {
    for (const [rel, text] of spec.source.generated.files) hash.update(`\0${rel}\0${text}`);
  }
  return hash.digest('hex');
}

async function sizeOf(file: string): Promise<number> {
  return (await stat(file)).size;
}

async function describe(spec: DatasetSpec, root: string, reused: boolean, buildSeconds: number): Promise<BuiltDataset> {
  const extDir = path.join(root, 'out', 'chrome-mv3');
  const dataDir = path.join(extDir, 'data');
  const cs = await readFile(path.join(extDir, 'content-scripts', 'arxiv.js'));
  const index = JSON.parse(await readFile(path.join(dataDir, 'index', '2311.json'), 'utf8')) as Record<string, string>;
  const date = index['2311.12983'];
  if (!date) throw new Error(`${spec.name}: 2311.12983 is not in the built dataset`);
  const dates = JSON.parse(await readFile(path.join(dataDir, 'dates.json'), 'utf8')) as { dates: string[] };
  const dataFiles = await listFiles(dataDir);
  let dataTotal = 0;
  let papers = 0;
  for (const f of dataFiles) {
    dataTotal += await sizeOf(f);
    if (f.includes(`${path.sep}index${path.sep}`)) papers += Object.keys(JSON.parse(await readFile(f, 'utf8')) as object).length;
  }
  return {
    name: spec.name,
    extDir,
    dataDir,
    papers,
    days: dates.dates.length,
    reused,
    buildSeconds,
    // Level 9 gzip: what a store or a budget check would see; the bytes Chromium reads are the raw ones.
    contentScript: { raw: cs.length, gzip: gzipSync(cs, { level: 9 }).length },
    files: {
      targetDay: await sizeOf(path.join(dataDir, 'days', `${date}.json`)),
      targetShard: await sizeOf(path.join(dataDir, 'index', '2311.json')),
      dates: await sizeOf(path.join(dataDir, 'dates.json')),
      dataTotal,
      dataFiles: dataFiles.length,
    },
  };
}

/** Builds (or reuses) one dataset's extension. Builds run one at a time: WXT writes .wxt/ in the project. */
export async function buildDataset(spec: DatasetSpec, tmpRoot: string, force: boolean, log: (s: string) => void): Promise<BuiltDataset> {
  const root = path.join(tmpRoot, 'datasets', spec.name);
  const stampFile = path.join(root, 'fingerprint.txt');
  const print = await fingerprint(spec);
  const previous = await readFile(stampFile, 'utf8').catch(() => '');
  if (!force && previous === print && (await stat(path.join(root, 'out', 'chrome-mv3', 'manifest.json')).catch(() => undefined))) {
    log(`${spec.name}: inputs unchanged, reusing ${path.relative(process.cwd(), root)}`);
    return describe(spec, root, true, 0);
  }
  const started = performance.now();
  await rm(root, { recursive: true, force: true });
  let sourceDir: string;
  if ('dir' in spec.source) {
    sourceDir = spec.source.dir;
  } else {
    sourceDir = path.join(root, 'src');
    for (const [rel, text] of spec.source.generated.files) {
      const file = path.join(sourceDir, rel);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, text);
    }
  }
  const dataOut = path.join(root, 'data');
  const { papers, days } = await buildData(path.resolve(sourceDir), path.resolve(dataOut));
  log(`${spec.name}: compiled ${papers} papers in ${days} day(s); building the extension…`);
  try {
    await run(process.execPath, [path.resolve('node_modules/wxt/bin/wxt.mjs'), 'build', '-b', 'chrome'], {
      env: { ...process.env, DATA_OUT: path.resolve(dataOut), WXT_OUT_DIR: path.resolve(root, 'out'), CI: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${spec.name}: wxt build failed: ${err.message}\n${err.stdout ?? ''}\n${err.stderr ?? ''}`);
  }
  const seconds = (performance.now() - started) / 1000;
  await writeFile(stampFile, print);
  log(`${spec.name}: built in ${seconds.toFixed(1)} s`);
  return describe(spec, root, false, seconds);
}
