import { describe, expect, test } from 'vitest';
import { resolveStart } from '../../../src/model/popup-start';
import { createRepository } from '../../../src/packaged/repository';
import { compileDataset } from '../../../src/digest/compile';
import { shortAuthors } from '../../../src/model/authors';
import { nearestDate, neighbours } from '../../../src/popup/days';
import { filterPapers } from '../../../src/popup/search';
import { seedText, SEED_PATH, testTranslationText } from '../digest/seed';

const out = compileDataset({
  digests: [
    { path: SEED_PATH, text: seedText() },
    { path: 'x.md', text: '## Daily Papers (2023-11-24)\n\n### [Other](https://arxiv.org/abs/2311.14000)\n\nAuthors: A\n\n- 요약' },
  ],
  translations: [{ path: 'imports/2023-11-23.en.json', text: testTranslationText() }],
});
const papers = out.days[0]!.papers;
const repo = createRepository(async (p) => (out.files.has(p) ? JSON.parse(out.files.get(p)!) : undefined));
const ids = (q: string) => filterPapers(papers, q).map((p) => p.id);

describe('search', () => {
  test('title, author, ID', () => {
    expect(ids('lora')).toEqual(['2311.13600']);
    expect(ids('LeCun')).toEqual(['2311.12983']);
    expect(ids('2311.13435')).toEqual(['2311.13435']);
  });
  test('Korean summary text (Hangul)', () => {
    expect(ids('파노라마')).toEqual(['2311.13141']);
    expect(ids('리더보드')).toEqual(['2311.12983']);
  });
  // The English a reader imported for the day (here: text written for the tests).
  test('English summary text', () => expect(ids('english test text point')).toHaveLength(9));
  test('all terms must match; case and width do not matter', () => {
    expect(ids('diffusion dpo')).toEqual(['2311.12908', '2311.13231']);
    expect(ids('ＺＩＰＬＯＲＡ')).toEqual(['2311.13600']);
  });
  test('empty query keeps all, no match gives none', () => {
    expect(ids('   ')).toHaveLength(9);
    expect(ids('zzzz')).toEqual([]);
  });
});

describe('days', () => {
  test('neighbours and bounds', () => {
    const dates = ['2023-11-22', '2023-11-23', '2023-11-24'];
    expect(neighbours(dates, '2023-11-23')).toEqual({ prev: '2023-11-22', next: '2023-11-24' });
    expect(neighbours(dates, '2023-11-22')).toEqual({ prev: undefined, next: '2023-11-23' });
    expect(neighbours(dates, '2023-11-24')).toEqual({ prev: '2023-11-23', next: undefined });
    expect(neighbours(dates, '1999-01-01')).toEqual({});
  });
  test('nearestDate: the day itself, else the closest earlier, else the first', () => {
    const dates = ['2023-11-22', '2023-11-23', '2023-11-27'];
    expect(nearestDate(dates, '2023-11-23')).toBe('2023-11-23');
    expect(nearestDate(dates, '2023-11-25')).toBe('2023-11-23');
    expect(nearestDate(dates, '2030-01-01')).toBe('2023-11-27');
    expect(nearestDate(dates, '2000-01-01')).toBe('2023-11-22');
    expect(nearestDate([], '2023-11-23')).toBeUndefined();
  });
  test('shortAuthors', () => {
    expect(shortAuthors(['a', 'b', 'c', 'd'])).toEqual({ shown: ['a', 'b', 'c', 'd'], hidden: 0 });
    expect(shortAuthors(['a', 'b', 'c', 'd', 'e'])).toEqual({ shown: ['a', 'b', 'c'], hidden: 2 });
  });
});

describe('resolveStart', () => {
  test('an abs page of a known paper opens its day, highlighted', async () => {
    const s = await resolveStart(repo, 'https://arxiv.org/abs/2311.13231');
    expect([s.day?.date, s.highlight, s.notice, s.tabIsArxiv]).toEqual(['2023-11-23', '2311.13231', undefined, true]);
  });
  test.each(['https://arxiv.org/pdf/2311.13600v2', 'https://export.arxiv.org/abs/2311.13600', 'https://arxiv.org/html/2311.13600v1/#S1'])('%s', async (url) => {
    expect((await resolveStart(repo, url)).highlight).toBe('2311.13600');
  });
  test('unknown paper: newest day with a notice', async () => {
    const s = await resolveStart(repo, 'https://arxiv.org/abs/2401.00001');
    expect([s.day?.date, s.highlight, s.notice]).toEqual(['2023-11-24', undefined, { kind: 'not-in-dataset', id: '2401.00001' }]);
  });
  test('not arXiv (or unreadable URL): newest day', async () => {
    for (const url of ['https://example.org/', undefined]) {
      const s = await resolveStart(repo, url);
      expect([s.day?.date, s.notice, s.tabIsArxiv]).toEqual(['2023-11-24', { kind: 'not-arxiv' }, false]);
    }
  });
  test('an arXiv listing page is arXiv (links may reuse the tab) but names no paper', async () => {
    const s = await resolveStart(repo, 'https://arxiv.org/list/cs.CV/new');
    expect([s.notice, s.tabIsArxiv]).toEqual([{ kind: 'not-arxiv' }, true]);
  });
  test('empty dataset', async () => {
    const empty = createRepository(async (p) => (p === 'dates.json' ? { dates: [] } : undefined));
    expect(await resolveStart(empty, undefined)).toMatchObject({ day: undefined, notice: { kind: 'empty' } });
  });
});
