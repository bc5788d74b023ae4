// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { parseInline } from '../../../src/digest/inline';
import { Bullets } from '../../../src/pages/Bullets';
import { bulletList } from '../../../src/panel/summary-nodes';

afterEach(cleanup);

const bullets = [
  parseInline('***What’s New***: **굵게** 와 `code`, [링크](https://a.org/) https://b.org/'),
  parseInline('목록:\n1. <b>둘째</b> 줄\n  이어짐\n2. *강조*\n  - (가) 끝'),
];

/**
 * Both renderers give the same DOM: elements for labels, bold, emphasis, code, links, line breaks and nested
 * lists, the rest as text.
 */
function check(ul: Element) {
  const [first, second] = [...ul.querySelectorAll(':scope > li')];
  expect(first!.querySelector('strong.dp-label')?.textContent).toBe('What’s New');
  expect([...first!.querySelectorAll('strong:not(.dp-label)')].map((e) => e.textContent)).toEqual(['굵게']);
  expect(first!.querySelector('code')?.textContent).toBe('code');
  expect([...first!.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('target')])).toEqual([
    ['링크', 'https://a.org/', '_blank'],
    ['https://b.org/', 'https://b.org/', '_blank'],
  ]);
  expect(first!.textContent).toBe('What’s New: 굵게 와 code, 링크 https://b.org/');
  // numbered continuation lines make an ordered list, a dash after them an unordered one
  expect([...second!.children].map((c) => `${c.tagName.toLowerCase()}.${c.className}`)).toEqual(['ol.dp-sub', 'ul.dp-sub']);
  const [ol, ul2] = [...second!.children];
  expect([...ol!.children].map((li) => li.textContent)).toEqual(['<b>둘째</b> 줄  이어짐', '강조']);
  expect(ol!.querySelectorAll('li > br')).toHaveLength(1);
  expect(ol!.querySelector('em')?.textContent).toBe('강조');
  expect([...ul2!.children].map((li) => li.textContent)).toEqual(['(가) 끝']);
  // HTML in a bullet is text
  expect(second!.querySelector('b')).toBeNull();
  expect(second!.textContent).toBe('목록:<b>둘째</b> 줄  이어짐강조(가) 끝');
}

describe('bullet rendering', () => {
  test('the panel (plain DOM)', () => check(bulletList(bullets, 'ko')));
  test('the popup (Preact)', () => {
    const { container } = render(<Bullets bullets={bullets} lang="ko" />);
    check(container.querySelector('ul')!);
  });
});
