// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { isListingUrl, listingEntries, type ListingEntry } from '../../../src/arxiv/listing';
import { LISTING_PAGE_MATCHES } from '../../../src/arxiv/hosts';
import { ARXIV_HOSTS } from '../../../src/arxiv/hosts';
import { generateListingPage } from '../../e2e/fixtures/pages/listing-generator';

function doc(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
const page = (file: string) => doc(readFileSync(`tests/e2e/fixtures/pages/${file}`, 'utf8'));
const ids = (entries: ListingEntry[]) => entries.map((e) => e.id);

/** Chrome's match-pattern semantics for the `*://host/path*` patterns used here. */
function matchesPattern(pattern: string, url: string): boolean {
  const m = /^\*:\/\/([^/]+)(\/.*)$/.exec(pattern)!;
  const u = new URL(url);
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return false;
  const path = new RegExp(`^${m[2]!.replace(/[.?+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return u.hostname === m[1] && path.test(u.pathname + u.search);
}

const LISTING_URLS = [
  'https://arxiv.org/list/cs.CV/new',
  'https://arxiv.org/list/cs.CV/new?skip=0&show=2000',
  'http://www.arxiv.org/list/cs.CV/recent',
  'https://export.arxiv.org/list/cs/pastweek?show=1000',
  'https://arxiv.org/list/cs.CV/current',
  'https://arxiv.org/list/cs.CV/2311',
  'https://arxiv.org/list/cs.CV/2311?skip=25&show=25',
  'https://arxiv.org/list/cs.CV/2023-11?skip=3000&show=25',
  'https://arxiv.org/list/cs.CV/2023-1',
  'https://arxiv.org/list/cs.CV/2023',
  'https://arxiv.org/list/cs.CV/202311',
  'https://arxiv.org/list/hep-th/99',
  'https://arxiv.org/list/hep-th/9901',
  'https://arxiv.org/list/math.GT/new',
  'https://arxiv.org/list/astro-ph.GA/recent',
  'https://arxiv.org/list/cond-mat.stat-mech/new',
  'https://arxiv.org/list/cs.CV/new/',
  'https://ARXIV.org/list/cs.CV/new',
  'https://arxiv.org/catchup',
  'https://arxiv.org/catchup/cs.CV/2023-11-23?abs=True',
  'https://arxiv.org/catchup/cs.CV/2023-11-23?abs=False&page=2',
];

describe('isListingUrl', () => {
  test.each(LISTING_URLS)('%s', (url) => expect(isListingUrl(url)).toBe(true));

  test('reads a location-like object', () => {
    expect(isListingUrl({ protocol: 'https:', hostname: 'arxiv.org', pathname: '/list/cs.CV/recent' })).toBe(true);
  });

  test.each([
    'https://arxiv.org/abs/2311.12983',
    'https://arxiv.org/html/2311.12983v1',
    'https://arxiv.org/pdf/2311.12983',
    'https://arxiv.org/list/cs.CV',
    'https://arxiv.org/list/cs.CV/',
    'https://arxiv.org/list/cs.CV/foo',
    'https://arxiv.org/list/cs.CV/new/extra',
    'https://arxiv.org/list/cs.CV/23111',
    'https://arxiv.org/list/cs.CV/2023-111',
    'https://arxiv.org/list/1801.00023', // an "odd request" arxiv-browse throws out
    'https://arxiv.org/list/',
    'https://arxiv.org/catchupx',
    'https://arxiv.org/',
    'https://arxiv.org/search/?query=listing&searchtype=all',
    'https://example.org/list/cs.CV/new',
    'https://arxiv.org.example.com/list/cs.CV/new',
    'ftp://arxiv.org/list/cs.CV/new',
    'file:///home/reader/list/cs.CV/new',
    'not a url',
    '',
  ])('rejects %j', (url) => expect(isListingUrl(url)).toBe(false));
});

describe('LISTING_PAGE_MATCHES', () => {
  test('cover /list and /catchup on every arXiv host', () => {
    for (const host of ARXIV_HOSTS) {
      expect(LISTING_PAGE_MATCHES).toContain(`*://${host}/list/*`);
      expect(LISTING_PAGE_MATCHES).toContain(`*://${host}/catchup*`);
    }
    expect(LISTING_PAGE_MATCHES).toHaveLength(ARXIV_HOSTS.length * 2);
  });
  test.each(LISTING_URLS.filter((u) => !u.includes('ARXIV')))('%s is matched', (url) => {
    expect(LISTING_PAGE_MATCHES.some((p) => matchesPattern(p, url))).toBe(true);
  });
  test('abs and HTML pages are not matched', () => {
    for (const url of ['https://arxiv.org/abs/2311.12983', 'https://arxiv.org/html/2311.12983v1']) {
      expect(LISTING_PAGE_MATCHES.some((p) => matchesPattern(p, url))).toBe(false);
    }
  });
});

