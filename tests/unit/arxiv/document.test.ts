// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { findPanelAnchor } from '../../../src/arxiv/anchor';
import { arxivRefFromDocument } from '../../../src/arxiv/document';

function doc(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
const page = (file: string) => doc(readFileSync(`tests/e2e/fixtures/pages/${file}`, 'utf8'));

describe('arxivRefFromDocument', () => {
  test('meta citation_arxiv_id comes first', () => {
    const d = doc('<meta name="citation_arxiv_id" content="2311.12983">');
    expect(arxivRefFromDocument(d, 'https://arxiv.org/abs/2311.13600')).toEqual({ id: '2311.12983' });
  });
  test('keeps the URL version when meta and URL name the same paper', () => {
    expect(arxivRefFromDocument(page('abs-2311.13600.html'), 'https://arxiv.org/abs/2311.13600v2')).toEqual({ id: '2311.13600', version: 2 });
  });
  test('old-style ID from meta', () => {
    expect(arxivRefFromDocument(page('abs-old-hep-th-9901001.html'), 'https://arxiv.org/abs/hep-th/9901001')).toEqual({ id: 'hep-th/9901001' });
  });
  test('falls back to the URL when the page has no meta (legacy layout)', () => {
    expect(arxivRefFromDocument(page('abs-2311.12908-legacy.html'), 'https://arxiv.org/abs/2311.12908v1')).toEqual({ id: '2311.12908', version: 1 });
  });
  test('invalid meta falls back to the URL', () => {
    expect(arxivRefFromDocument(doc('<meta name="citation_arxiv_id" content="garbage">'), 'https://arxiv.org/abs/2311.12983')).toEqual({ id: '2311.12983' });
  });
  test('nothing on a listing page', () => {
    expect(arxivRefFromDocument(page('list-cs.CV-new.html'), 'https://arxiv.org/list/cs.CV/new')).toBeUndefined();
  });
});

describe('findPanelAnchor: every link of the chain against a saved page', () => {
  test.each([
    ['abs-2311.12983.html', 'after', 'BLOCKQUOTE'],
    ['abs-2311.12908-legacy.html', 'after', 'BLOCKQUOTE'],
    ['abs-2311.13384-no-blockquote.html', 'last', 'DIV#abs'],
    ['abs-2311.13141-no-abs.html', 'first', 'DIV#content'],
  ])('%s → %s %s', (file, append, where) => {
    const a = findPanelAnchor(page(file))!;
    expect(a.append).toBe(append);
    expect(a.element.tagName + (a.element.id ? `#${a.element.id}` : '')).toBe(where);
  });
  test('.leftcolumn when #abs is missing', () => {
    const a = findPanelAnchor(doc('<div id="content"><div class="leftcolumn"><h1>t</h1></div></div>'))!;
    expect(a).toMatchObject({ append: 'last', rule: '.leftcolumn' });
  });
  test('main when there is no #content', () => {
    expect(findPanelAnchor(doc('<main><h1>t</h1></main>'))).toMatchObject({ append: 'first', rule: 'main' });
  });
  test('nowhere to go on a bare page', () => {
    expect(findPanelAnchor(doc('<p>hello</p>'))).toBeUndefined();
  });
});
