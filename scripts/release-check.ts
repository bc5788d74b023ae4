/**
 * npm run release:check [-- --record]: everything a store upload of this version must pass, on the zips that
 * would be uploaded.
 *
 * 1. builds the packages and the sources zip (`npm run zip`);
 * 2. checks each package unpacked from its zip (scripts/release/package-check.ts): files the manifest names,
 *    locales, no remote or eval'd code, the default CSP; Firefox's also through `web-ext lint` and its
 *    exact allowance (scripts/release/firefox-lint.ts);
 * 3. prints each package's size and what it asks for, and fails on a permission, host or web-accessible
 *    resource added since the last release (store/release-manifest.json) that the version's CHANGELOG entry
 *    does not name (scripts/release/access.ts);
 * 4. rebuilds the sources zip in a temp folder and compares it with the Firefox package, byte for byte.
 *
 * `--record`, once the release is uploaded and its CHANGELOG entry dated: writes store/release-manifest.json
 * from these packages, for the next release to be compared with.
 */
import { execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { accessOf, changelogEntries, judgeRelease, parseReleaseRecord, releaseRecordText, type Access, type AccessItem, type Browser } from './release/access';
import { describeVerdict, judgeLint, webExtLint } from './release/firefox-lint';
import { checkPackage, folderSize } from './release/package-check';
import { packageZips, unzipTo, verifySourcesZip } from './release/sources-zip';

const RECORD_FILE = 'store/release-manifest.json';
const record = process.argv.includes('--record');
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string };
const changelog = readFileSync('CHANGELOG.md', 'utf8');
const last = parseReleaseRecord(readFileSync(RECORD_FILE, 'utf8'));
const problems: string[] = [];

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const list = (items: string[]) => (items.length ? items.join(', ') : '(none)');

function step(title: string) {
  console.log(`\n== ${title}`);
}

function printAccess(a: Access) {
  const rows: [string, string[]][] = [
    ['permissions', a.permissions],
    ['optional permissions', a.optionalPermissions],
    ['hosts', a.hosts],
    ['optional hosts', a.optionalHosts],
    ['content-script matches', a.contentScripts],
    ['web-accessible resources', a.webAccessible],
  ];
  for (const [name, values] of rows) console.log(`  ${`${name}:`.padEnd(26)}${list(values)}`);
}

const items = (list: AccessItem[]) => list.map((i) => `${i.kind} \`${i.value}\``);

step(`npm run zip (${pkg.name} ${pkg.version})`);
try {
  execSync('npm run zip', { stdio: 'pipe', encoding: 'utf8' });
} catch (e) {
  const err = e as { stdout?: string; stderr?: string };
  console.error(`${err.stdout ?? ''}${err.stderr ?? ''}`.slice(-4000));
  console.error('release:check: npm run zip failed');
  process.exit(1);
}
const zips = packageZips('.output', pkg.name, pkg.version);
const work = mkdtempSync(path.join(tmpdir(), 'dp-release-'));
try {
  const dirs: Record<Browser, string> = { chrome: path.join(work, 'chrome'), firefox: path.join(work, 'firefox') };
  const access = {} as Record<Browser, Access>;
  for (const browser of ['chrome', 'firefox'] as const) {
    unzipTo(zips[browser], dirs[browser]);
    const size = folderSize(dirs[browser]);
    step(`${browser}: ${path.basename(zips[browser])}, ${mb(statSync(zips[browser]).size)} zipped, ${mb(size.bytes)} in ${size.files} files`);
    const found = checkPackage(dirs[browser], browser, pkg.version);
    console.log(found.length ? `  package check: ${found.map((p) => p.replace(`${browser}: `, '')).join('; ')}` : '  package check: manifest, referenced files, locales, no remote or eval’d code, default CSP: ok');
    problems.push(...found);
    access[browser] = accessOf(JSON.parse(readFileSync(path.join(dirs[browser], 'manifest.json'), 'utf8')) as Record<string, unknown>);
    printAccess(access[browser]);
  }

  step('firefox: web-ext lint');
  const lint = describeVerdict(judgeLint(webExtLint(dirs.firefox)));
  lint.info.forEach((line) => console.log(line));
  console.log(`  ${lint.summary}`);
  problems.push(...lint.problems.map((p) => `firefox: ${p.trim()}`));

  step(`what changed since the last release (${last.version ?? 'none published yet'})`);
  const verdict = judgeRelease(pkg.version, changelog, last, access);
  for (const browser of ['chrome', 'firefox'] as const) {
    console.log(`  ${browser}: added ${list(items(verdict.added[browser]))}; removed ${list(items(verdict.removed[browser]))}`);
  }
  problems.push(...verdict.problems);

  step('sources zip: rebuild and compare');
  try {
    const files = verifySourcesZip(zips, (line) => console.log(`  ${line}`));
    console.log(`  ${path.basename(zips.sources)} rebuilds to the shipped Firefox package: ${files} files identical`);
  } catch (e) {
    problems.push((e as Error).message);
  }

  if (problems.length) {
    console.error(`\nrelease:check: ${problems.length} problem(s)`);
    problems.forEach((p) => console.error(`  - ${p}`));
    process.exit(1);
  }
  console.log(`\nrelease:check: ${pkg.name} ${pkg.version} is ready for the stores (${path.basename(zips.chrome)}, ${path.basename(zips.firefox)}, ${path.basename(zips.sources)})`);

  if (record) {
    const entry = changelogEntries(changelog).find((e) => e.version === pkg.version);
    if (!entry?.date) {
      console.error(`release:check --record: date the CHANGELOG entry of ${pkg.version} ("## ${pkg.version} — YYYY-MM-DD") once it is published, then record`);
      process.exit(1);
    }
    writeFileSync(RECORD_FILE, releaseRecordText(pkg.version, access));
    console.log(`release:check: recorded ${pkg.version} in ${RECORD_FILE}; commit it`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
