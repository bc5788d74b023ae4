import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIELD, type SearchDoc } from '../../../src/search/doc';
import { buildSegment, isWhiteSpace, posting, tokensContaining } from '../../../src/search/segment';

function doc(id: string, ko: string, en?: string): SearchDoc {
  const d: SearchDoc = { date: '2024-01-01', order: 0, id, title: `Title ${id}`, authors: ['Kim Lee'], ko };
  if (en !== undefined) d.en = en;
  return d;
}

const tokensOf = (seg: ReturnType<typeof buildSegment>, term: string) => tokensContaining(seg, term).map((t) => seg.tokens[t]).sort();

describe('buildSegment', () => {
  it('keeps normalised white-space tokens with their particles, as the vocabulary', () => {
    const seg = buildSegment([doc('2401.00001', '확산 모델을 LoRA를 사용해 ＧＰＴ와 비교한다')], 0);
    expect(seg.tokens).toEqual(expect.arrayContaining(['확산', '모델을', 'lora를', 'gpt와', '2401.00001']));
  });

  it('records document, field and count in each posting, documents numbered from `first`', () => {
    const seg = buildSegment([doc('2401.00001', '모델 모델 모델'), doc('2401.00002', 'x', '모델')], 10);
    const t = seg.tokens.indexOf('모델');
    const posts = Array.from(seg.posts.subarray(seg.postStart[t], seg.postStart[t + 1]), (p) => [posting.doc(p), posting.field(p), posting.count(p)]);
    expect(posts).toEqual([
      [10, FIELD.ko, 3],
      [11, FIELD.en, 1],
    ]);
  });

  it('caps counts at 7', () => {
    const seg = buildSegment([doc('2401.00001', Array(20).fill('a').join(' '))], 0);
    const t = seg.tokens.indexOf('a');
    expect(posting.count(seg.posts[seg.postStart[t]!]!)).toBe(7);
  });
});

describe('tokensContaining', () => {
  const seg = buildSegment([doc('2401.00001', '확산 모델을 확산모델은 언어모델 모형', 'Diffusion models model LoRA를')], 0);

  it('finds every token holding the term, particles and compounds included', () => {
    expect(tokensOf(seg, '모델')).toEqual(['모델을', '언어모델', '확산모델은']);
    expect(tokensOf(seg, 'model')).toEqual(['model', 'models']);
    expect(tokensOf(seg, 'lora')).toEqual(['lora를']);
    expect(tokensOf(seg, 'ffusio')).toEqual(['diffusion']);
  });

  it('handles single characters by scanning the vocabulary', () => {
    expect(tokensOf(seg, '형')).toEqual(['모형']);
  });

  it('finds nothing for a term with an unknown bigram', () => {
    expect(tokensOf(seg, '모델들')).toEqual([]);
    expect(tokensOf(seg, 'zq')).toEqual([]);
  });

  it('agrees with a scan of the vocabulary for any term', () => {
    const alphabet = ['a', 'b', 'ab', '모', '델', '을', '😀', '-'];
    const word = fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 5 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), word, (words, term) => {
        const s = buildSegment([doc('2401.00001', words.join(' '))], 0);
        const expected = s.tokens.filter((t) => t.includes(term)).sort();
        expect(tokensContaining(s, term).map((t) => s.tokens[t]).sort()).toEqual(expected);
      }),
    );
  });
});

describe('isWhiteSpace', () => {
  it('is exactly `\\s`, the set queries are split at', () => {
    const differ: string[] = [];
    for (let c = 0; c < 0x10000; c++) if (isWhiteSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c.toString(16));
    expect(differ).toEqual([]);
  });
});
