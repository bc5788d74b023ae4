/**
 * Is the page dark where our UI goes? Decided from the page, not from the system setting: arXiv's
 * abs and listing pages are always light, while its HTML full text follows a theme the reader picks
 * (ar5iv-css: `<html data-theme="dark|light">`, or the OS preference through CSS when the attribute
 * is absent). Pure given a `getComputedStyle`-like reader, so it can be tested without a layout engine.
 */

/** The part of `getComputedStyle` that is read. */
export type StyleReader = (element: Element) => { backgroundColor: string } | null | undefined;

/** The attribute arXiv's HTML pages (ar5iv-css) set on `<html>`; observe it to follow a theme switch. */
export const THEME_ATTRIBUTE = 'data-theme';

export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };
/** Computed values of a transparent background (Chromium and Firefox serialise it as the first). */
const TRANSPARENT = new Set(['rgba(0, 0, 0, 0)', 'transparent']);

/**
 * Relative luminance below which white text reads better than black (the two contrast ratios are
 * equal at about 0.179), so a panel on such a background should use its dark colours.
 */
export const DARK_LUMINANCE = 0.179;

/**
 * True when the page is dark behind `target` (an element, or the document's body). An explicit
 * `data-theme="dark"` or `"light"` on `<html>` wins: arXiv's HTML pages set it from a head script before
 * their stylesheets have loaded, so it is right even while computed colours are not yet. Otherwise the
 * effective background colour behind `target` decides.
 */
export function pageIsDark(target: Element | Document, readStyle: StyleReader = computedStyle): boolean {
  const doc = isDocument(target) ? target : target.ownerDocument;
  const explicit = explicitTheme(doc);
  if (explicit) return explicit === 'dark';
  const start = isDocument(target) ? (target.body ?? target.documentElement) : target;
  if (!start) return false;
  return relativeLuminance(effectiveBackground(start, readStyle)) < DARK_LUMINANCE;
}

/**
 * The theme to start with, read without any computed style: `data-theme` on `<html>` when the page sets it,
 * otherwise dark only for a page that follows the system setting (`followsSystem`) while that is dark.
 * Reading computed colours as the panel goes in forced a style recalculation of the half-parsed page,
 * which measured +0.07 on the load event ratio; the exact check (`pageIsDark`) runs after the load event.
 */
export function presumedTheme(doc: Document, followsSystem: boolean, systemIsDark: () => boolean): 'dark' | 'light' {
  return explicitTheme(doc) ?? (followsSystem && systemIsDark() ? 'dark' : 'light');
}

/** `dark` or `light` when the page declares its theme on `<html>`; other values (e.g. `sepia`) do not count. */
export function explicitTheme(doc: Document | null | undefined): 'dark' | 'light' | undefined {
  const value = doc?.documentElement?.getAttribute(THEME_ATTRIBUTE)?.trim().toLowerCase();
  return value === 'dark' || value === 'light' ? value : undefined;
}

/**
 * The colour actually painted behind `element`: its own and its ancestors' background colours
 * composited from the first opaque one outwards, over white (the canvas default) when none is opaque.
 * Crosses shadow-root boundaries to the host. Colours that cannot be read are skipped.
 */
export function effectiveBackground(element: Element, readStyle: StyleReader = computedStyle): Rgba {
  const layers: Rgba[] = [];
  for (let el: Element | null = element; el; el = parentAcrossShadow(el)) {
    let value: string | undefined;
    try {
      value = readStyle(el)?.backgroundColor;
    } catch {
      value = undefined;
    }
    // Most elements paint no background: their computed value is skipped without being parsed.
    if (!value || TRANSPARENT.has(value)) continue;
    const color = parseCssColor(value);
    if (!color || color.a <= 0) continue;
    layers.push(color);
    if (color.a >= 1) break;
  }
  let result = layers.length > 0 && layers[layers.length - 1]!.a >= 1 ? layers.pop()! : WHITE;
  while (layers.length > 0) result = over(layers.pop()!, result);
  return result;
}

/** WCAG relative luminance of an sRGB colour (alpha ignored). */
export function relativeLuminance({ r, g, b }: Rgba): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

const NAMED = new Map<string, Rgba>([
  ['transparent', { r: 0, g: 0, b: 0, a: 0 }],
  ['white', WHITE],
  ['black', { r: 0, g: 0, b: 0, a: 1 }],
  ['whitesmoke', { r: 245, g: 245, b: 245, a: 1 }],
]);

/**
 * Parses the colour forms `getComputedStyle` returns: `rgb()`/`rgba()` (browsers), hex and a few
 * keywords (test DOMs return the specified value), `hsl()`, and the lightness-based `oklch()`, `oklab()`,
 * `lab()`, `lch()` (a computed value keeps its colour space), plus `color(srgb …)`. Undefined otherwise.
 */
