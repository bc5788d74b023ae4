import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { arxivYear, formatArxivRef, OLD_ARCHIVES, oldStyleArchive, parseArxivId } from '../../../src/arxiv/id';
import { arxivRefFromUrl } from '../../../src/arxiv/url';

describe('parseArxivId', () => {
  test.each([
    ['2311.12983', { id: '2311.12983' }],
    ['2311.13600v2', { id: '2311.13600', version: 2 }],
    ['0704.0001', { id: '0704.0001' }],
    ['1412.9999v12', { id: '1412.9999', version: 12 }],
    ['1501.00001', { id: '1501.00001' }],
    ['hep-th/9901001', { id: 'hep-th/9901001' }],
    ['hep-th/9901001v3', { id: 'hep-th/9901001', version: 3 }],
    ['math.GT/0309136', { id: 'math.GT/0309136' }],
    ['cond-mat/0703001', { id: 'cond-mat/0703001' }],
    [' 2311.12983\n', { id: '2311.12983' }], // meta content with stray white space
  ])('%s', (input, want) => expect(parseArxivId(input)).toEqual(want));

  test.each([
    '', '2311.1298', '2311.129833', '2313.12983', '2300.12983', '0703.0001', // before new style
    '1501.0001', // 4 digits after 2014
    '1412.00001', // 5 digits before 2015
    '2311.12983v0', '2311.12983v', 'abc/9901001', 'hep-th/9913001', 'hep-th/0801001', 'foo.bar',
    'https://arxiv.org/abs/2311.12983', '2311 12983',
  ])('rejects %j', (input) => expect(parseArxivId(input)).toBeUndefined());
});

describe('arxivRefFromUrl', () => {
  test('reads a location-like object (the content script passes `location`, no URL parsing)', () => {
    const at = (href: string) => {
      const u = new URL(href);
      return { protocol: u.protocol, hostname: u.hostname, pathname: u.pathname };
    };
    expect(arxivRefFromUrl(at('https://arxiv.org/abs/2311.13600v2?x=1#y'))).toEqual({ id: '2311.13600', version: 2, kind: 'abs' });
    expect(arxivRefFromUrl(at('http://export.arxiv.org/abs/hep-th/9901001'))).toEqual({ id: 'hep-th/9901001', kind: 'abs' });
    expect(arxivRefFromUrl(at('https://example.org/abs/2311.13600'))).toBeUndefined();
  });

  test.each([
    ['https://arxiv.org/abs/2311.12983', '2311.12983', undefined, 'abs'],
    ['https://arxiv.org/abs/2311.13600v2', '2311.13600', 2, 'abs'],
    ['http://www.arxiv.org/abs/2311.12983?context=cs.AI#comments', '2311.12983', undefined, 'abs'],
    ['https://export.arxiv.org/abs/2311.12983v1', '2311.12983', 1, 'abs'],
    ['https://arxiv.org/pdf/2311.12983', '2311.12983', undefined, 'pdf'],
    ['https://arxiv.org/pdf/2311.12983.pdf', '2311.12983', undefined, 'pdf'],
    ['https://arxiv.org/pdf/2311.12983v2.pdf', '2311.12983', 2, 'pdf'],
    ['https://arxiv.org/pdf/2311.12983v2', '2311.12983', 2, 'pdf'],
    ['https://arxiv.org/html/2311.12983v1', '2311.12983', 1, 'html'],
    ['https://arxiv.org/html/2311.12983v1/', '2311.12983', 1, 'html'],
    ['https://arxiv.org/html/2311.12983v1#S2', '2311.12983', 1, 'html'],
    ['https://arxiv.org/html/2311.12983v1/x1.png', '2311.12983', 1, 'html'],
    ['https://arxiv.org/abs/hep-th/9901001', 'hep-th/9901001', undefined, 'abs'],
    ['https://arxiv.org/abs/hep-th/9901001v2', 'hep-th/9901001', 2, 'abs'],
    ['https://arxiv.org/abs/math.GT/0309136', 'math.GT/0309136', undefined, 'abs'],
    ['https://arxiv.org/pdf/math.GT/0309136v1.pdf', 'math.GT/0309136', 1, 'pdf'],
    ['https://ARXIV.org/abs/2311.12983', '2311.12983', undefined, 'abs'],
  ])('%s', (url, id, version, kind) => {
    const ref = arxivRefFromUrl(url);
    expect(ref).toEqual(version ? { id, version, kind } : { id, kind });
  });

  test.each([
    'https://arxiv.org/',
    'https://arxiv.org/list/cs.CV/new',
    'https://arxiv.org/abs/',
    'https://arxiv.org/abs/not-an-id',
    'https://arxiv.org/search/?query=2311.12983',
    'https://arxiv.org/format/2311.12983',
    'https://evil-arxiv.org/abs/2311.12983',
    'https://arxiv.org.evil.com/abs/2311.12983',
    'https://scholar.archive.org/abs/2311.12983',
    'ftp://arxiv.org/abs/2311.12983',
    'javascript:alert(1)',
    'not a url',
    '',
  ])('no match for %s', (url) => expect(arxivRefFromUrl(url)).toBeUndefined());
});

