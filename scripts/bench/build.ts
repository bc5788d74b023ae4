/**
 * Builds the extension once per dataset, into bench/tmp/datasets/<name>/: the Chrome MV3 build every run
 * measures and, when asked, the Firefox MV2 build. A build is reused when a fingerprint of everything that
 * goes into it is unchanged, because building 20,000 papers takes most of a minute on two cores.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { buildData } from '../build-data';
import type { GeneratedDataset } from './dataset';
import { TARGET_ID } from './dataset';

const run = promisify(execFile);

/**
 * What the build reads besides the dataset; a change to any of these invalidates every cached build.
 * Over-inclusion only costs a rebuild, a missing input makes the results describe code that was not
 * measured, so: sources, configs (TypeScript's too: WXT's Vite build reads tsconfig paths and JSX
 * settings), package.json (scripts, engines), the lock file and the tree npm actually installed, and this
 * file (it holds the build command).
 */
export const BUILD_INPUTS = [
  'src',
  'entrypoints',
  'assets',
  'public',
  'wxt.config.ts',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
  'node_modules/.package-lock.json',
  'scripts/build-data.ts',
  'scripts/privacy-page.ts',
  'PRIVACY.md',
  'scripts/bench/build.ts',
];
/** Root files Vite/WXT pick up by name when present (environment files, alternative configs). */
export const OPTIONAL_ROOT_INPUT = /^(\.env(\..+)?|web-ext\.config\.[cm]?[jt]s|wxt\.config\.[cm]?[jt]s)$/;

export type Target = 'chrome' | 'firefox';
/** WXT's output folder per target (its defaults: MV3 for Chrome, MV2 for Firefox). */
export const TARGET_DIR: Record<Target, string> = { chrome: 'chrome-mv3', firefox: 'firefox-mv2' };

export interface DatasetSpec {
  /** Column label: 9, 1k, 20k, real. */
  name: string;
  /** Source dir (digests/), or generated files to write there first. */
  source: { dir: string } | { generated: GeneratedDataset };
}

export interface BuiltDataset {
  name: string;
  /** The Chrome MV3 build. */
  extDir: string;
  /** The Firefox MV2 build, when it was asked for. */
  firefoxDir?: string;
  dataDir: string;
  /** Papers as the compiler counts them (an ID listed on two days counts twice), and days. */
  papers: number;
  days: number;
  reused: boolean;
  buildSeconds: number;
  /** The abs page's content script (content-scripts/arxiv.js): its size and hash. */
  contentScript: { raw: number; gzip: number; sha256: string };
  /**
   * The code of arXiv pages: every script the manifest loads (`content_scripts[].js`), the on-demand modules
   * those import (`modules/*.js`), and one hash over all of them, to show it is the same code for every dataset.
   */
  scripts: { manifest: ScriptFile[]; modules: ScriptFile[]; sha256: string };
  /** Sizes of what one lookup of the target paper reads, and of the whole packaged dataset. */
  files: { targetDay: number; targetShard: number; dates: number; dataTotal: number; dataFiles: number };
}

export interface ScriptFile {
  /** Path in the package, e.g. `content-scripts/arxiv.js`. */
  file: string;
  raw: number;
  /** Level 9 gzip: what a store or a budget check would see; the bytes Chromium reads are the raw ones. */
  gzip: number;
}

const gzipSize = (b: Buffer) => gzipSync(b, { level: 9 }).length;

