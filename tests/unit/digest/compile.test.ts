import { describe, expect, test } from 'vitest';
import { AggregateInputError, compileDataset, countByKind } from '../../../src/digest/compile';
import { datesSchema, daySchema, indexShardSchema } from '../../../src/digest/schema';
import { shardOf } from '../../../src/digest/shard';
import { seedText, SEED_PATH, testTranslationText } from './seed';

const input = () => ({ digests: [{ path: SEED_PATH, text: seedText() }], translations: [{ path: 'imports/2023-11-23.en.json', text: testTranslationText() }] });

function synthDigest(date: string, ids: string[]): string {
  return [`## Daily Papers (${date})`, ...ids.flatMap((id) => [`### [Paper ${id}](https://arxiv.org/abs/${id})`, 'Authors: A. Author', '- 요약 https://example.org/x 입니다.'])].join('\n\n');
}

describe('compileDataset', () => {
  test('one day file, one index shard per month, a dates list — all schema-valid', () => {
    const out = compileDataset(input());
    expect([...out.files.keys()].sort()).toEqual(['dates.json', 'days/2023-11-23.json', 'index/2311.json', 'version.json']);
    // the fingerprint of everything else: same input, same hash; another input, another hash
    expect(JSON.parse(out.files.get('version.json')!)).toEqual({ hash: expect.stringMatching(/^[0-9a-f]{8}$/) });
    expect(datesSchema.parse(JSON.parse(out.files.get('dates.json')!))).toEqual({ dates: ['2023-11-23'] });
    const day = daySchema.parse(JSON.parse(out.files.get('days/2023-11-23.json')!));
    expect(day.papers.every((p) => p.summary.en?.translated)).toBe(true);
    const index = indexShardSchema.parse(JSON.parse(out.files.get('index/2311.json')!));
    expect(Object.keys(index)).toHaveLength(9);
    expect(index['2311.13231']).toEqual(['2023-11-23']);
    expect(out.warnings).toEqual([]);
  });

  test('deterministic: same input in any order gives byte-identical output', () => {
    const a = compileDataset({ digests: [{ path: 'b.md', text: synthDigest('2024-01-02', ['2401.00003', '2312.00001']) }, { path: 'a.md', text: synthDigest('2024-01-01', ['2401.00001']) }], translations: [] });
    const b = compileDataset({ digests: [{ path: 'a.md', text: synthDigest('2024-01-01', ['2401.00001']) }, { path: 'b.md', text: synthDigest('2024-01-02', ['2401.00003', '2312.00001']) }], translations: [] });
    expect([...a.files]).toEqual([...b.files]);
    expect(JSON.parse(a.files.get('index/2401.json')!)).toEqual({ '2401.00001': ['2024-01-01'], '2401.00003': ['2024-01-02'] });
    expect(JSON.parse(a.files.get('index/2312.json')!)).toEqual({ '2312.00001': ['2024-01-02'] });
  });

  test('a paper featured on several days is indexed under all of them, oldest first, with a warning', () => {
    const out = compileDataset({
      digests: [
        { path: 'c.md', text: synthDigest('2024-01-09', ['2401.00001']) },
        { path: 'a.md', text: synthDigest('2024-01-05', ['2401.00001', '2401.00002']) },
        { path: 'b.md', text: synthDigest('2024-01-01', ['2401.00001']) },
      ],
      translations: [],
    });
    const index = indexShardSchema.parse(JSON.parse(out.files.get('index/2401.json')!));
    expect(index).toEqual({ '2401.00001': ['2024-01-01', '2024-01-05', '2024-01-09'], '2401.00002': ['2024-01-05'] });
    expect(out.papers).toBe(4);
    expect(out.warnings).toEqual([{ file: 'a.md', line: 1, kind: 'id-on-several-days', message: '2401.00001 is listed on 2024-01-01, 2024-01-05, 2024-01-09' }]);
  });

  test('parse warnings come back with their file', () => {
    const text = synthDigest('2024-01-01', ['2401.00001']).replace('Authors:', '![](/avatars/x.svg)\nAuthors:');
    const out = compileDataset({ digests: [{ path: 'data/digests/2024-01-01.md', text }], translations: [] });
    expect(out.warnings).toEqual([{ file: 'data/digests/2024-01-01.md', line: 5, kind: 'relative-image', message: 'teaser /avatars/x.svg is a site-relative URL: dropped' }]);
    expect(countByKind([...out.warnings, ...out.warnings, { kind: 'repeated-heading' }])).toEqual([
      ['relative-image', 2],
      ['repeated-heading', 1],
    ]);
  });

  test('the index schema refuses unsorted, repeated or empty date lists', () => {
    for (const dates of [['2024-01-02', '2024-01-01'], ['2024-01-01', '2024-01-01'], [], '2024-01-01']) {
      expect(indexShardSchema.safeParse({ '2401.00001': dates }).success, JSON.stringify(dates)).toBe(false);
    }
  });

  test('errors of every file at once, as file:line: message', () => {
    const broken = seedText().replace(/^Authors: Kai Yang.*\n/m, '');
    let err: unknown;
    try {
      compileDataset({ digests: [{ path: SEED_PATH, text: broken }, { path: 'data/digests/x.md', text: '## Daily Papers (2024-99-01)' }], translations: [] });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AggregateInputError);
    const lines = (err as Error).message.split('\n');
    expect(lines).toContain(`${SEED_PATH}:${seedText().split('\n').findIndex((l) => l.includes('2311.13231')) + 1}: paper 2311.13231 has no Authors: line`);
    expect(lines).toContain('data/digests/x.md:1: bad date "2024-99-01": expected YYYY-MM-DD');
  });

  test('two files for one day are refused', () => {
    expect(() => compileDataset({ digests: [{ path: 'a.md', text: seedText() }, { path: 'b.md', text: seedText() }], translations: [] })).toThrow('b.md:1: day 2023-11-23 is already defined by a.md');
  });

  test('a translation without its digest is refused', () => {
    expect(() => compileDataset({ digests: [{ path: 'a.md', text: synthDigest('2024-01-01', ['2401.00001']) }], translations: [{ path: 't/2023-11-23.en.json', text: testTranslationText() }] })).toThrow('t/2023-11-23.en.json:1: no digest for 2023-11-23');
  });
});

describe('shardOf', () => {
  test.each([
    ['2311.12983', '2311'],
    ['0704.0001', '0704'],
    ['hep-th/9901001', 'hep-th-9901'],
    ['math.GT/0309136', 'math-0309'],
    ['nonsense', undefined],
  ])('%s → %s', (id, shard) => expect(shardOf(id)).toBe(shard));

  test('version.json changes with the data and only with it', () => {
    const a = compileDataset({ digests: [{ path: SEED_PATH, text: seedText() }], translations: [] });
    const b = compileDataset({ digests: [{ path: SEED_PATH, text: seedText() }], translations: [] });
    const c = compileDataset({ digests: [{ path: SEED_PATH, text: seedText().replace('GAIA 벤치마크는', 'GAIA 벤치마크가') }], translations: [] });
    expect(a.files.get('version.json')).toBe(b.files.get('version.json'));
    expect(a.files.get('version.json')).not.toBe(c.files.get('version.json'));
  });
});
