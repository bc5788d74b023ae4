/**
 * Whether the Firefox sources zip rebuilds to the shipped Firefox package: unpacks it into a temp folder,
 * installs with `npm ci`, runs `npm run build`, and compares every file of the rebuilt .output/firefox-mv2
 * with the Firefox zip, byte for byte. AMO reviewers do the same with the sources we upload.
 */
import { execFileSync, execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface PackageZips {
  chrome: string;
  firefox: string;
  sources: string;
}

/** The zips `npm run zip` wrote for this version (WXT names them `<name>-<version>-<target>.zip`). */
export function packageZips(outDir: string, name: string, version: string): PackageZips {
  const zip = (target: string) => path.join(outDir, `${name}-${version}-${target}.zip`);
  const found = { chrome: zip('chrome'), firefox: zip('firefox'), sources: zip('sources') };
  const missing = Object.values(found).filter((f) => !existsSync(f));
  if (missing.length) throw new Error(`no ${missing.map((f) => path.basename(f)).join(', ')} in ${outDir}: run \`npm run zip\` first`);
  return found;
}

export function hashTree(dir: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const rel of readdirSync(dir, { recursive: true }).map(String).sort()) {
    const file = path.join(dir, rel);
    if (statSync(file).isFile()) map.set(rel.split(path.sep).join('/'), createHash('sha256').update(readFileSync(file)).digest('hex'));
  }
  return map;
}

/** Files whose content differs, or that exist on one side only. */
export function treeDifferences(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k)).sort();
}

export function unzipTo(zip: string, dir: string): void {
  execFileSync('unzip', ['-q', zip, '-d', dir]);
}

/** Rebuilds the sources and compares; returns the number of identical files, or throws with the ones that differ. */
export function verifySourcesZip(zips: Pick<PackageZips, 'firefox' | 'sources'>, log: (line: string) => void = console.log): number {
  const work = mkdtempSync(path.join(tmpdir(), 'dp-zip-verify-'));
  try {
    const src = path.join(work, 'src');
    const shipped = path.join(work, 'shipped');
    unzipTo(zips.sources, src);
    unzipTo(zips.firefox, shipped);
    log(`zip:verify: rebuilding ${path.basename(zips.sources)} in ${src} (npm ci, npm run build)`);
    try {
      execSync('npm ci --no-audit --no-fund && npm run build', { cwd: src, stdio: 'pipe', encoding: 'utf8' });
    } catch (e) {
      const err = e as { stdout?: string; stderr?: string };
      throw new Error(`zip:verify: npm ci && npm run build failed in the unpacked sources:\n${`${err.stdout ?? ''}${err.stderr ?? ''}`.slice(-4000)}`);
    }
    const a = hashTree(shipped);
    const diff = treeDifferences(a, hashTree(path.join(src, '.output', 'firefox-mv2')));
    if (diff.length) throw new Error(`zip:verify: ${diff.length} file(s) differ between the shipped Firefox package and the rebuilt sources:\n  ${diff.join('\n  ')}`);
    return a.size;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