/** The scripts a built extension runs on arXiv pages: those its manifest loads, and its `modules/`. */
export async function pageScripts(extDir: string): Promise<BuiltDataset['scripts']> {
  const manifest = JSON.parse(await readFile(path.join(extDir, 'manifest.json'), 'utf8')) as { content_scripts?: { js?: string[] }[] };
  const loaded = [...new Set((manifest.content_scripts ?? []).flatMap((c) => c.js ?? []))].sort();
  const modules = (await listFiles(path.join(extDir, 'modules'))).map((f) => path.relative(extDir, f).split(path.sep).join('/')).filter((f) => f.endsWith('.js'));
  const hash = createHash('sha256');
  const sizes = async (files: string[]) => {
    const out: ScriptFile[] = [];
    for (const file of files) {
      const bytes = await readFile(path.join(extDir, file));
      hash.update(`\0${file}\0`).update(bytes);
      out.push({ file, raw: bytes.length, gzip: gzipSize(bytes) });
    }
    return out;
  };
  const loadedSizes = await sizes(loaded);
  const moduleSizes = await sizes(modules);
  return { manifest: loadedSizes, modules: moduleSizes, sha256: hash.digest('hex') };
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

/** Every file the build depends on, as paths relative to the project (exported for the unit test). */
export async function buildInputs(root = '.'): Promise<string[]> {
  const optional = (await readdir(root)).filter((n) => OPTIONAL_ROOT_INPUT.test(n) && !BUILD_INPUTS.includes(n));
  return [...BUILD_INPUTS, ...optional.sort()].map((p) => path.join(root, p));
}

async function fingerprint(spec: DatasetSpec): Promise<string> {
  const hash = createHash('sha256');
  await hashInputs(hash, await buildInputs());
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

/** An index shard maps an ID to its date, or (since papers may be listed on two days) to its dates. */
export function datesInShard(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((d) => typeof d === 'string')) return value as string[];
  return [];
}

interface Meta {
  papers: number;
  days: number;
  buildSeconds: number;
}

async function describe(spec: DatasetSpec, root: string, targets: Target[], reused: boolean, meta: Meta): Promise<BuiltDataset> {
  const extDir = path.join(root, 'out', TARGET_DIR.chrome);
  const dataDir = path.join(extDir, 'data');
  const cs = await readFile(path.join(extDir, 'content-scripts', 'arxiv.js'));
  const index = JSON.parse(await readFile(path.join(dataDir, 'index', '2311.json'), 'utf8')) as Record<string, unknown>;
  const date = datesInShard(index[TARGET_ID])[0];
  if (!date) throw new Error(`${spec.name}: ${TARGET_ID} is not in the built dataset`);
  const dataFiles = await listFiles(dataDir);
  let dataTotal = 0;
  for (const f of dataFiles) dataTotal += await sizeOf(f);
  return {
    name: spec.name,
    extDir,
    ...(targets.includes('firefox') ? { firefoxDir: path.join(root, 'out', TARGET_DIR.firefox) } : {}),
    dataDir,
    papers: meta.papers,
    days: meta.days,
    reused,
    buildSeconds: reused ? 0 : meta.buildSeconds,
    contentScript: { raw: cs.length, gzip: gzipSize(cs), sha256: createHash('sha256').update(cs).digest('hex') },
    scripts: await pageScripts(extDir),
    files: {
      targetDay: await sizeOf(path.join(dataDir, 'days', `${date}.json`)),
      targetShard: await sizeOf(path.join(dataDir, 'index', '2311.json')),
      dates: await sizeOf(path.join(dataDir, 'dates.json')),
      dataTotal,
      dataFiles: dataFiles.length,
    },
  };
}

/**
 * `wxt build -b target` with this repo's WXT, in `cwd` (default: the repo) with `env` added; `name` labels
 * the error, which carries WXT's output.
 */
export async function wxtBuild(name: string, target: Target, { cwd, env = {} }: { cwd?: string; env?: Record<string, string> } = {}): Promise<void> {
  try {
    await run(process.execPath, [path.resolve('node_modules/wxt/bin/wxt.mjs'), 'build', '-b', target], {
      ...(cwd ? { cwd } : {}),
      env: { ...process.env, ...env, CI: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${name}: wxt build -b ${target} failed: ${err.message}\n${err.stdout ?? ''}\n${err.stderr ?? ''}`);
  }
}

const datasetBuild = (name: string, target: Target, dataOut: string, outDir: string) => wxtBuild(name, target, { env: { DATA_OUT: dataOut, WXT_OUT_DIR: outDir } });

export interface BuildOptions {
  force: boolean;
  targets: Target[];
  log: (s: string) => void;
}

/**
 * Builds (or reuses) one dataset's extension(s). Builds run one at a time: WXT writes .wxt/ in the project.
 * With unchanged inputs, only a target that was never built for them is built (e.g. Firefox asked for
 * the first time); any change rebuilds the data and every target.
 */
export async function buildDataset(spec: DatasetSpec, tmpRoot: string, { force, targets, log }: BuildOptions): Promise<BuiltDataset> {
  const root = path.join(tmpRoot, 'datasets', spec.name);
  const stampFile = path.join(root, 'fingerprint.txt');
  const metaFile = path.join(root, 'meta.json');
  const dataOut = path.resolve(root, 'data');
  const print = await fingerprint(spec);
  const previous = await readFile(stampFile, 'utf8').catch(() => '');
  const meta = JSON.parse(await readFile(metaFile, 'utf8').catch(() => 'null')) as Meta | null;
  const built = async (t: Target) => !!(await stat(path.join(root, 'out', TARGET_DIR[t], 'manifest.json')).catch(() => undefined));
  const haveData = !!(await stat(path.join(dataOut, 'dates.json')).catch(() => undefined));
  if (!force && previous === print && meta && haveData) {
    const missing: Target[] = [];
    for (const t of targets) if (!(await built(t))) missing.push(t);
    if (missing.length === 0) {
      log(`${spec.name}: inputs unchanged, reusing ${path.relative(process.cwd(), root)}`);
      return describe(spec, root, targets, true, meta);
    }
    const started = performance.now();
    log(`${spec.name}: inputs unchanged, building the missing ${missing.join(' + ')}…`);
    for (const t of missing) await datasetBuild(spec.name, t, dataOut, path.resolve(root, 'out'));
    return describe(spec, root, targets, false, { ...meta, buildSeconds: (performance.now() - started) / 1000 });
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
  const { papers, days } = await buildData(path.resolve(sourceDir), dataOut);
  log(`${spec.name}: compiled ${papers} papers in ${days} day(s); building ${targets.join(' + ')}…`);
  for (const t of targets) await datasetBuild(spec.name, t, dataOut, path.resolve(root, 'out'));
  const seconds = (performance.now() - started) / 1000;
  const newMeta: Meta = { papers, days, buildSeconds: seconds };
  await writeFile(metaFile, JSON.stringify(newMeta));
  await writeFile(stampFile, print);
  log(`${spec.name}: built in ${seconds.toFixed(1)} s`);
  return describe(spec, root, targets, false, newMeta);
}
