import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize, normalizeWithMap } from '../../../src/search/normalize';

/** The original text behind normalised range [s, e). */
function source(original: string, m: ReturnType<typeof normalizeWithMap>, s: number, e: number): string {
  return original.slice(...m.original(s, e));
}

describe('normalize', () => {
  it('folds width and case (NFKC + lower case)', () => {
    expect(normalize('ＧＰＴ-4와 LoRA를')).toBe('gpt-4와 lora를');
  });

  it('composes compatibility jamo into the syllable they spell', () => {
    expect(normalize('ㄱㅏ')).toBe('가');
  });
});

describe('normalizeWithMap', () => {
  it('maps one to one where nothing changes length', () => {
    const m = normalizeWithMap('확산 모델을 LoRA로');
    expect(m.text).toBe('확산 모델을 lora로');
    const at = m.text.indexOf('lora');
    expect(source('확산 모델을 LoRA로', m, at, at + 4)).toBe('LoRA');
  });

  it('maps full-width letters back to themselves', () => {
    const original = '새로운 ＧＰＴ 모델';
    const m = normalizeWithMap(original);
    const at = m.text.indexOf('gpt');
    expect(source(original, m, at, at + 3)).toBe('ＧＰＴ');
  });

  it('maps text that NFKC lengthens (ligatures, parenthesised Hangul) to the characters it came from', () => {
    const original = '㈜ ﬁnetuning 확산';
    const m = normalizeWithMap(original);
    expect(m.text).toBe('(주) finetuning 확산');
    const fine = m.text.indexOf('fine');
    expect(source(original, m, fine, fine + 4)).toBe('ﬁne');
    const hwa = m.text.indexOf('확산');
    expect(source(original, m, hwa, hwa + 2)).toBe('확산');
    expect(source(original, m, 1, 2)).toBe('㈜');
  });

  it('maps text that NFKC shortens (jamo composing) to the whole cluster', () => {
    const original = 'xㄱㅏy';
    const m = normalizeWithMap(original);
    expect(m.text).toBe('x가y');
    expect(source(original, m, 1, 2)).toBe('ㄱㅏ');
    expect(source(original, m, 2, 3)).toBe('y');
  });

  it('gives the same text as normalize, with ranges inside the original and in order, for any input', () => {
    const tricky = ['a', 'Z', 'Q', '가', '힣', '\u11a8', '\u1161', ' ', '\n', '\u00a0', '\u3000', 'ﬁ', '㈜', 'ＧＰＴ', 'ㄱ', 'ㅏ', 'ᄀ', 'ᅡ', 'ᆨ', '가', '\u0301', 'e\u0301', 'İ', 'Σ', 'ς', 'ß', '①', '😀', '①', '¼', '한국어'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...tricky), { maxLength: 30 }), (parts) => {
        const original = parts.join('');
        const m = normalizeWithMap(original);
        expect(m.text).toBe(normalize(original));
        expect(m.text).toBe(original.normalize('NFKC').toLowerCase());
        for (let i = 0; i < m.text.length; i++) {
          const [s, e] = m.original(i, i + 1);
          expect(s).toBeLessThan(e);
          expect(e).toBeLessThanOrEqual(original.length);
          if (i > 0) expect(s).toBeGreaterThanOrEqual(m.original(i - 1, i)[0]);
        }
      }),
    );
  });
});