const newStyleId = fc
  .tuple(fc.integer({ min: 7, max: 99 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 99999 }))
  .filter(([yy, mm]) => yy * 100 + mm >= 704)
  .map(([yy, mm, n]) => {
    const yymm = `${String(yy).padStart(2, '0')}${String(mm).padStart(2, '0')}`;
    const digits = Number(yymm) < 1501 ? 4 : 5;
    return `${yymm}.${String(n % 10 ** digits).padStart(digits, '0')}`;
  });
const oldStyleId = fc
  .tuple(fc.constantFrom(...OLD_ARCHIVES), fc.option(fc.constantFrom('GT', 'AG', 'AI', 'str-el'), { nil: undefined }), fc.constantFrom(91, 95, 99, 0, 3, 7), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 999 }))
  .map(([a, sub, yy, mm, n]) => `${a}${sub ? `.${sub}` : ''}/${String(yy).padStart(2, '0')}${String(mm).padStart(2, '0')}${String(n).padStart(3, '0')}`);
const anyId = fc.oneof(newStyleId, oldStyleId);
const version = fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined });

describe('properties', () => {
  test('generated valid IDs round-trip through parse and format, with or without version', () => {
    fc.assert(
      fc.property(anyId, version, (id, v) => {
        const text = v ? `${id}v${v}` : id;
        const ref = parseArxivId(text);
        expect(ref?.id).toBe(id);
        expect(ref?.version).toBe(v);
        expect(formatArxivRef(ref!)).toBe(text);
      }),
    );
  });

  test('valid IDs are found in every URL form on every arXiv host', () => {
    fc.assert(
      fc.property(anyId, version, fc.constantFrom('arxiv.org', 'www.arxiv.org', 'export.arxiv.org'), fc.constantFrom('abs', 'pdf', 'html'), (id, v, host, kind) => {
        const text = v ? `${id}v${v}` : id;
        const suffix = kind === 'pdf' ? '.pdf' : kind === 'html' ? '/' : '';
        const ref = arxivRefFromUrl(`https://${host}/${kind}/${text}${suffix}?x=1#y`);
        expect(ref).toEqual({ id, kind, ...(v ? { version: v } : {}) });
      }),
    );
  });

  test('arbitrary strings never throw', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        parseArxivId(s);
        arxivRefFromUrl(s);
        arxivRefFromUrl(`https://arxiv.org/abs/${s}`);
      }),
    );
  });

  test('arbitrary URLs never throw and only arXiv hosts match', () => {
    // Random web URLs almost never hit an arXiv host with a paper path, so half of the hosts are arXiv's
    // and half of the paths name a paper: the matching branch is reached, and counted.
    const host = fc.oneof(fc.constantFrom('arxiv.org', 'www.arxiv.org', 'export.arxiv.org', 'ARXIV.org'), fc.domain());
    const path = fc.oneof(fc.tuple(fc.constantFrom('abs', 'pdf', 'html'), anyId).map(([k, id]) => `/${k}/${id}`), fc.webPath());
    let matched = 0;
    fc.assert(
      fc.property(fc.constantFrom('https', 'http'), host, path, fc.webQueryParameters(), fc.webFragments(), (scheme, h, p, q, f) => {
        const url = `${scheme}://${h}${p}?${q}#${f}`;
        const ref = arxivRefFromUrl(url);
        if (ref) {
          matched++;
          expect(['arxiv.org', 'www.arxiv.org', 'export.arxiv.org']).toContain(new URL(url).hostname.toLowerCase());
        }
      }),
      { numRuns: 1000 },
    );
    expect(matched).toBeGreaterThan(100);
  });

  test('non-arXiv hosts never match, even with a valid ID path', () => {
    fc.assert(
      fc.property(fc.domain().filter((d) => !/(^|\.)arxiv\.org$/i.test(d) || d.toLowerCase().endsWith('.arxiv.org') && !['www.arxiv.org', 'export.arxiv.org'].includes(d.toLowerCase())), anyId, (domain, id) => {
        expect(arxivRefFromUrl(`https://${domain}/abs/${id}`)).toBeUndefined();
      }),
    );
  });
});

describe('arxivYear', () => {
  test.each([
    ['2311.12983', 2023],
    ['2311.13600v2', 2023],
    ['0704.0001', 2007],
    ['1412.6980', 2014],
    ['2501.00001', 2025],
    ['hep-th/9901001', 1999],
    ['hep-th/9108001', 1991],
    ['math.GT/0309136', 2003],
    ['cs/0112017', 2001],
    ['astro-ph/0703999v2', 2007],
  ])('%s → %i', (id, year) => expect(arxivYear(id)).toBe(year));

  test.each(['', 'not-an-id', '2313.12345', 'foo/0101001'])('%j has none', (id) => expect(arxivYear(id)).toBeUndefined());
});

describe('oldStyleArchive', () => {
  test('the archive and subject class of an old-style ID, nothing for new-style IDs', () => {
    expect(oldStyleArchive('math.GT/0309136')).toBe('math.GT');
    expect(oldStyleArchive('hep-th/9901001')).toBe('hep-th');
    expect(oldStyleArchive('2311.12983')).toBeUndefined();
  });
});
