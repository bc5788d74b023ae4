import { describe, expect, it } from 'vitest';
import { search, type SearchResult } from '../../../src/search/query';
import { indexDays, removeDay } from '../../../src/search/search-index';
import { day, realDay } from './test-days';

const ids = (rs: SearchResult[]) => rs.map((r) => r.id);
/** The highlighted parts of a result's snippet. */
const marked = (r: SearchResult) => r.snippet.highlights.map(([s, e]) => r.snippet.text.slice(s, e));

describe('search: Korean', () => {
  const index = indexDays([
    day('2024-01-01', [
      { id: '2401.00001', ko: ['확산 모델을 이용해 이미지를 생성한다.'] },
      { id: '2401.00002', ko: ['이 모델은 강화 학습으로 훈련된다.'] },
      { id: '2401.00003', ko: ['확산모델의 샘플링을 가속한다.'] },
      { id: '2401.00004', ko: ['LoRA를 사용해 미세 조정한다.'] },
      { id: '2401.00005', ko: ['모형 없이 확산 과정만 다룬다.'] },
    ]),
  ]);

  it('finds words with particles attached (모델을, 모델은)', () => {
    expect(ids(search(index, '모델').results).sort()).toEqual(['2401.00001', '2401.00002', '2401.00003']);
    expect(ids(search(index, '확산 모델').results)).toContain('2401.00001');
  });

  it('finds a spaced query in unspaced text: `확산 모델` finds 확산모델의', () => {
    expect(ids(search(index, '확산 모델').results).sort()).toEqual(['2401.00001', '2401.00003']);
  });

  it('matches an unspaced query only where the text is unspaced: `확산모델` does not find 확산 모델을', () => {
    expect(ids(search(index, '확산모델').results)).toEqual(['2401.00003']);
  });

  it('requires every term (AND)', () => {
    expect(ids(search(index, '확산 강화').results)).toEqual([]);
    expect(ids(search(index, '모델 강화').results)).toEqual(['2401.00002']);
  });

  it('matches mixed Hangul and Latin: `LoRA를`, `lora`, `LORA`', () => {
    for (const q of ['LoRA를', 'lora', 'LORA', 'ＬｏＲＡ를']) expect(ids(search(index, q).results), q).toEqual(['2401.00004']);
  });

  it('finds single characters', () => {
    expect(ids(search(index, '형').results)).toEqual(['2401.00005']);
  });

  it('gives nothing for an empty or blank query', () => {
    for (const q of ['', '   ', '\u3000\t']) expect(search(index, q)).toEqual({ terms: [], total: 0, results: [] });
  });

  it('gives nothing when a term is unknown', () => {
    expect(search(index, '모델 양자컴퓨터')).toMatchObject({ total: 0, results: [] });
  });
});

describe('search: NFKC', () => {
  const index = indexDays([
    day('2024-01-01', [
      { id: '2401.00001', ko: ['ＧＰＴ-4와 비교한다.'] },
      { id: '2401.00002', ko: ['GPT-3.5보다 낫다.'] },
    ]),
  ]);

  it('folds full-width text and queries alike', () => {
    expect(ids(search(index, 'gpt').results).sort()).toEqual(['2401.00001', '2401.00002']);
    expect(ids(search(index, 'ＧＰＴ-4').results)).toEqual(['2401.00001']);
  });

  it('highlights the original full-width text', () => {
    const r = search(index, 'gpt-4').results[0]!;
    expect(marked(r)).toEqual(['ＧＰＴ-4']);
  });
});

describe('search: the real 2023-11-23 digest', () => {
  const index = indexDays([realDay()]);

  it('finds a paper by arXiv ID, also with a version or an arXiv: prefix, as the first result', () => {
    for (const q of ['2311.12983', '2311.12983v2', 'arXiv:2311.12983', 'https://arxiv.org/abs/2311.12983']) {
      const r = search(index, q);
      expect(r.results[0], q).toMatchObject({ id: '2311.12983', field: 'id' });
    }
  });

  it('finds papers by author', () => {
    expect(search(index, 'LeCun').results).toMatchObject([{ id: '2311.12983', field: 'authors' }]);
    expect(search(index, 'yann lecun').results).toMatchObject([{ id: '2311.12983' }]);
    // Accents are kept: NFKC does not strip them.
    expect(ids(search(index, 'grégoire').results)).toEqual(['2311.12983']);
  });

  it('finds Korean phrases whose words carry particles', () => {
    const r = search(index, '확산 모델');
    expect(r.total).toBeGreaterThanOrEqual(3);
    for (const res of r.results) expect(marked(res).join(' ')).toMatch(/확산|모델/);
  });

  it('searches English summaries', () => {
    const r = search(index, 'preference optimization', { lang: 'en' });
    expect(ids(r.results)).toContain('2311.12908');
    const dpo = r.results.find((x) => x.id === '2311.12908')!;
    expect(dpo.fields).toEqual(expect.arrayContaining(['title', 'en']));
    expect(dpo.snippet.field).toBe('en');
    expect(marked(dpo).map((s) => s.toLowerCase())).toEqual(expect.arrayContaining(['preference', 'optimization']));
  });

  it('snippets prefer the reader’s language when both summaries match', () => {
    // `GAIA` is written in both the Korean and the English summary.
    expect(search(index, 'GAIA', { lang: 'ko' }).results[0]!.snippet.field).toBe('ko');
    expect(search(index, 'GAIA', { lang: 'en' }).results[0]!.snippet.field).toBe('en');
  });

  it('limits the results but counts them all', () => {
    const r = search(index, 'the', { limit: 2 });
    expect(r.results).toHaveLength(2);
    expect(r.total).toBeGreaterThan(2);
  });
});

