import { describe, expect, test } from 'vitest';
import { parseInline } from '../../../src/digest/inline';
import { bulletParts, bulletText } from '../../../src/model/bullet-parts';

describe('bulletParts', () => {
  test('a label, bold, emphasis, code, a link and a bare URL become typed parts: no markup is left in the text', () => {
    const parts = bulletParts(parseInline('**What’s New**: **굵게** *기울임* `code` [링크](https://a.org/) https://b.org/'));
    expect(parts).toEqual([
      { kind: 'label', text: 'What’s New' },
      { kind: 'text', text: ':' },
      { kind: 'text', text: ' ' },
      { kind: 'bold', text: '굵게' },
      { kind: 'text', text: ' ' },
      { kind: 'em', text: '기울임' },
      { kind: 'text', text: ' ' },
      { kind: 'code', text: 'code' },
      { kind: 'text', text: ' ' },
      { kind: 'link', text: '링크', href: 'https://a.org/' },
      { kind: 'text', text: ' ' },
      { kind: 'link', text: 'https://b.org/', href: 'https://b.org/' },
    ]);
    expect(parts.filter((p) => 'text' in p && /\*|`|\]\(/.test(p.text))).toEqual([]);
  });

  test('continuation lines that start no item become line breaks', () => {
    expect(bulletParts(['a:\nb\n\nc'])).toEqual([{ kind: 'text', text: 'a:' }, { kind: 'break' }, { kind: 'text', text: 'b' }, { kind: 'break' }, { kind: 'break' }, { kind: 'text', text: 'c' }]);
  });

  test('item markers make nested lists after the bullet: dashes an unordered one, numbers an ordered one that keeps its first number', () => {
    expect(bulletParts(parseInline('목록:\n  - 가\n  - 나\n  이어짐\n3) 셋\n4) 넷\n  * 끝'))).toEqual([
      { kind: 'text', text: '목록:' },
      { kind: 'list', ordered: false, items: [[{ kind: 'text', text: '가' }], [{ kind: 'text', text: '나' }, { kind: 'break' }, { kind: 'text', text: '  이어짐' }]] },
      { kind: 'list', ordered: true, start: 3, items: [[{ kind: 'text', text: '셋' }], [{ kind: 'text', text: '넷' }]] },
      { kind: 'list', ordered: false, items: [[{ kind: 'text', text: '끝' }]] },
    ]);
    expect(bulletParts(parseInline('a\n1. b'))).toEqual([
      { kind: 'text', text: 'a' },
      { kind: 'list', ordered: true, start: 1, items: [[{ kind: 'text', text: 'b' }]] },
    ]);
    expect(bulletText(parseInline('목록:\n  - 가\n1) 나'))).toBe('목록:\n가\n나');
  });

  test('stray markup, unknown and damaged segments show nothing', () => {
    expect(bulletParts(['a', { stray: '**' }, 'b', { other: 'x' } as never, null as never])).toEqual([
      { kind: 'text', text: 'a' },
      { kind: 'text', text: 'b' },
    ]);
  });

  test('a link that is not http(s) is text, even if a file got one past the schema', () => {
    expect(bulletParts([{ text: 'x', url: 'javascript:alert(1)' }, { url: 'data:text/html,x' }])).toEqual([
      { kind: 'text', text: 'x' },
      { kind: 'text', text: 'data:text/html,x' },
    ]);
  });
});
