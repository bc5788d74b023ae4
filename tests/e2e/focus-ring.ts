import type { Page } from '@playwright/test';

export interface Ring {
  /** The focused element, briefly (tag, class, text). */
  what: string;
  style: string;
  width: number;
  /** Contrast of the outline colour against the background it is drawn on. */
  contrast: number;
  /** An ancestor that clips the ring (overflow or paint containment), if any. */
  clippedBy: string | null;
}

/**
 * The focus ring of whatever has keyboard focus (inside the panel's shadow root too), as drawn: outline
 * style, width, its contrast with the background behind it, and whether an ancestor cuts it off. axe does
 * not check any of this.
 */
export function focusedRing(page: Page): Promise<Ring | null> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return null;
    const parse = (c: string) => {
      const m = /rgba?\(([^)]+)\)/.exec(c);
      if (!m) return null;
      const [r, g, b, a = 1] = m[1]!.split(/[ ,/]+/).filter(Boolean).map(Number);
      return { r: r!, g: g!, b: b!, a };
    };
    const lum = ({ r, g, b }: { r: number; g: number; b: number }) => {
      const ch = (v: number) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b);
    };
    const parentOf = (n: Element): Element | null => n.parentElement ?? ((n.getRootNode() as ShadowRoot).host ?? null);
    // The ring is drawn outside the element, so its background is the first opaque one of the ancestors.
    let bg = { r: 255, g: 255, b: 255 };
    for (let p = parentOf(el); p; p = parentOf(p)) {
      const c = parse(getComputedStyle(p).backgroundColor);
      if (c && c.a > 0.5) {
        bg = c;
        break;
      }
    }
    const s = getComputedStyle(el);
    const color = parse(s.outlineColor) ?? { r: 0, g: 0, b: 0 };
    const [hi, lo] = [lum(color), lum(bg)].sort((a, b) => b - a);
    const width = parseFloat(s.outlineWidth) || 0;
    const offset = parseFloat(s.outlineOffset) || 0;
    const r = el.getBoundingClientRect();
    const grow = width + Math.max(offset, 0);
    const ring = { left: r.left - grow, top: r.top - grow, right: r.right + grow, bottom: r.bottom + grow };
    let clippedBy: string | null = null;
    for (let p = parentOf(el); p && !clippedBy; p = parentOf(p)) {
      const ps = getComputedStyle(p);
      const clips = ps.overflow !== 'visible' || /paint|content|strict/.test(ps.contain);
      if (!clips || p === document.documentElement || p === document.body) continue;
      const pr = p.getBoundingClientRect();
      if (ring.left < pr.left - 0.5 || ring.top < pr.top - 0.5 || ring.right > pr.right + 0.5 || ring.bottom > pr.bottom + 0.5) {
        clippedBy = `${p.tagName.toLowerCase()}.${[...p.classList].join('.')}`;
      }
    }
    return {
      what: `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} ${(el.textContent ?? '').trim().slice(0, 30)}`,
      style: s.outlineStyle,
      width,
      contrast: (hi! + 0.05) / (lo! + 0.05),
      clippedBy,
    };
  });
}
