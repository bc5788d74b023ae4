// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { HTML_PAGE_MATCHES } from '../../../src/arxiv/hosts';
import { findEarlyHtmlAnchor, findHtmlPanelAnchor, HTML_ANCHOR_CHAIN, htmlPageId } from '../../../src/arxiv/html-page';
import { ARXIV_HOSTS } from '../../../src/arxiv/hosts';

function doc(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
const source = (file: string) => readFileSync(`tests/e2e/fixtures/pages/${file}`, 'utf8');
const page = (file: string) => doc(source(file));
const SAVED = 'file:///home/reader/Downloads/D3PO.html';

describe('htmlPageId: the URL first', () => {
  const blank = doc('');
  test.each([
    ['https://arxiv.org/html/2311.12983v1', { id: '2311.12983', version: 1 }],
    ['https://arxiv.org/html/2311.12983', { id: '2311.12983' }],
    ['https://arxiv.org/html/2311.12983v1/', { id: '2311.12983', version: 1 }],
    ['https://arxiv.org/html/2311.12983v1/S3', { id: '2311.12983', version: 1 }],
    ['https://arxiv.org/html/2311.12983v1/#S2', { id: '2311.12983', version: 1 }],
    ['http://www.arxiv.org/html/2311.13600v2', { id: '2311.13600', version: 2 }],
    ['https://export.arxiv.org/html/hep-th/9901001v2', { id: 'hep-th/9901001', version: 2 }],
  ])('%s', (url, ref) => expect(htmlPageId(blank, url)).toEqual({ ...ref, source: 'url' }));

  test('reads a location-like object', () => {
    const location = { protocol: 'https:', hostname: 'arxiv.org', pathname: '/html/2311.13231v1' };
    expect(htmlPageId(blank, location)).toEqual({ id: '2311.13231', version: 1, source: 'url' });
  });

  test('the URL wins over the page markup', () => {
    expect(htmlPageId(page('html-2311.12983v1.html'), 'https://arxiv.org/html/2311.13600v2')).toMatchObject({
      id: '2311.13600', source: 'url',
    });
  });

  test('abs and pdf URLs are not HTML pages: the markup decides', () => {
    expect(htmlPageId(page('html-2311.12983v1.html'), 'https://arxiv.org/abs/2311.13600')).toMatchObject({
      id: '2311.12983', source: 'base',
    });
  });
});

describe('htmlPageId: base href, then #watermark-tr', () => {
  test.each([
    ['html-2311.12983v1.html', { id: '2311.12983', version: 1 }],
    ['html-2311.13600v2-dark.html', { id: '2311.13600', version: 2 }],
    ['html-2311.13141v1-no-abstract.html', { id: '2311.13141', version: 1 }],
    ['html-2311.13231v1-saved.html', { id: '2311.13231', version: 1 }],
  ])('%s opened from a file: the base href', (file, ref) => {
    expect(htmlPageId(page(file), SAVED)).toEqual({ ...ref, source: 'base' });
  });

  test.each([
    ['html-2311.13231v1-saved.html', '2311.13231'], // addons.js era: #target-section
    ['html-2311.12983v1.html', '2311.12983'], // current scaffold: #infobox
  ])('%s without its base: the watermark', (file, id) => {
    const d = page(file);
    d.querySelector('base')!.remove();
    expect(htmlPageId(d, SAVED)).toEqual({ id, version: 1, source: 'watermark' });
  });

  test('an arXiv URL that names no paper falls back too', () => {
    expect(htmlPageId(page('html-2311.13231v1-saved.html'), 'https://arxiv.org/html/')).toMatchObject({ source: 'base' });
  });

  test('a base on another host or outside /html/ does not count', () => {
    for (const href of ['https://example.org/html/2311.12983v1/', '/abs/2311.12983/', 'javascript:void(0)']) {
      const d = page('html-2311.13231v1-saved.html');
      d.querySelector('base')!.setAttribute('href', href);
      expect(htmlPageId(d, SAVED)).toEqual({ id: '2311.13231', version: 1, source: 'watermark' });
    }
  });

  test.each([
    ['arXiv:hep-th/9901001v2 [hep-th] 4 Jan 1999', { id: 'hep-th/9901001', version: 2 }],
    ['\n    arXiv:2311.12983 [cs.CL] 21 Nov 2023', { id: '2311.12983' }],
  ])('watermark %j', (text, ref) => {
    expect(htmlPageId(doc(`<div id="watermark-tr">${text}</div>`), SAVED)).toEqual({ ...ref, source: 'watermark' });
  });

  test.each([
    'submission/5123456 [cs.CV] 21 Nov 2023', // an unannounced submission's preview
    'arXiv:garbage [cs.CV] 21 Nov 2023',
    'Not arXiv:2311.12983 but noarXiv:2311.12983',
  ])('no paper in watermark %j', (text) => {
    expect(htmlPageId(doc(`<div id="watermark-tr">${text}</div>`), SAVED)).toBeUndefined();
  });

  test('nothing anywhere', () => {
    expect(htmlPageId(doc('<p>hello</p>'), SAVED)).toBeUndefined();
    expect(htmlPageId(doc('<p>hello</p>'), 'not a url')).toBeUndefined();
  });
});

describe('findHtmlPanelAnchor: every link of the chain', () => {
  test.each([
    ['html-2311.12983v1.html', 'abstract', 'after', 'ltx_abstract'],
    ['html-2311.13600v2-dark.html', 'abstract', 'after', 'ltx_abstract'],
    ['html-2311.13231v1-saved.html', 'abstract', 'after', 'ltx_abstract'],
    ['html-2311.13141v1-no-abstract.html', 'authors', 'after', 'ltx_authors'],
  ])('%s → %s', (file, rule, append, cls) => {
    const a = findHtmlPanelAnchor(page(file))!;
    expect(a).toMatchObject({ rule, append });
    expect(a.element.classList.contains(cls)).toBe(true);
    expect(a.element.closest('article.ltx_document')).not.toBeNull();
  });

  test('no authors block: after the document title', () => {
    const d = page('html-2311.13141v1-no-abstract.html');
    d.querySelector('.ltx_authors')!.remove();
    const a = findHtmlPanelAnchor(d)!;
    expect(a).toMatchObject({ rule: 'title', append: 'after' });
    expect(a.element.tagName).toBe('H1');
  });

  test('no title either: top of the article, not the package alert before it', () => {
    const d = page('html-2311.13141v1-no-abstract.html');
    d.querySelector('.ltx_authors')!.remove();
    d.querySelector('.ltx_title_document')!.remove();
    expect(d.querySelector('.ltx_document')!.classList.contains('package-alerts')).toBe(true); // the trap
    const a = findHtmlPanelAnchor(d)!;
    expect(a).toMatchObject({ rule: 'article', append: 'first' });
    expect(a.element.tagName).toBe('ARTICLE');
  });

  test('older LaTeXML: the document is a div', () => {
    const d = doc(`<div class="ltx_page_main"><div class="ltx_page_content">
      <div class="package-alerts ltx_document" role="status"><p>failed: epic</p></div>
      <div class="ltx_document ltx_authors_1line" id="paper"><section class="ltx_section"><p>text</p></section></div>
      </div><footer id="footer" class="ltx_document"></footer></div>`);
    const a = findHtmlPanelAnchor(d)!;
    expect(a).toMatchObject({ rule: 'document', append: 'first' });
    expect(a.element.id).toBe('paper');
  });

  test.each([
    ['<div class="ltx_page_main"><div class="ltx_page_content" id="x"><p>t</p></div></div>', 'page-content'],
    ['<div class="ltx_page_main" id="x"><p>t</p></div>', 'page-main'],
    ['<main id="x"><p>t</p></main>', 'main'],
    ['<p>t</p>', 'body'],
  ])('%s → %s', (html, rule) => {
    const a = findHtmlPanelAnchor(doc(html))!;
    expect(a).toMatchObject({ rule, append: 'first' });
    if (rule !== 'body') expect(a.element.id).toBe('x');
    else expect(a.element.tagName).toBe('BODY');
  });

  test('every rule of the chain is exercised above', () => {
    expect(HTML_ANCHOR_CHAIN.map((l) => l.rule)).toEqual([
      'abstract', 'authors', 'title', 'article', 'document', 'page-content', 'page-main', 'main', 'body',
    ]);
  });

  test('nowhere to go in a detached fragment', () => {
    expect(findHtmlPanelAnchor(document.createDocumentFragment())).toBeUndefined();
  });
});

describe('findEarlyHtmlAnchor: usable while the page is parsing', () => {
  const cut = (file: string, marker: string) => {
    const html = source(file);
    return doc(html.slice(0, html.indexOf(marker) + marker.length));
  };

  test('the abstract, once its start tag is parsed', () => {
    const d = cut('html-2311.12983v1.html', '<div class="ltx_abstract">');
    expect(findEarlyHtmlAnchor(d)).toMatchObject({ rule: 'abstract', append: 'after' });
  });

  test('nothing before the abstract arrives, though the authors have', () => {
    const d = cut('html-2311.12983v1.html', '<div class="ltx_authors">');
    expect(findEarlyHtmlAnchor(d)).toBeUndefined();
    expect(findHtmlPanelAnchor(d)?.rule).toBe('authors'); // what the full chain would have (wrongly) settled for
  });

  test('nothing on a page without an abstract: the full chain decides once parsing ends', () => {
    expect(findEarlyHtmlAnchor(page('html-2311.13141v1-no-abstract.html'))).toBeUndefined();
  });
});

describe('HTML_PAGE_MATCHES', () => {
  test('cover /html/ on every arXiv host', () => {
    expect([...HTML_PAGE_MATCHES].sort()).toEqual(ARXIV_HOSTS.map((h) => `*://${h}/html/*`).sort());
  });
});
