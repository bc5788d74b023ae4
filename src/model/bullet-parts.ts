import type { Bullet } from '../digest/schema';

/**
 * What a renderer draws for one bullet: the one definition that the panel (plain DOM) and the extension
 * pages (Preact) both map over, so they cannot disagree on what becomes a link.
 */
export type BulletPart = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

/** Only http(s) URLs become links; anything else (javascript:, data:, ftp:) stays text. */
export function isSafeLink(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

export function bulletParts(bullet: Bullet): BulletPart[] {
  return bullet.map((s): BulletPart => {
    if (typeof s === 'string') return { kind: 'text', text: s };
    return isSafeLink(s.url) ? { kind: 'link', text: s.url, href: s.url } : { kind: 'text', text: s.url };
  });
}

/** The visible text of a bullet (for search and copying), whatever its parts. */
export function bulletText(bullet: Bullet): string {
  return bulletParts(bullet)
    .map((p) => p.text)
    .join('');
}
