import { describe, expect, test } from 'vitest';
import { parseInline } from '../../../src/digest/inline';
import { bulletParts } from '../../../src/model/bullet-parts';

describe('bulletParts', () => {
  test('a label, bold, code, a link and a bare URL become typed parts: no markup is left in the text', () => {
    const parts = bulletParts(parseInline('**What’s New**: **굵게** `code` [링크](https://a.org/) https://b.org/'));
    expect(parts).toEqual([
      { kind: 'label', text: 'What’s New' },
      { kind: 'text', text: ':' },
      { kind: 'text', text: ' ' },
      { kind: 'bold', text: '굵게' },
      { kind: 'text', text: ' ' },
      { kind: 'code', text: 'code' },
      { kind: 'text', text: ' ' },
      { kind: 'link', text: '링크', href: 'https://a.org/' },
      { kind: 'text', text: ' ' },
      { kind: 'link', text: 'https://b.org/', href: 'https://b.org/' },
    ]);
    expect(parts.filter((p) => 'text' in p && /\*\*|`|\]\(/.test(p.text))).toEqual([]);
  });

  test('continuation lines become line breaks', () => {
    expect(bulletParts(['a:\n  - (1) b\n\nc'])).toEqual([
      { kind: 'text', text: 'a:' },
      { kind: 'break' },
      { kind: 'text', text: '  - (1) b' },
      { kind: 'break' },
      { kind: 'break' },
      { kind: 'text', text: 'c' },
    ]);
  });

  test('a link that is not http(s) is text, even if a file got one past the schema', () => {
    expect(bulletParts([{ text: 'x', url: 'javascript:alert(1)' }, { url: 'data:text/html,x' }])).toEqual([
      { kind: 'text', text: 'x' },
      { kind: 'text', text: 'data:text/html,x' },
    ]);
  });
});
