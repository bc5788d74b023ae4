/**
 * Checks that the Firefox sources zip rebuilds to the same extension: unpacks it into a temp folder,
 * installs with `npm ci`, runs `npm run build`, and compares every file of the rebuilt
 * .output/firefox-mv2 with the shipped .output/<name>-firefox.zip. Run `npm run zip` first.
 */
import { execFileSync, execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const out = path.resolve('.output');
const zips = readdirSync(out).filter((f) => f.endsWith('.zip'));
const sources = zips.find((f) => f.endsWith('-sources.zip'));
const firefox = zips.find((f) => f.endsWith('-firefox.zip'));
if (!sources || !firefox) {
  console.error('zip:verify: run `npm run zip` first (no sources or Firefox zip in .output/)');
  process.exit(1);
}

function hashTree(dir: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const rel of readdirSync(dir, { recursive: true }).map(String).sort()) {
    const file = path.join(dir, rel);
    if (statSync(file).isFile()) map.set(rel, createHash('sha256').update(readFileSync(file)).digest('hex'));
  }
  return map;
}

const work = mkdtempSync(path.join(tmpdir(), 'dp-zip-verify-'));
try {
  const src = path.join(work, 'src');
  const shipped = path.join(work, 'shipped');
  execFileSync('unzip', ['-q', path.join(out, sources), '-d', src]);
  execFileSync('unzip', ['-q', path.join(out, firefox), '-d', shipped]);
  console.log(`zip:verify: rebuilding ${sources} in ${src}`);
  execSync('npm ci --no-audit --no-fund && npm run build', { cwd: src, stdio: 'inherit' });
  const a = hashTree(shipped);
  const b = hashTree(path.join(src, '.output', 'firefox-mv2'));
  const diff = [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k));
  if (diff.length) {
    console.error(`zip:verify: ${diff.length} file(s) differ:\n  ${diff.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`zip:verify: the sources rebuild to the shipped Firefox package (${a.size} files identical)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
