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
    ['***L*:', [{ label: 'L', close: 1 }]],
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
    // a continuation line that starts with a list marker starts a nested item; other line breaks stay in
    // the text, and bold does not span them
    ['a:\n1. **T**: b\n  - (1) c', ['a:', { li: '\n1. ' }, { b: 'T' }, ': b', { li: '\n  - ' }, '(1) c']],
    ['a:\n2) b\n\t* c\n+ d', ['a:', { li: '\n2) ' }, 'b', { li: '\n\t* ' }, 'c', { li: '\n+ ' }, 'd']],
    ['a\nx=log10(m), 3.2 b\n  - ', ['a\nx=log10(m), 3.2 b\n  - ']],
    ['**a\nb**', ['**a\nb**']],
    // emphasis, as the archive writes it (2025-01-14, 2025-03-03, 2025-03-20)
    ['제작에서 *Generative AI*의 통합', ['제작에서 ', { em: 'Generative AI' }, '의 통합']],
    ['인투비닝(*Inbetweening*), 컬러링', ['인투비닝(', { em: 'Inbetweening' }, '), 컬러링']],
    ['MIGE는_instruction-based subject-driven image generation_의', ['MIGE는', { em: 'instruction-based subject-driven image generation', by: '_' }, '의']],
    ['대해 _14%_ 이상, _6.92%_의 개선', ['대해 ', { em: '14%', by: '_' }, ' 이상, ', { em: '6.92%', by: '_' }, '의 개선']],
    ['*a* *b*', [{ em: 'a' }, ' ', { em: 'b' }]],
    // asterisks and underscores that are not emphasis, all from the archive but the last few
    ['AtP의 변형인 AtP*를 제안했다. AtP*가 개선', ['AtP의 변형인 AtP*를 제안했다. AtP*가 개선']],
    ['모델인 \\\\(*X\\\\)를 소개합니다. \\\\(*X\\\\)는 사전 훈련', ['모델인 \\\\(*X\\\\)를 소개합니다. \\\\(*X\\\\)는 사전 훈련']],
    ['1120*1120 해상도, 1.84 * Na의, 160*V100 일의', ['1120*1120 해상도, 1.84 * Na의, 160*V100 일의']],
    ['V*Bench 벤치마크, S*는 두 가지, F* 등', ['V*Bench 벤치마크, S*는 두 가지, F* 등']],
    ['참조 모델(π_ref)에 의해, behavior LLM(π_β)을', ['참조 모델(π_ref)에 의해, behavior LLM(π_β)을']],
    ['시간 s < r < t에서, a*b*c, snake_case_name, __init__, * a *', ['시간 s < r < t에서, a*b*c, snake_case_name, __init__, * a *']],
    ['\\*a* *b\\*', ['\\*a* *b\\*']],
    ['https://a.org/_x_/y 와 *https://b.org*', [{ url: 'https://a.org/_x_/y' }, ' 와 *', { url: 'https://b.org' }, '*']],
    // the malformed label of 2025-03-12: the asterisks it leaves open come back unpaired later, as markup
    ['***Technical Details*: 설명합니다.**: 3.2', [{ label: 'Technical Details', close: 1 }, ' 설명합니다.', { stray: '**' }, ': 3.2']],
    ['***L*: **굵게** 끝.**', [{ label: 'L', close: 1 }, ' ', { b: '굵게' }, ' 끝.', { stray: '**' }]],
    ['***L**: A* 탐색', [{ label: 'L', close: 2 }, ' A* 탐색']],
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
      fc.constantFrom('*', '**', '***', '_', '\\', '`', '[', ']', '(', ')', ':', '\n', ' ', '\t', '에서', 'a', '1.', '1)', '- ', '%', '[a](https://x.org/y)', '[b](ftp://z)', "***What's New***:", '***L*:', '**L**:'),
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1 }), (parts) => {
        const text = parts.join('');
        const segs = parseInline(text);
        expect(bulletSource(segs)).toBe(text);
        if (text) expect(bulletSchema.safeParse(segs).success).toBe(true);
      }),
      { numRuns: 1000 },
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
