import { describe, expect, it } from 'vitest';
import { MAX_TERMS, queryTerms } from '../../../src/search/terms';

const texts = (q: string) => queryTerms(q).map((t) => t.text);

describe('queryTerms', () => {
  it('splits at any white space and folds width and case', () => {
    expect(texts('  확산\u3000모델\tＬｏＲＡ를 ')).toEqual(['확산', '모델', 'lora를']);
  });

  it('gives no terms for an empty or blank query', () => {
    expect(queryTerms('')).toEqual([]);
    expect(queryTerms(' \u3000\n')).toEqual([]);
  });

  it('drops repeated terms', () => {
    expect(texts('모델 모델 MODEL')).toEqual(['모델', 'model']);
  });

  it('reads an arXiv ID with a version, an arXiv: prefix or as an arXiv URL as the bare ID', () => {
    for (const q of ['2311.12983', '2311.12983v2', 'arXiv:2311.12983', 'ARXIV:2311.12983V3', 'https://arxiv.org/abs/2311.12983v1']) {
      expect(queryTerms(q), q).toEqual([{ text: '2311.12983', id: true }]);
    }
    expect(queryTerms('arXiv: 2311.12983')).toEqual([{ text: '2311.12983', id: true }]);
    expect(queryTerms('hep-th/9901001v2')).toEqual([{ text: 'hep-th/9901001', id: true }]);
  });

  it('keeps partial IDs as plain substrings', () => {
    expect(queryTerms('2311.129')).toEqual([{ text: '2311.129', id: false }]);
  });

  it(`keeps at most ${MAX_TERMS} terms`, () => {
    expect(queryTerms(Array.from({ length: 40 }, (_, i) => `t${i}`).join(' '))).toHaveLength(MAX_TERMS);
  });
});
