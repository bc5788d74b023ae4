import type { Bullet } from '../digest/schema';

/**
 * What a renderer draws for one bullet: the one definition that the panel (plain DOM) and the extension
 * pages (Preact) both map over, so they cannot disagree on what becomes a link. Every part is text to be
 * set as text; `bold`, `code` and `label` only choose the element around it, `break` is a line break
 * (a bullet's continuation lines).
 */
export type BulletPart =
  | { kind: 'text'; text: string }
  | { kind: 'link'; text: string; href: string }
  | { kind: 'bold' | 'code' | 'label'; text: string }
  | { kind: 'break' };

/** Only http(s) URLs become links; anything else (javascript:, data:, ftp:) stays text. */
export function isSafeLink(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

export function bulletParts(bullet: Bullet): BulletPart[] {
  return bullet.flatMap((s): BulletPart[] => {
    if (typeof s === 'string') return textParts(s);
    // The colon is the label's markup in the source; shown after the label, as the digest reads.
    if ('label' in s) return [{ kind: 'label', text: s.label }, { kind: 'text', text: ':' }];
    if ('b' in s) return [{ kind: 'bold', text: s.b }];
    if ('code' in s) return [{ kind: 'code', text: s.code }];
    const text = 'text' in s ? s.text : s.url;
    return [isSafeLink(s.url) ? { kind: 'link', text, href: s.url } : { kind: 'text', text }];
  });
}

function textParts(s: string): BulletPart[] {
  return s.split('\n').flatMap((line, i): BulletPart[] => [...(i > 0 ? [{ kind: 'break' as const }] : []), ...(line ? [{ kind: 'text' as const, text: line }] : [])]);
}

/** The visible text of a bullet (for search and copying), whatever its parts. */
export function bulletText(bullet: Bullet): string {
  return bulletParts(bullet)
    .map((p) => (p.kind === 'break' ? '\n' : p.text))
    .join('');
}
