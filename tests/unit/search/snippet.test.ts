import { describe, expect, it } from 'vitest';
import { highlightRanges, makeSnippet, SNIPPET_WIDTH } from '../../../src/search/snippet';

const marked = (s: { text: string; highlights: [number, number][] }) => s.highlights.map(([a, b]) => s.text.slice(a, b));

describe('highlightRanges', () => {
  it('gives ranges of the original text, merged where terms overlap', () => {
    const text = 'Diffusion Models을 쓰는 확산모델';
    expect(highlightRanges(text, ['model', 'models을', '확산'])).toEqual([
      [10, 17],
      [21, 23],
    ]);
  });

  it('maps through NFKC: full width and ligatures are highlighted whole', () => {
    const text = 'ＧＰＴ와 ﬁne-tuning';
    expect(highlightRanges(text, ['gpt', 'fine']).map(([s, e]) => text.slice(s, e))).toEqual(['ＧＰＴ', 'ﬁne']);
  });
});

describe('makeSnippet', () => {
  it('keeps a short line whole', () => {
    const s = makeSnippet('확산 모델을 이용한다', ['모델']);
    expect(s).toEqual({ text: '확산 모델을 이용한다', highlights: [[3, 5]], found: 1 });
  });

  it('shows the line (bullet) holding the most distinct terms', () => {
    const s = makeSnippet('모델만 있는 줄\n확산 없는 줄\n확산 모델이 둘 다 있는 줄', ['확산', '모델']);
    expect(s.text).toBe('확산 모델이 둘 다 있는 줄');
    expect(marked(s)).toEqual(['확산', '모델']);
    expect(s.found).toBe(2);
  });

  it('cuts a long line around the first match, at word boundaries, with ellipses', () => {
    const before = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const after = Array.from({ length: 40 }, (_, i) => `tail${i}`).join(' ');
    const s = makeSnippet(`${before} 확산 모델을 ${after}`, ['모델']);
    expect(s.text.startsWith('…')).toBe(true);
    expect(s.text.endsWith('…')).toBe(true);
    expect(s.text.length).toBeLessThanOrEqual(SNIPPET_WIDTH + 2);
    expect(s.text).toMatch(/^…word\d+ /); // no word cut in half
    expect(s.text).toMatch(/ tail\d+…$/);
    expect(marked(s)).toEqual(['모델']);
  });

  it('moves the window back when the match is near the end of a long line', () => {
    const s = makeSnippet(`${'가나다 '.repeat(60)}끝에 모델`, ['모델']);
    expect(s.text.endsWith('모델')).toBe(true);
    expect(marked(s)).toEqual(['모델']);
  });

  it('never splits a surrogate pair', () => {
    const s = makeSnippet(`${'😀'.repeat(100)}모델${'😀'.repeat(100)}`, ['모델']);
    expect(s.text.isWellFormed()).toBe(true);
    expect(marked(s)).toEqual(['모델']);
  });

  it('shows the start of the text when no term occurs', () => {
    expect(makeSnippet('첫 줄\n둘째 줄', ['없음'])).toEqual({ text: '첫 줄', highlights: [], found: 0 });
  });
});
