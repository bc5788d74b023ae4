/**
 * The whole archive in data/digests/ (the repo's copy: CI has no ../shared): every file reads, the counts
 * of the source hold, and every bullet gives back its source byte for byte.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { compileDataset, countByKind } from '../../../src/digest/compile';
import { bulletSource } from '../../../src/digest/inline';
import type { Segment } from '../../../src/digest/schema';
import { sourceBullets } from './source-bullets';

const DIR = 'data/digests';
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => ({ path: path.join(DIR, f), text: readFileSync(path.join(DIR, f), 'utf8') }));
// Throws with every file:line if anything fails to parse.
const out = compileDataset({ digests: files, translations: [] });
const papers = out.days.flatMap((d) => d.papers);
const bullets = papers.flatMap((p) => p.summary.ko.bullets);

describe('the archive in data/digests', () => {
  test('357 days from 2023-11-20 to 2025-05-09, each file named after its heading date', () => {
    expect(out.days).toHaveLength(357);
    expect([out.days[0]!.date, out.days.at(-1)!.date]).toEqual(['2023-11-20', '2025-05-09']);
    expect(files.map((f) => path.basename(f.path, '.md'))).toEqual(out.days.map((d) => d.date));
  });

  test('5,488 entries, 5,487 distinct IDs: 2410.09342 is on two days and indexed under both', () => {
    expect(papers).toHaveLength(5488);
    expect(out.papers).toBe(5488);
    expect(new Set(papers.map((p) => p.id)).size).toBe(5487);
    expect(JSON.parse(out.files.get('index/2410.json')!)['2410.09342']).toEqual(['2024-10-16', '2024-10-18']);
  });

  test('warnings: the 26 site-relative teasers, the 5 repeated headings, the one ID on two days', () => {
    expect(countByKind(out.warnings)).toEqual([
      ['relative-image', 26],
      ['repeated-heading', 5],
      ['id-on-several-days', 1],
    ]);
  });

  test('every bullet gives back its source byte for byte (21,391 bullets)', () => {
    const bySource = files.flatMap((f) => sourceBullets(f.text));
    expect(bullets).toHaveLength(21391);
    expect(bySource).toHaveLength(21391);
    const differing = bullets.map(bulletSource).flatMap((b, i) => (b === bySource[i] ? [] : [{ parsed: b, source: bySource[i] }]));
    expect(differing).toEqual([]);
  });

  test('what the files hold, as SOURCE.md describes it', () => {
    const has = (pred: (s: Segment) => boolean) => bullets.filter((b) => b.some(pred)).length;
    const isObj = (key: string) => (s: Segment) => typeof s === 'object' && key in s;
    expect({
      labelled: has(isObj('label')),
      twoStars: has((s) => typeof s === 'object' && 'label' in s && s.stars === 2),
      bold: has(isObj('b')),
      links: has(isObj('text')),
      code: has(isObj('code')),
      emphasis: has(isObj('em')),
      nestedLists: has(isObj('li')),
      strayMarkup: has(isObj('stray')),
      continued: has((s) => typeof s === 'string' && s.includes('\n')),
      withoutAuthors: papers.filter((p) => p.authors.length === 0).length,
      withVotes: papers.filter((p) => p.votes !== undefined).length,
      withVideo: papers.filter((p) => p.video).length,
      withImage: papers.filter((p) => p.image).length,
    }).toEqual({ labelled: 12208, twoStars: 4120, bold: 10, links: 9, code: 7, emphasis: 5, nestedLists: 3, strayMarkup: 1, continued: 2, withoutAuthors: 11, withVotes: 5371, withVideo: 152, withImage: 5299 });
    expect(new Set(papers.flatMap((p) => [p.image, p.video]).filter(Boolean).map((u) => new URL(u!).protocol))).toEqual(new Set(['https:']));
  });
});
