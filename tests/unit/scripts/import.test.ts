import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { formatReport, importDigests } from '../../../scripts/import-digests';

const FIXTURES = path.resolve('tests/unit/digest/fixtures');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, `${name}.md`));

const tmp: string[] = [];
afterEach(() => tmp.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A temp folder with an archive-like input tree and an empty data folder (or the repo's seed). */
function setup(layout: Record<string, Buffer | string>, seed = false) {
  const root = mkdtempSync(path.join(tmpdir(), 'dp-import-'));
  tmp.push(root);
  const dataDir = path.join(root, 'data');
  mkdirSync(path.join(dataDir, 'digests'), { recursive: true });
  if (seed) cpSync('data/digests/2023-11-23.md', path.join(dataDir, 'digests/2023-11-23.md'));
  for (const [rel, content] of Object.entries(layout)) {
    const file = path.join(root, 'in', rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  const stored = () => readdirSync(path.join(dataDir, 'digests')).sort();
  const storedBytes = (date: string) => readFileSync(path.join(dataDir, 'digests', `${date}.md`));
  return { root, input: path.join(root, 'in'), dataDir, stored, storedBytes };
}

const archive = () => ({
  'paper_logs/2024/10/16.md': fixture('two-days-first'),
  'paper_logs/2024/10/18.md': fixture('repeated-heading-python-authors'),
  'paper_logs/2024/06/12.md': fixture('two-star-labels-relative-image'),
  'paper_logs/papers_list.csv': 'date,title,url\n',
  'paper_logs/notes.txt': 'not a digest',
});

describe('npm run import (importDigests)', () => {
  test('a folder: every *.md below it is copied byte for byte under its heading date; other files are ignored', async () => {
    const t = setup(archive(), true);
    const plan = await importDigests([t.input], { dataDir: t.dataDir, replace: false });
    if (!plan.ok) throw new Error(JSON.stringify(plan.errors));
    expect(t.stored()).toEqual(['2023-11-23.md', '2024-06-12.md', '2024-10-16.md', '2024-10-18.md']);
    expect(t.storedBytes('2024-10-18')).toEqual(fixture('repeated-heading-python-authors'));
    expect(t.storedBytes('2024-06-12')).toEqual(fixture('two-star-labels-relative-image'));
    expect(plan.report).toMatchObject({ added: ['2024-06-12', '2024-10-16', '2024-10-18'], unchanged: [], differing: [], replaced: [], days: 3, papers: 6 });
    expect(plan.report.onOtherDays).toEqual([{ id: '2410.09342', dates: ['2024-10-16', '2024-10-18'] }]);
    expect(formatReport(plan.report, false).split('\n')).toEqual([
      'days read: 3, papers: 6',
      'added: 3 (2024-06-12, 2024-10-16, 2024-10-18)',
      'unchanged: 0',
      'differing from the stored file, kept: 0',
      'IDs also on another day: 1 (2410.09342: 2024-10-16, 2024-10-18)',
      'warnings: relative-image 1, repeated-heading 1',
    ]);
  });

  test('re-importing is a no-op: every day unchanged, no file rewritten', async () => {
    const t = setup(archive());
    await importDigests([t.input], { dataDir: t.dataDir, replace: false });
    const mtime = statSync(path.join(t.dataDir, 'digests/2024-10-18.md')).mtimeMs;
    const plan = await importDigests([t.input, path.join(t.input, 'paper_logs/2024/10/18.md')], { dataDir: t.dataDir, replace: false });
    expect(plan.ok && plan.writes).toEqual([]);
    expect(plan.ok && plan.report).toMatchObject({ added: [], unchanged: ['2024-06-12', '2024-10-16', '2024-10-18'], differing: [] });
    expect(statSync(path.join(t.dataDir, 'digests/2024-10-18.md')).mtimeMs).toBe(mtime);
  });

  test('an ID stored on another day is reported when its other day comes in', async () => {
    const t = setup({ '16.md': fixture('two-days-first') });
    cpSync(path.join(FIXTURES, 'repeated-heading-python-authors.md'), path.join(t.dataDir, 'digests/2024-10-18.md'));
    const plan = await importDigests([path.join(t.input, '16.md')], { dataDir: t.dataDir, replace: false });
    expect(plan.ok && plan.report.onOtherDays).toEqual([{ id: '2410.09342', dates: ['2024-10-16', '2024-10-18'] }]);
  });

  test('a day that differs from the stored file is kept without --replace, replaced with it', async () => {
    const edited = Buffer.from(fixture('two-days-first').toString('utf8').replace('Vote: 15', 'Vote: 16'));
    expect(edited).not.toEqual(fixture('two-days-first'));
    const t = setup({ 'a/16.md': fixture('two-days-first'), 'b/16.md': edited });
    await importDigests([path.join(t.input, 'a')], { dataDir: t.dataDir, replace: false });

    const kept = await importDigests([path.join(t.input, 'b')], { dataDir: t.dataDir, replace: false });
    expect(kept.ok && kept.report).toMatchObject({ added: [], unchanged: [], differing: ['2024-10-16'], replaced: [] });
    expect(kept.ok && formatReport(kept.report, false)).toContain('differing from the stored file, kept: 1 (2024-10-16) — run again with --replace to replace them');
    expect(t.storedBytes('2024-10-16')).toEqual(fixture('two-days-first'));

    const replaced = await importDigests([path.join(t.input, 'b')], { dataDir: t.dataDir, replace: true });
    expect(replaced.ok && replaced.report).toMatchObject({ differing: [], replaced: ['2024-10-16'] });
    expect(t.storedBytes('2024-10-16')).toEqual(edited);
  });

  test('one invalid file: nothing is written, the errors name file and line', async () => {
    const broken = fixture('vote-dash').toString('utf8').replace('Vote: 16', 'Vote: lots');
    const t = setup({ 'good/18.md': fixture('repeated-heading-python-authors'), 'bad/12.md': broken, 'bad/binary.md': Buffer.from([0x23, 0xff, 0xfe]) });
    const plan = await importDigests([t.input], { dataDir: t.dataDir, replace: false });
    expect(plan.ok).toBe(false);
    expect(!plan.ok && plan.errors.map((e) => `${path.relative(t.root, path.resolve(e.file))}:${e.line}: ${e.message}`)).toEqual([
      'in/bad/12.md:8: Vote: expects a whole number or "-", not "lots"',
      'in/bad/binary.md:1: not UTF-8 text',
    ]);
    expect(t.stored()).toEqual([]);
  });

  test('two inputs for the same day that differ are refused; identical ones are one day', async () => {
    const other = Buffer.from(fixture('two-days-first').toString('utf8').replace('Vote: 15', 'Vote: 16'));
    expect(other).not.toEqual(fixture('two-days-first'));
    const t = setup({ 'a.md': fixture('two-days-first'), 'b.md': other, 'c.md': fixture('two-days-first') });
    const plan = await importDigests([t.input], { dataDir: t.dataDir, replace: true });
    expect(!plan.ok && plan.errors.map((e) => `${path.basename(e.file)}:${e.line}: ${e.message.replace(/ in .*a\.md,/, ' in a.md,')}`)).toEqual([
      'b.md:1: day 2024-10-16 is also in a.md, with different content',
    ]);
    expect(t.stored()).toEqual([]);
    const same = await importDigests([path.join(t.input, 'a.md'), path.join(t.input, 'c.md')], { dataDir: t.dataDir, replace: false });
    expect(same.ok && same.report).toMatchObject({ added: ['2024-10-16'], days: 1, papers: 1 });
  });

  test('a missing path or a folder without digests is an error', async () => {
    const t = setup({ 'x/papers_list.csv': 'a' });
    await expect(importDigests([path.join(t.root, 'nope')], { dataDir: t.dataDir, replace: false })).rejects.toThrow(/nope: no such file or folder/);
    await expect(importDigests([path.join(t.input, 'x')], { dataDir: t.dataDir, replace: false })).rejects.toThrow(/no digest \(\*\.md\) found/);
  });

  test('the CLI: exit 1 with file:line on an invalid input, exit 0 with the report otherwise', () => {
    const t = setup({ 'ok/18.md': fixture('repeated-heading-python-authors'), 'bad/12.md': fixture('vote-dash').toString('utf8').replace('Vote: 16', 'Vote: lots') });
    const tsx = path.resolve('node_modules/.bin/tsx');
    const cli = path.resolve('scripts/import.ts');
    const env = { ...process.env, DATA_DIR: t.dataDir };
    let failed: { status: number; stderr: string } | undefined;
    try {
      execFileSync(tsx, [cli, 'in'], { cwd: t.root, env, stdio: 'pipe' });
    } catch (e) {
      failed = { status: (e as { status: number }).status, stderr: String((e as { stderr: Buffer }).stderr) };
    }
    expect(failed?.status).toBe(1);
    expect(failed?.stderr.split('\n')).toEqual(['import: nothing written: 1 invalid file(s)', 'in/bad/12.md:8: Vote: expects a whole number or "-", not "lots"', '']);
    expect(t.stored()).toEqual([]);

    const stdout = execFileSync(tsx, [cli, 'in/ok', '--replace'], { cwd: t.root, env, encoding: 'utf8' });
    expect(stdout).toContain('added: 1 (2024-10-18)');
    expect(stdout).toContain('replaced: 0');
    expect(t.storedBytes('2024-10-18')).toEqual(fixture('repeated-heading-python-authors'));
  });
});
