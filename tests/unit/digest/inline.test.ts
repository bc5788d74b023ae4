import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { bulletSource, parseInline } from '../../../src/digest/inline';
import { segmentsText, segmentUrls } from '../../../src/digest/linkify';
import { bulletSchema } from '../../../src/digest/schema';

describe('parseInline', () => {
  test.each([
    // labels: three asterisks (stored without a detail), two, and the archive's one odd closing
    ["***What's New***: 본문", [{ label: "What's New" }, ' 본문']],
    ["**What's New**: 본문", [{ label: "What's New", stars: 2 }, ' 본문']],
    ['***Technical Details*: IMM은', [{ label: 'Technical Details', close: 1 }, ' IMM은']],
    ['**고찰**: 기존의', [{ label: '고찰', stars: 2 }, ' 기존의']],
    ['**What’s New**: x', [{ label: 'What’s New', stars: 2 }, ' x']],
    ['**프로젝터 (Projector)**: 2-layer MLP', [{ label: '프로젝터 (Projector)', stars: 2 }, ' 2-layer MLP']],
    // a label only at the very start, and only with its colon
    ['본문 **What**: x', ['본문 ', { b: 'What' }, ': x']],
    ['**Bold** start', [{ b: 'Bold' }, ' start']],
    // bold, code, links
    ['**Comics Understanding(만화 이해)**를 심도', [{ b: 'Comics Understanding(만화 이해)' }, '를 심도']],
    ['`Qwen2.5` 모델들', [{ code: 'Qwen2.5' }, ' 모델들']],
    ['`**not bold**`', [{ code: '**not bold**' }]],
    ['[홈페이지](https://craftsman3d.github.io/), [코드](https://github.com/wyysf-98/CraftsMan).', [{ text: '홈페이지', url: 'https://craftsman3d.github.io/' }, ', ', { text: '코드', url: 'https://github.com/wyysf-98/CraftsMan' }, '.']],
    ['[https://a.b/](https://a.b/)에서', [{ text: 'https://a.b/', url: 'https://a.b/' }, '에서']],
    // not markup: a non-http target, single asterisks, spaced asterisks, unclosed marks
    ['[EoT](End of Text) 임베딩', ['[EoT](End of Text) 임베딩']],
    ['[x](javascript:alert(1))', ['[x](javascript:alert(1))']],
    ['A* 탐색보다 A* 탐색', ['A* 탐색보다 A* 탐색']],
    ['** not bold **', ['** not bold **']],
    ['`unclosed and **half', ['`unclosed and **half']],
    // bare URLs still found in the text between
    ['(https://ziplora.github.io)에서 **x**', ['(', { url: 'https://ziplora.github.io' }, ')에서 ', { b: 'x' }]],
    // line breaks stay in the text; bold does not span them
    ['a:\n1. **T**: b\n  - (1) c', ['a:\n1. ', { b: 'T' }, ': b\n  - (1) c']],
    ['**a\nb**', ['**a\nb**']],
  ])('%j', (text, want) => {
    const got = parseInline(text);
    expect(got).toEqual(want);
    expect(bulletSource(got)).toBe(text);
    expect(bulletSchema.safeParse(got).success).toBe(true);
  });

  test('any text comes back byte for byte, and every segment is schema-valid', () => {
    const piece = fc.oneof(
      fc.string(),
      fc.webUrl(),
      fc.constantFrom('*', '**', '***', '`', '[', ']', '(', ')', ':', '\n', ' ', '에서', '[a](https://x.org/y)', '[b](ftp://z)', "***What's New***:", '**L**:'),
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1 }), (parts) => {
        const text = parts.join('');
        const segs = parseInline(text);
        expect(bulletSource(segs)).toBe(text);
        if (text) expect(bulletSchema.safeParse(segs).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test('visible text and URLs of the typed segments', () => {
    const segs = parseInline("***What's New***: **굵게** `code` [링크](https://a.org/) https://b.org/x.");
    expect(segmentsText(segs)).toBe("What's New: 굵게 code 링크 https://b.org/x.");
    expect(segmentUrls(segs)).toEqual(['https://a.org/', 'https://b.org/x']);
  });
});

describe('bulletSchema', () => {
  test.each([
    [[{ b: 'x' }, { label: 'L' }], /label must be the first segment/],
    [[{ label: 'a*b' }], /no asterisk/],
    [[{ text: 'x', url: 'javascript:alert(1)' }], /http\(s\) URL/],
    [[{ label: 'L', stars: 3 }], /./],
    [[{ b: '' }], /must not be empty/],
    [[{ b: 'x', extra: 1 }], /./],
  ])('%j is refused', (bullet, message) => {
    const r = bulletSchema.safeParse(bullet);
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toMatch(message);
  });
});
