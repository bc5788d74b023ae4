// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  DARK_LUMINANCE,
  effectiveBackground,
  explicitTheme,
  pageIsDark,
  parseCssColor,
  presumedTheme,
  relativeLuminance,
  type StyleReader,
} from '../../../src/arxiv/page-theme';

function doc(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
const page = (file: string) => doc(readFileSync(`tests/e2e/fixtures/pages/${file}`, 'utf8'));

/** A style reader from `data-bg` attributes: the computed style without a layout engine. */
const fromAttr: StyleReader = (el) => ({ backgroundColor: el.getAttribute('data-bg') ?? 'rgba(0, 0, 0, 0)' });
const rgb = (c: { r: number; g: number; b: number }) => [c.r, c.g, c.b].map(Math.round);

describe('parseCssColor', () => {
  test.each([
    ['rgb(255, 255, 255)', { r: 255, g: 255, b: 255, a: 1 }],
    ['rgba(0, 0, 0, 0)', { r: 0, g: 0, b: 0, a: 0 }], // what browsers return for transparent
    ['rgba(0, 0, 0, .5)', { r: 0, g: 0, b: 0, a: 0.5 }], // happy-dom keeps the specified text
    ['rgb(13 17 23 / 50%)', { r: 13, g: 17, b: 23, a: 0.5 }],
    ['rgb(100%, 0%, 50%)', { r: 255, g: 0, b: 127.5, a: 1 }],
    ['#0d1117', { r: 13, g: 17, b: 23, a: 1 }],
    ['#FFF', { r: 255, g: 255, b: 255, a: 1 }],
    ['#ffffff80', { r: 255, g: 255, b: 255, a: 128 / 255 }],
    ['white', { r: 255, g: 255, b: 255, a: 1 }],
    ['transparent', { r: 0, g: 0, b: 0, a: 0 }],
    ['hsl(0, 0%, 100%)', { r: 255, g: 255, b: 255, a: 1 }],
    ['hsla(0, 100%, 50%, 0.25)', { r: 255, g: 0, b: 0, a: 0.25 }],
    ['color(srgb 1 1 1)', { r: 255, g: 255, b: 255, a: 1 }],
  ])('%s', (input, want) => expect(parseCssColor(input)).toEqual(want));

  test('lightness-based spaces keep their lightness', () => {
    expect(relativeLuminance(parseCssColor('oklch(0.2 0.02 260)')!)).toBeLessThan(0.01);
    expect(relativeLuminance(parseCssColor('oklch(98% 0.01 90)')!)).toBeGreaterThan(0.9);
    expect(relativeLuminance(parseCssColor('oklab(0.5 0 0)')!)).toBeCloseTo(0.125, 3);
    expect(relativeLuminance(parseCssColor('lab(10 0 0)')!)).toBeCloseTo(0.0113, 3);
    expect(relativeLuminance(parseCssColor('lch(96 2 90)')!)).toBeGreaterThan(0.85);
    expect(parseCssColor('oklch(0.2 0.02 260 / 0.3)')!.a).toBe(0.3);
  });

  test.each(['', 'garbage', 'constructor', 'toString', '#12', '#gggggg', 'rgb(1, 2)', 'rgb(a, b, c)', 'rgb(1 2 3 / x)', 'color(display-p3 1 1 1)', 'var(--x)'])(
    'rejects %j',
    (input) => expect(parseCssColor(input)).toBeUndefined(),
  );
});

describe('relativeLuminance', () => {
  test('white, black and arXiv\'s dark background', () => {
    expect(relativeLuminance({ r: 255, g: 255, b: 255, a: 1 })).toBeCloseTo(1);
    expect(relativeLuminance({ r: 0, g: 0, b: 0, a: 1 })).toBe(0);
    expect(relativeLuminance(parseCssColor('#0d1117')!)).toBeLessThan(0.01);
  });
  test('the threshold is where black and white text contrast equally', () => {
    const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    expect(contrast(DARK_LUMINANCE, 0)).toBeCloseTo(contrast(DARK_LUMINANCE, 1), 1);
  });
});

describe('effectiveBackground', () => {
  test('the first opaque background up the tree', () => {
    const d = doc('<div data-bg="#0d1117"><section><p id="p">t</p></section></div>');
    expect(rgb(effectiveBackground(d.getElementById('p')!, fromAttr))).toEqual([13, 17, 23]);
  });
  test('white when nothing is painted (the canvas)', () => {
    const d = doc('<p id="p">t</p>');
    expect(rgb(effectiveBackground(d.getElementById('p')!, fromAttr))).toEqual([255, 255, 255]);
  });
  test('translucent layers are composited over what is behind them', () => {
    const d = doc('<div data-bg="black"><p id="p" data-bg="rgba(255, 255, 255, 0.5)">t</p></div>');
    expect(rgb(effectiveBackground(d.getElementById('p')!, fromAttr))).toEqual([128, 128, 128]);
    const d2 = doc('<p id="p" data-bg="rgba(0, 0, 0, 0.5)">t</p>');
    expect(rgb(effectiveBackground(d2.getElementById('p')!, fromAttr))).toEqual([128, 128, 128]);
  });
  test('unreadable colours and throwing readers are skipped', () => {
    const d = doc('<div data-bg="#0d1117"><p id="p" data-bg="light-dark(white, black)">t</p></div>');
    expect(rgb(effectiveBackground(d.getElementById('p')!, fromAttr))).toEqual([13, 17, 23]);
    const throwing: StyleReader = (el) => {
      if (el.id === 'p') throw new Error('boom');
      return fromAttr(el);
    };
    expect(rgb(effectiveBackground(d.getElementById('p')!, throwing))).toEqual([13, 17, 23]);
  });
  test('walks out of a shadow root through its host', () => {
    const d = doc('<div data-bg="#0d1117"><span id="host"></span></div>');
    const root = d.getElementById('host')!.attachShadow({ mode: 'open' });
    const inner = d.createElement('p');
    root.append(inner);
    expect(rgb(effectiveBackground(inner, fromAttr))).toEqual([13, 17, 23]);
  });
});

describe('pageIsDark', () => {
  test('decided by the background behind the element', () => {
    const d = doc('<body data-bg="#0d1117"><p id="p">t</p><div data-bg="white"><p id="q">t</p></div></body>');
    expect(pageIsDark(d.getElementById('p')!, fromAttr)).toBe(true);
    expect(pageIsDark(d.getElementById('q')!, fromAttr)).toBe(false);
    expect(pageIsDark(d, fromAttr)).toBe(true); // a document means its body
  });
  test('a page that paints nothing is light', () => {
    expect(pageIsDark(doc('<p>t</p>'), fromAttr)).toBe(false);
  });
  test('an explicit data-theme on <html> wins (set before stylesheets load)', () => {
    const dark = doc('<html data-theme="dark"><body data-bg="white"><p id="p">t</p></body></html>');
    expect(pageIsDark(dark.getElementById('p')!, fromAttr)).toBe(true);
    const light = doc('<html data-theme=" Light "><body data-bg="#0d1117"><p id="p">t</p></body></html>');
    expect(pageIsDark(light.getElementById('p')!, fromAttr)).toBe(false);
  });
  test('other data-theme values (ar5iv-css documents a sepia one) leave it to the background', () => {
    const sepia = doc('<html data-theme="sepia"><body data-bg="#f4ecd8"><p id="p">t</p></body></html>');
    expect(explicitTheme(sepia)).toBeUndefined();
    expect(pageIsDark(sepia.getElementById('p')!, fromAttr)).toBe(false);
  });
});

describe('presumedTheme (no computed style read)', () => {
  test('the declared theme wins; otherwise the system, only for a page that follows it; otherwise light', () => {
    const declared = (v: string) => doc(`<html data-theme="${v}"><body></body></html>`);
    const plain = doc('<html><body style="background:#000"></body></html>');
    const dark = () => true;
    const light = () => false;
    expect(presumedTheme(declared('dark'), false, light)).toBe('dark');
    expect(presumedTheme(declared('light'), true, dark)).toBe('light');
    expect(presumedTheme(declared('sepia'), true, dark)).toBe('dark');
    expect(presumedTheme(plain, true, dark)).toBe('dark');
    expect(presumedTheme(plain, true, light)).toBe('light');
    // An abs page is light whatever the system says, and its black body is left to the check after load.
    expect(presumedTheme(plain, false, dark)).toBe('light');
  });
});

describe('pageIsDark on the saved HTML pages (happy-dom computes their inline CSS)', () => {
  test('dark page: data-theme="dark", and its CSS paints #0d1117 behind the abstract', () => {
    const d = page('html-2311.13600v2-dark.html');
    const abstract = d.querySelector('.ltx_abstract')!;
    expect(explicitTheme(d)).toBe('dark');
    expect(pageIsDark(abstract)).toBe(true);
    expect(rgb(effectiveBackground(abstract))).toEqual([13, 17, 23]);
  });

  test('dark page with the attribute gone: its CSS falls back to light, and so does the decision', () => {
    const d = page('html-2311.13600v2-dark.html');
    d.documentElement.removeAttribute('data-theme');
    expect(pageIsDark(d.querySelector('.ltx_abstract')!)).toBe(false);
  });

  test('light page: data-theme="light"', () => {
    const d = page('html-2311.12983v1.html');
    expect(explicitTheme(d)).toBe('light');
    expect(pageIsDark(d.querySelector('.ltx_abstract')!)).toBe(false);
  });

  test('page without data-theme: the computed background decides (white)', () => {
    const d = page('html-2311.13141v1-no-abstract.html');
    expect(explicitTheme(d)).toBeUndefined();
    const authors = d.querySelector('.ltx_authors')!;
    expect(rgb(effectiveBackground(authors))).toEqual([255, 255, 255]);
    expect(pageIsDark(authors)).toBe(false);
  });

  test('abs and listing pages are light', () => {
    expect(pageIsDark(page('abs-2311.12983.html').querySelector('blockquote.abstract')!)).toBe(false);
    expect(pageIsDark(page('list-cs.CV-new-sections.html'))).toBe(false);
  });
});
