import type { Bullet } from '../digest/schema';
import { itemNumber, segmentKind } from '../digest/segments';

/**
 * What a renderer draws for one bullet: the one definition that the panel (plain DOM), the extension pages
 * (Preact) and the Markdown copy all map over, so they cannot disagree on what becomes a link or a list.
 * Every part is text to be set as text; `bold`, `em`, `code` and `label` only choose the element around it,
 * `break` is a line break (a continuation line that starts no list item).
 */
export type BulletPart =
  | { kind: 'text'; text: string }
  | { kind: 'link'; text: string; href: string }
  | { kind: 'bold' | 'em' | 'code' | 'label'; text: string }
  | { kind: 'break' };

/** A nested list under a bullet: its items' parts; numbered items (`1)`, `1.`) make an ordered list. */
export interface SubList {
  ordered: boolean;
  /** The first number of an ordered list, when it is not 1. */
  start?: number;
  items: BulletPart[][];
}

/** A bullet as drawn: its own parts, then the nested lists its continuation lines hold (`  - (1) …`). */
export interface BulletView {
  parts: BulletPart[];
  lists: SubList[];
}

/** Only http(s) URLs become links; anything else (javascript:, data:, ftp:) stays text. */
export function isSafeLink(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

export function bulletView(bullet: Bullet): BulletView {
  const view: BulletView = { parts: [], lists: [] };
  let into = view.parts;
  for (const s of bullet) {
    // Typed as the schema says, but read as stored data (a content script has no zod): an unknown segment
    // has no kind and is skipped.
    const o = s as Record<string, string>;
    switch (segmentKind(s)) {
      case 'text':
        into.push(...textParts(s as string));
        break;
      // The colon is the label's markup in the source; shown after the label, as the digest reads.
      case 'label':
        into.push({ kind: 'label', text: o.label! }, { kind: 'text', text: ':' });
        break;
      case 'bold':
        into.push({ kind: 'bold', text: o.b! });
        break;
      case 'em':
        into.push({ kind: 'em', text: o.em! });
        break;
      case 'code':
        into.push({ kind: 'code', text: o.code! });
        break;
      case 'link':
      case 'url': {
        const text = o.text ?? o.url!;
        into.push(isSafeLink(o.url ?? '') ? { kind: 'link', text, href: o.url! } : { kind: 'text', text });
        break;
      }
      case 'item':
        into = startItem(view, itemNumber(o.li!));
        break;
      // 'stray' markup is kept for the source only.
    }
  }
  return view;
}

/** Opens a new item, in the last list if it is of the same kind, and returns its parts. */
function startItem(view: BulletView, n: number | undefined): BulletPart[] {
  const ordered = n !== undefined;
  let list = view.lists.at(-1);
  if (!list || list.ordered !== ordered) {
    list = { ordered, ...(ordered && n !== 1 ? { start: n } : {}), items: [] };
    view.lists.push(list);
  }
  const item: BulletPart[] = [];
  list.items.push(item);
  return item;
}

function textParts(s: string): BulletPart[] {
  return s.split('\n').flatMap((line, i): BulletPart[] => [...(i > 0 ? [{ kind: 'break' as const }] : []), ...(line ? [{ kind: 'text' as const, text: line }] : [])]);
}

function partsText(parts: readonly BulletPart[]): string {
  return parts.map((p) => (p.kind === 'break' ? '\n' : p.text)).join('');
}

/** The visible text of a bullet (for search and copying), whatever its parts: each nested item on its own line. */
export function bulletText(bullet: Bullet): string {
  const { parts, lists } = bulletView(bullet);
  return [partsText(parts), ...lists.flatMap((l) => l.items.map(partsText))].join('\n');
}
