/**
 * Releases of the extension made in a test, for the update and storage-fault suites: the production build in
 * .output (the code under test) with its own version and its own archive. Compiling an archive is the real
 * `npm run data` step (scripts/build-data.ts) and takes seconds; building the code again for each release
 * would take 20–40 s and give the same bundles, so a release is a copy of the build with `data/` and the
 * manifest's version replaced. What an update changes for the extension is exactly that: a new version
 * (the background refills its lookup table for it) and a new archive.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildData } from '../../scripts/build-data';
import { digestText } from './options-page';

/** Papers the suites open: one in every archive, one only the newer release's archive has. */
export const KNOWN = { id: '2311.12983', date: '2023-11-23' } as const;
export const NEW_ONLY = { id: '2401.00001', date: '2025-05-12', bullet: '새 버전의 아카이브에만 있는 논문의 요약입니다.' } as const;

const DATA = path.resolve('data');

/** The newer archive's extra day: one paper, the one of the saved "unknown paper" page. */
export function newOnlyDay(): string {
  return digestText(NEW_ONLY.date, [[NEW_ONLY.id, 'A Paper Only the New Archive Has', [NEW_ONLY.bullet]]]);
}

export interface ArchiveSpec {
  /** Which of data/digests (file names) to take. */
  digests: (name: string) => boolean;
  /** More digest files (name → text). */
  extra?: { name: string; text: string }[];
}

/** Compiles an archive into `out` (digests from data/, filtered, plus `extra`). */
export async function compileArchive(out: string, spec: ArchiveSpec): Promise<{ papers: number; days: number }> {
  const src = `${out}.src`;
  rmSync(src, { recursive: true, force: true });
  mkdirSync(path.join(src, 'digests'), { recursive: true });
  const taken = readdirSync(path.join(DATA, 'digests')).filter((n) => n.endsWith('.md') && spec.digests(n));
  for (const name of taken) cpSync(path.join(DATA, 'digests', name), path.join(src, 'digests', name));
  for (const { name, text } of spec.extra ?? []) writeFileSync(path.join(src, 'digests', name), text);
  const { papers, days } = await buildData(src, out);
  rmSync(src, { recursive: true, force: true });
  return { papers, days };
}

export interface ReleaseOptions {
  version: string;
  /** Chrome only: leave `unlimitedStorage` out, so storage.local has Chrome's 10 MiB quota. */
  limitedStorage?: boolean;
}

/** A release in `out`: the build in `buildDir` with the archive compiled in `dataDir` and its own version. */
export function makeRelease(buildDir: string, dataDir: string, out: string, { version, limitedStorage = false }: ReleaseOptions): string {
  rmSync(out, { recursive: true, force: true });
  cpSync(buildDir, out, { recursive: true });
  rmSync(path.join(out, 'data'), { recursive: true, force: true });
  cpSync(dataDir, path.join(out, 'data'), { recursive: true });
  // The digests' licence and source travel with the data in every package (wxt.config.ts).
  for (const name of ['LICENSE.md', 'SOURCE.md']) cpSync(path.join(DATA, name), path.join(out, 'data', name));
  const manifestFile = path.join(out, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { version: string; permissions?: string[] };
  manifest.version = version;
  if (limitedStorage) manifest.permissions = (manifest.permissions ?? []).filter((p) => p !== 'unlimitedStorage');
  writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
  return out;
}

/** Puts a release's files in the folder the browser loads the extension from (an unpacked extension's update). */
export function installFiles(release: string, folder: string): void {
  rmSync(folder, { recursive: true, force: true });
  cpSync(release, folder, { recursive: true });
}

/**
 * The previous release (1.0.0) has the archive's first weeks; the next one (1.1.0) has the whole archive and
 * one more day, which lists a paper no earlier archive had.
 */
export const OLD_VERSION = '1.0.0';
export const NEW_VERSION = '1.1.0';

export async function updateReleases(buildDir: string, root: string): Promise<{ oldRelease: string; newRelease: string }> {
  const oldData = path.join(root, 'data-old');
  const newData = path.join(root, 'data-new');
  await compileArchive(oldData, { digests: (n) => n < '2024-01-01' });
  await compileArchive(newData, { digests: () => true, extra: [{ name: `${NEW_ONLY.date}.md`, text: newOnlyDay() }] });
  return {
    oldRelease: makeRelease(buildDir, oldData, path.join(root, 'release-old'), { version: OLD_VERSION }),
    newRelease: makeRelease(buildDir, newData, path.join(root, 'release-new'), { version: NEW_VERSION }),
  };
}
