import type { Bullet } from '../digest/schema';

/**
 * What a renderer draws for one bullet: the one definition that the panel (plain DOM), the extension pages
 * (Preact) and the Markdown copy all map over, so they cannot disagree on what becomes a link or a list.
 * Every part is text to be set as text; `bold`, `em`, `code` and `label` only choose the element around it,
 * `break` is a line break (a continuation line that starts no list item), and `list` is a nested list of
 * items, each drawn from its own parts.
 */
export type BulletPart =
  | { kind: 'text'; text: string }
  | { kind: 'link'; text: string; href: string }
  | { kind: 'bold' | 'em' | 'code' | 'label'; text: string }
  | { kind: 'break' }
  | SubList;

/**
 * A nested list (`  - (1) …`, `1) …` on the lines under a bullet): numbered items make an ordered list. Lists
 * come after the bullet's own parts; what follows an item's marker, up to the next, is that item.
 */
export interface SubList {
  kind: 'list';
  ordered: boolean;
  /** The first number of an ordered list. */
  start?: number;
  items: BulletPart[][];
}

/** Only http(s) URLs become links; anything else (javascript:, data:, ftp:) stays text. */
export function isSafeLink(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/**
 * Every segment kind of src/digest/segments.ts as drawn. Read as stored data (the content script has no zod,
 * and this stays small for it): a segment of no known kind draws nothing, and a value is only ever set as text.
 */
export function bulletParts(bullet: Bullet): BulletPart[] {
  const parts: BulletPart[] = [];
  let into = parts;
  for (const s of bullet) {
    if (typeof s === 'string') {
      // Each line break of the text (a continuation line that starts no item) is a break part.
      s.split('\n').forEach((line, i) => {
        if (i) into.push({ kind: 'break' });
        if (line) into.push({ kind: 'text', text: line });
      });
      continue;
    }
    const { label, b, em, code, url, text, li } = Object(s) as Partial<Record<string, string>>;
    // The colon is the label's markup in the source; shown after the label, as the digest reads.
    if (label != null) into.push({ kind: 'label', text: label }, { kind: 'text', text: ':' });
    else if (b != null) into.push({ kind: 'bold', text: b });
    else if (em != null) into.push({ kind: 'em', text: em });
    else if (code != null) into.push({ kind: 'code', text: code });
    else if (url != null) into.push(isSafeLink(url) ? { kind: 'link', text: text ?? url, href: url } : { kind: 'text', text: text ?? url });
    else if (li != null) {
      // `li` is the item's markup (`\n  - `, `\n1) `): a new item, in the last list if it is of the same kind.
      const n = /\d+/.exec(li)?.[0];
      const last = parts.at(-1);
      const list: SubList = last?.kind === 'list' && last.ordered === !!n ? last : { kind: 'list', ordered: !!n, start: n ? Number(n) : undefined, items: [] };
      if (list !== last) parts.push(list);
      list.items.push((into = []));
    }
    // `stray` markup is kept for the source only.
  }
  return parts;
}

function partsText(parts: readonly BulletPart[]): string {
  return parts.map((p) => (p.kind === 'break' ? '\n' : p.kind === 'list' ? p.items.map((item) => `\n${partsText(item)}`).join('') : p.text)).join('');
}

/** The visible text of a bullet (for search and copying), whatever its parts: each nested item on its own line. */
export function bulletText(bullet: Bullet): string {
  return partsText(bulletParts(bullet));
}
