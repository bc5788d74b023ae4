import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { buildData } from '../../../scripts/build-data';
import { openShipped } from '../../../src/reader/shipped-index';
import { testTranslationText } from '../digest/seed';

const tmp: string[] = [];
function workdir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dp-data-'));
  tmp.push(dir);
  // The seed day: the whole archive is tested in tests/unit/digest/archive.test.ts.
  cpSync('data/digests/2023-11-23.md', path.join(dir, 'data/digests/2023-11-23.md'));
  return dir;
}
afterEach(() => tmp.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('scripts/build-data.ts', () => {
  test('compiles data/ into days, index shards and dates', async () => {
    const dir = workdir();
    const out = path.join(dir, 'out');
    expect(await buildData(path.join(dir, 'data'), out)).toEqual({ days: 1, papers: 9, warnings: [] });
    expect(readdirSync(out, { recursive: true }).map(String).sort()).toEqual(['dates.json', 'days', 'days/2023-11-23.json', 'index', 'index/2311.json', 'search', 'search/index.bin', 'version.json']);
    // The reader's search index of these days, for the data beside it (tests/unit/reader/shipped-index.test.ts).
    const { hash } = JSON.parse(readFileSync(path.join(out, 'version.json'), 'utf8')) as { hash: string };
    expect(openShipped(readFileSync(path.join(out, 'search/index.bin')), hash)).toMatchObject({ dates: ['2023-11-23'], index: { live: 9 } });
  });

  test('a translations/ folder is never compiled in: no English of the digests is shipped (their license)', async () => {
    const dir = workdir();
    mkdirSync(path.join(dir, 'data/translations'));
    writeFileSync(path.join(dir, 'data/translations/2023-11-23.en.json'), testTranslationText());
    const out = path.join(dir, 'out');
    await buildData(path.join(dir, 'data'), out);
    const day = JSON.parse(readFileSync(path.join(out, 'days/2023-11-23.json'), 'utf8')) as { papers: { summary: object }[] };
    expect(day.papers.map((p) => Object.keys(p.summary))).toEqual(day.papers.map(() => ['ko']));
  });

  test('a deleted Authors: line fails the CLI with file:line and keeps the previous good output', () => {
    const dir = workdir();
    const out = path.join(dir, 'out');
    const env = { ...process.env, DATA_DIR: path.join(dir, 'data'), DATA_OUT: out };
    const cli = path.resolve('scripts/build-data.ts');
    const tsx = path.resolve('node_modules/.bin/tsx');
    // two archive excerpts with known quirks: the CLI sums the warnings up in one line
    for (const [fixture, date] of [['repeated-heading-python-authors', '2024-10-18'], ['two-star-labels-relative-image', '2024-06-12'], ['two-days-first', '2024-10-16']]) {
      cpSync(`tests/unit/digest/fixtures/${fixture}.md`, path.join(dir, `data/digests/${date}.md`));
    }
    const stdout = execFileSync(tsx, [cli], { env, cwd: dir, encoding: 'utf8' });
    expect(stdout.split('\n')).toEqual([
      'data: 15 papers in 4 day(s) → out',
      'data: 3 warning(s): id-on-several-days 1, relative-image 1, repeated-heading 1',
      '',
    ]);
    const good = readFileSync(path.join(out, 'days/2023-11-23.json'), 'utf8');

    const digest = path.join(dir, 'data/digests/2023-11-23.md');
    const text = readFileSync(digest, 'utf8');
    const line = text.split('\n').findIndex((l) => l.startsWith('Authors: Kai Yang')) + 1;
    writeFileSync(digest, text.replace(/^Authors: Kai Yang.*\n/m, ''));
    let stderr = '';
    try {
      execFileSync(tsx, [cli], { env, cwd: dir, stdio: 'pipe' });
      expect.unreachable('build-data should fail');
    } catch (e) {
      stderr = String((e as { stderr: Buffer }).stderr);
    }
    // the paper heading is two lines above the deleted Authors: line in the seed's layout
    expect(stderr).toContain(`data/digests/2023-11-23.md:${line - 4}: paper 2311.13231 has no Authors: line`);
    expect(readFileSync(path.join(out, 'days/2023-11-23.json'), 'utf8')).toBe(good);
  });
});