export function parseCssColor(input: string): Rgba | undefined {
  const s = input.trim().toLowerCase();
  if (!s) return undefined;
  const named = NAMED.get(s);
  if (named) return named;
  if (s.startsWith('#')) return parseHex(s.slice(1));
  const fn = /^([a-z]+)\((.*)\)$/.exec(s);
  if (!fn) return undefined;
  const [, name, body] = fn as unknown as [string, string, string];
  const { parts, alpha } = splitArgs(body);
  if (alpha === undefined) return undefined;
  switch (name) {
    case 'rgb':
    case 'rgba': {
      if (parts.length !== 3) return undefined;
      const [r, g, b] = parts.map((p) => channel(p, 255));
      return valid({ r: r!, g: g!, b: b!, a: alpha });
    }
    case 'hsl':
    case 'hsla': {
      if (parts.length !== 3) return undefined;
      const h = Number.parseFloat(parts[0]!);
      const sat = channel(parts[1]!, 100) / 100;
      const light = channel(parts[2]!, 100) / 100;
      return valid({ ...hslToRgb(h, sat, light), a: alpha });
    }
    case 'color': {
      if (parts.length !== 4 || parts[0] !== 'srgb') return undefined;
      const [r, g, b] = parts.slice(1).map((p) => channel(p, 1) * 255);
      return valid({ r: r!, g: g!, b: b!, a: alpha });
    }
    case 'oklch':
    case 'oklab':
      // For luminance only the lightness matters: OK lightness is close to the cube root of luminance.
      return grey(channel(parts[0] ?? '', 1) ** 3, alpha);
    case 'lab':
    case 'lch':
      return grey(cieLightnessToLuminance(channel(parts[0] ?? '', 100)), alpha);
    default:
      return undefined;
  }
}

function parseHex(hex: string): Rgba | undefined {
  if (!/^[0-9a-f]+$/.test(hex)) return undefined;
  const full = hex.length === 3 || hex.length === 4 ? [...hex].map((c) => c + c).join('') : hex;
  if (full.length !== 6 && full.length !== 8) return undefined;
  const n = (i: number) => Number.parseInt(full.slice(i, i + 2), 16);
  return { r: n(0), g: n(2), b: n(4), a: full.length === 8 ? n(6) / 255 : 1 };
}

/** Splits `a, b, c, d` or `a b c / d` into the channels and the alpha (1 when absent, undefined when bad). */
function splitArgs(body: string): { parts: string[]; alpha: number | undefined } {
  const [main = '', slashAlpha] = body.split('/');
  let parts = main.includes(',') ? main.split(',') : main.trim().split(/\s+/);
  parts = parts.map((p) => p.trim()).filter((p) => p.length > 0);
  let alphaText = slashAlpha?.trim();
  if (alphaText === undefined && parts.length === 4 && main.includes(',')) alphaText = parts.pop();
  const alpha = alphaText === undefined ? 1 : channel(alphaText, 1);
  return { parts, alpha: Number.isFinite(alpha) ? Math.min(1, Math.max(0, alpha)) : undefined };
}

/** A number or percentage, percentages scaled to `max`; `none` is 0. */
function channel(text: string, max: number): number {
  if (text === 'none') return 0;
  const value = Number.parseFloat(text);
  return text.endsWith('%') ? (value / 100) * max : value;
}

function valid(c: Rgba): Rgba | undefined {
  const ok = [c.r, c.g, c.b, c.a].every(Number.isFinite);
  if (!ok) return undefined;
  const clamp = (v: number) => Math.min(255, Math.max(0, v));
  return { r: clamp(c.r), g: clamp(c.g), b: clamp(c.b), a: c.a };
}

/** An sRGB grey with the given relative luminance. */
function grey(luminance: number, a: number): Rgba | undefined {
  if (!Number.isFinite(luminance)) return undefined;
  const y = Math.min(1, Math.max(0, luminance));
  const s = y <= 0.0031308 ? 12.92 * y : 1.055 * y ** (1 / 2.4) - 0.055;
  const v = s * 255;
  return { r: v, g: v, b: v, a };
}

function cieLightnessToLuminance(l: number): number {
  return l > 8 ? ((l + 16) / 116) ** 3 : l / 903.3;
}

function hslToRgb(h: number, s: number, l: number): { r: number; g: number; b: number } {
  const k = (n: number) => (n + (((h % 360) + 360) % 360) / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => 255 * (l - a * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1)));
  return { r: f(0), g: f(8), b: f(4) };
}

/** Source-over compositing of a translucent `top` on an opaque `bottom`. */
function over(top: Rgba, bottom: Rgba): Rgba {
  const mix = (t: number, b: number) => t * top.a + b * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

function parentAcrossShadow(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const parent = el.parentNode as (Node & { host?: Element }) | null;
  return parent?.host ?? null;
}

function isDocument(target: Element | Document): target is Document {
  return target.nodeType === 9;
}

function computedStyle(element: Element): { backgroundColor: string } | undefined {
  return element.ownerDocument.defaultView?.getComputedStyle(element);
}