/** Each entry's marker is its dt's ID link and its insertion point the dd right after that dt. */
function expectWellFormed(entries: ListingEntry[]): void {
  for (const e of entries) {
    const term = e.marker.closest('dt');
    expect(term, e.id).not.toBeNull();
    expect(e.marker.tagName).toBe('A');
    expect(e.marker.textContent).toContain(`arXiv:${e.id}`);
    expect(e.insertAfter.tagName).toBe('DD');
    expect(e.insertAfter.previousElementSibling).toBe(term);
  }
}

describe('listingEntries on saved listing pages', () => {
  test('/new, current layout: new, cross-list and replacement sections, one dl#articles each', () => {
    const d = page('list-cs.CV-new-sections.html');
    expect(d.querySelectorAll('dl#articles')).toHaveLength(3);
    const entries = listingEntries(d);
    expect(ids(entries)).toEqual([
      '2311.13600', '2311.13435', '2311.13141', '2311.13384', '2311.13073', '2311.99999', // new
      '2311.12983', '2311.13231', // cross-lists
      '2311.12908', 'cs/0112017', // replacements, one of them old-style
    ]);
    expectWellFormed(entries);
    for (const e of entries) expect(e.marker.getAttribute('title')).toBe('Abstract');
  });

  test('an abs link in an entry\'s comments is not an entry (2311.99999 cites 2311.12983)', () => {
    const d = page('list-cs.CV-new-sections.html');
    const citing = d.querySelector('dd a[data-arxiv-id="2311.12983"]')!;
    expect(citing).not.toBeNull();
    const gaia = listingEntries(d).find((e) => e.id === '2311.12983')!;
    expect(gaia.marker).not.toBe(citing);
    expect(gaia.marker.getAttribute('id')).toBe('2311.12983');
  });

  test('/recent: grouped by day under h3 headings', () => {
    const d = page('list-cs.CV-recent.html');
    expect([...d.querySelectorAll('dl#articles > h3')].map((h) => h.textContent!.split(' (')[0])).toEqual([
      'Fri, 24 Nov 2023', 'Thu, 23 Nov 2023', 'Wed, 22 Nov 2023',
    ]);
    const entries = listingEntries(d);
    expect(ids(entries)).toEqual(['2311.99999', '2311.13600', '2311.13435', '2311.13141', '2311.12983', '2311.13231', '2311.12908']);
    expectWellFormed(entries);
  });

  test('month list, paged (skip=3000&show=25): one dl without heading', () => {
    const entries = listingEntries(page('list-cs.CV-2311-month.html'));
    expect(ids(entries)).toEqual([
      '2311.12908', '2311.12983', '2311.13073', '2311.13141', '2311.13231', '2311.13384', '2311.13435', '2311.13600', '2311.13601',
    ]);
    expectWellFormed(entries);
  });

  test('catchup results, whose template closes one div too many', () => {
    const entries = listingEntries(page('catchup-cs.CV-2023-11-23.html'));
    expect(ids(entries)).toEqual(['2311.13600', '2311.13384', '2311.13601', '2311.12983', '2311.12908']);
    expectWellFormed(entries);
  });

  test('legacy (pre-2024) layout: span.list-identifier, plain dl per section, no id attributes', () => {
    const entries = listingEntries(page('list-cs.CV-new-legacy.html'));
    expect(ids(entries)).toEqual(['2311.13600', '2311.13384', '2311.13141', '2311.12983', '2311.12908', 'cs/0112017']);
    expectWellFormed(entries);
    for (const e of entries) {
      expect(e.marker.parentElement!.classList.contains('list-identifier')).toBe(true);
      expect(e.marker.getAttribute('href')).toBe(`/abs/${e.id}`);
    }
  });

  test('the older single-dl /new fixture', () => {
    const entries = listingEntries(page('list-cs.CV-new.html'));
    expect(ids(entries)).toEqual(['2311.13600', '2311.13384', '2311.13141', '2311.12983', '2311.13231']);
    expectWellFormed(entries);
  });

  test.each(['abs-2311.12983.html', 'abs-2311.12908-legacy.html', 'html-2311.12983v1.html'])('no entries on %s', (file) => {
    expect(listingEntries(page(file))).toEqual([]);
  });
});

