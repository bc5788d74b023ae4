import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { linkify, segmentsText, segmentUrls } from '../../../src/digest/linkify';

describe('linkify', () => {
  test.each([
    // the seed's three traps
    ['프로젝트 페이지(https://ziplora.github.io)에서 ZipLoRA', ['프로젝트 페이지(', { url: 'https://ziplora.github.io' }, ')에서 ZipLoRA']],
    ['리더보드 https://huggingface.co/gaia-benchmark 에서 사용', ['리더보드 ', { url: 'https://huggingface.co/gaia-benchmark' }, ' 에서 사용']],
    [
      'https://www.modelscope.cn/models/damo/cv_diffusion_text-to-360panorama-image_generation/summary{ModelScope}에서 공개',
      [{ url: 'https://www.modelscope.cn/models/damo/cv_diffusion_text-to-360panorama-image_generation/summary' }, '{ModelScope}에서 공개'],
    ],
    // trailing punctuation belongs to the sentence
    ['See https://example.org/a.', ['See ', { url: 'https://example.org/a' }, '.']],
    ['See https://example.org/a, then', ['See ', { url: 'https://example.org/a' }, ', then']],
    ['(see https://example.org/a)', ['(see ', { url: 'https://example.org/a' }, ')']],
    ['「https://example.org/a」', ['「', { url: 'https://example.org/a' }, '」']],
    ['https://example.org/a).', [{ url: 'https://example.org/a' }, ').']],
    ['https://example.org/a?!', [{ url: 'https://example.org/a' }, '?!']],
    // balanced parentheses stay in the URL
    ['https://en.wikipedia.org/wiki/Foo_(bar) ok', [{ url: 'https://en.wikipedia.org/wiki/Foo_(bar)' }, ' ok']],
    ['http://a.b/c?x=1&y=2#frag', [{ url: 'http://a.b/c?x=1&y=2#frag' }]],
    ['https://a.b/한글', [{ url: 'https://a.b/' }, '한글']],
    ['two https://a.b/x and https://c.d/y', ['two ', { url: 'https://a.b/x' }, ' and ', { url: 'https://c.d/y' }]],
    // not links
    ['ftp://a.b/c javascript:alert(1) data:text/html,x', ['ftp://a.b/c javascript:alert(1) data:text/html,x']],
    ['https:// nothing', ['https:// nothing']],
    ['no url here', ['no url here']],
    ['', []],
  ])('%s', (text, want) => expect(linkify(text)).toEqual(want));

  test('segments always join back to the original text', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.webUrl(), fc.constantFrom('(', ')', '에서', ' ', '.', '」', '{x}'))), (parts) => {
        const text = parts.join('');
        const segs = linkify(text);
        expect(segmentsText(segs)).toBe(text);
        for (const url of segmentUrls(segs)) expect(url).toMatch(/^https?:\/\/[A-Za-z0-9]/);
      }),
    );
  });
});