describe('search: a paper featured on two days', () => {
  const index = indexDays([
    day('2024-01-01', [{ id: '2312.00001', ko: ['텍스트-비디오 생성 모델'] }]),
    day('2024-01-05', [{ id: '2312.00001', ko: ['텍스트-비디오 생성 모델'] }]),
  ]);

  it('is found once per day, the newer day first', () => {
    const r = search(index, '비디오');
    expect(r.results.map((x) => [x.date, x.id])).toEqual([
      ['2024-01-05', '2312.00001'],
      ['2024-01-01', '2312.00001'],
    ]);
  });

  it('is still found on the other day when one day is deleted', () => {
    expect(search(removeDay(index, '2024-01-05'), '비디오').results.map((x) => x.date)).toEqual(['2024-01-01']);
  });
});

describe('search: ranking', () => {
  it('orders by title terms, then author terms, then frequency in the summaries, then newer day', () => {
    const index = indexDays([
      day('2024-01-01', [{ id: '2401.00001', title: 'Alpha Beta Networks', ko: ['무관'] }]),
      day('2024-01-02', [{ id: '2401.00006', ko: ['alpha alpha beta beta'] }]),
      day('2024-01-03', [{ id: '2401.00002', title: 'Alpha Networks', authors: ['Beta Kim'], ko: ['무관'] }]),
      day('2024-01-04', [{ id: '2401.00003', title: 'Alpha Networks', ko: ['beta beta beta'] }]),
      day('2024-01-05', [{ id: '2401.00004', authors: ['Alpha Beta'], ko: ['무관'] }]),
      day('2024-01-06', [{ id: '2401.00005', ko: ['alpha beta'] }]),
      day('2024-01-07', [{ id: '2401.00007', ko: ['alpha는 beta를'] }]),
    ]);
    const r = search(index, 'alpha beta').results;
    expect(ids(r)).toEqual(['2401.00001', '2401.00002', '2401.00003', '2401.00004', '2401.00006', '2401.00007', '2401.00005']);
    expect(r.map((x) => x.field)).toEqual(['title', 'title', 'title', 'authors', 'ko', 'ko', 'ko']);
    // Scores only fall (ties broken by date).
    for (let i = 1; i < r.length; i++) expect(r[i]!.score).toBeLessThanOrEqual(r[i - 1]!.score);
  });

  it('puts the paper whose ID was asked for first, above papers that only mention it', () => {
    const index = indexDays([
      day('2024-01-09', [{ id: '2401.00010', title: 'Follow-up to 2401.00009', ko: ['2401.00009 논문을 확장한다'] }]),
      day('2024-01-08', [{ id: '2401.00009', title: 'Original', ko: ['원 논문'] }]),
    ]);
    expect(ids(search(index, 'arXiv:2401.00009v3').results)).toEqual(['2401.00009', '2401.00010']);
  });

  it('ranks a partial ID like a title match', () => {
    const index = indexDays([
      day('2024-01-09', [{ id: '2312.00011', ko: ['2401.000 언급'] }]),
      day('2024-01-08', [{ id: '2401.00012', ko: ['무관'] }]),
    ]);
    expect(search(index, '2401.000').results.map((x) => [x.id, x.field])).toEqual([
      ['2401.00012', 'id'],
      ['2312.00011', 'ko'],
    ]);
  });

  it('breaks ties within a day by digest order', () => {
    const index = indexDays([
      day('2024-01-01', [
        { id: '2401.00003', ko: ['모델'] },
        { id: '2401.00001', ko: ['모델'] },
        { id: '2401.00002', ko: ['모델'] },
      ]),
    ]);
    expect(ids(search(index, '모델').results)).toEqual(['2401.00003', '2401.00001', '2401.00002']);
  });
});