describe('listingEntries: variants and damage', () => {
  const dl = (body: string) => doc(`<div id="dlpage"><dl id="articles">${body}</dl></div>`);

  test('versions are dropped and IDs deduplicated, first occurrence wins', () => {
    const d = dl(`
      <dt><a href="/abs/2311.13600v2" title="Abstract" id="2311.13600">arXiv:2311.13600</a></dt><dd id="first">a</dd>
      <dt><a href="https://arxiv.org/abs/2311.13600" title="Abstract">arXiv:2311.13600</a></dt><dd id="second">b</dd>
      <dt><a href="/abs/hep-th/9901001v3" title="Abstract">arXiv:hep-th/9901001</a></dt><dd>c</dd>`);
    const entries = listingEntries(d);
    expect(ids(entries)).toEqual(['2311.13600', 'hep-th/9901001']);
    expect(entries[0]!.insertAfter.id).toBe('first');
  });

  test('absolute links on every arXiv host and scheme count; other sites do not', () => {
    const d = dl(`
      <dt><a href="http://export.arxiv.org/abs/2311.12983" title="Abstract">x</a></dt><dd></dd>
      <dt><a href="https://www.arxiv.org/abs/2311.13231" title="Abstract">x</a></dt><dd></dd>
      <dt><a href="https://example.org/abs/2311.13141" title="Abstract">x</a></dt><dd></dd>`);
    expect(ids(listingEntries(d))).toEqual(['2311.12983', '2311.13231']);
  });

  test('the id attribute names the paper when the href does not', () => {
    const d = dl(`<dt><a href="#" title="Abstract" id="2311.12983">arXiv:2311.12983</a></dt><dd></dd>`);
    expect(ids(listingEntries(d))).toEqual(['2311.12983']);
  });

  test('without title="Abstract", the first abs link in the dt is the ID link', () => {
    const d = dl(`<dt>[1] <a href="/pdf/2311.13600">pdf</a> <a href="/abs/2311.13600">arXiv:2311.13600</a></dt><dd></dd>`);
    const [entry] = listingEntries(d);
    expect(entry!.marker.getAttribute('href')).toBe('/abs/2311.13600');
  });

  test('a dt without its dd takes the panel after the dt itself', () => {
    const d = dl(`<dt id="t1"><a href="/abs/2311.12983" title="Abstract">x</a></dt><dt id="t2"><a href="/abs/2311.13231" title="Abstract">x</a></dt><dd id="d2"></dd>`);
    expect(listingEntries(d).map((e) => e.insertAfter.id)).toEqual(['t1', 'd2']);
  });

  test('abs links outside a dt, unknown formats and empty dts are not entries', () => {
    const d = dl(`
      <dt>[1]</dt><dd><a href="/abs/2311.12983">arXiv:2311.12983</a></dd>
      <dt><a href="/abs/not-an-id" title="Abstract">x</a></dt><dd></dd>
      <dt><a href="/abs/2313.12983" title="Abstract">x</a></dt><dd></dd>
      <dt><a href="/list/cs.CV/new" title="Abstract">x</a></dt><dd></dd>`);
    expect(listingEntries(d)).toEqual([]);
  });

  test('never throws', () => {
    const hostile = { querySelectorAll: () => { throw new Error('boom'); } } as unknown as ParentNode;
    expect(listingEntries(hostile)).toEqual([]);
    const d = dl(`<dt><a href="/abs/2311.12983" title="Abstract">x</a></dt><dd></dd><dt><a href="/abs/2311.13231" title="Abstract">x</a></dt><dd></dd>`);
    const first = d.querySelector('dt')!;
    first.querySelector = () => { throw new Error('boom'); };
    expect(ids(listingEntries(d))).toEqual(['2311.13231']);
    expect(listingEntries(doc(''))).toEqual([]);
  });
});

describe('generateListingPage (benchmark page)', () => {
  const known = ['2311.12983', '2311.13600', '2311.13435', '2311.13141', '2311.13231'];

  test('2,000 entries by default, unique, known IDs spread evenly', () => {
    // Counted in the markup: parsing 2,000 entries in happy-dom takes seconds; the DOM reading is checked below.
    const { html, ids: pageIds } = generateListingPage({ knownIds: known });
    expect(pageIds).toHaveLength(2000);
    expect(new Set(pageIds).size).toBe(2000);
    expect(html.match(/<dt>/g)).toHaveLength(2000);
    expect(html.match(/title="Abstract"/g)).toHaveLength(2000);
    expect(html.match(/<dl id='articles'>/g)).toHaveLength(3);
    expect(known.map((id) => pageIds.indexOf(id))).toEqual([200, 600, 1000, 1400, 1800]);
  });

  test('listingEntries reads a generated page in page order', () => {
    const { html, ids: pageIds } = generateListingPage({ entries: 250, knownIds: known });
    const d = doc(html);
    expect(d.querySelectorAll('dl#articles')).toHaveLength(3);
    const entries = listingEntries(d);
    expect(ids(entries)).toEqual(pageIds);
    expect(known.map((id) => pageIds.indexOf(id))).toEqual([25, 75, 125, 175, 225]);
    expectWellFormed(entries);
  });

  test('size, abstracts and category are options; the page is deterministic', () => {
    const a = generateListingPage({ entries: 10, abstracts: false, category: 'math.GT' });
    expect(a).toEqual(generateListingPage({ entries: 10, abstracts: false, category: 'math.GT' }));
    expect(listingEntries(doc(a.html))).toHaveLength(10);
    expect(a.html).not.toContain("<p class='mathjax'>");
    expect(a.html).toContain('/list/math.GT/recent');
  });
});
