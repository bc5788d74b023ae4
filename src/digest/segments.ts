/**
 * The kinds of bullet segment the data holds (`segmentSchema` in schema.ts has their exact shapes), in one
 * place with no zod, so any runtime can ask what a segment is and whether its text is prose to translate:
 * search reads it (src/search/doc.ts). A new kind is added here, in the schema, in `parseInline` /
 * `bulletSource` (inline.ts), in `bulletParts` (src/model/bullet-parts.ts, which reads the keys itself to stay
 * small in the content scripts; a test checks it against this table) and in src/translate/segments.ts.
 * The type checks at the end fail until the table and the schema agree.
 */
import type { Segment } from './schema';

/**
 * Every kind, the key of its object form that holds what a reader sees (a plain string is `text`), and
 * whether that is prose to translate. Untranslatable kinds are copied into a translation as they are: URLs,
 * code, and the markup kinds (`item`, `stray`), which show no text (a translation may drop `stray`).
 */
export const SEGMENT_KINDS = {
  /** A plain string: prose. */
  text: { key: null, translatable: true },
  /** `[text](https://…)`: the link text is prose, the target stays. */
  link: { key: 'text', translatable: true },
  /** `**bold**` */
  bold: { key: 'b', translatable: true },
  /** `*emphasis*` or `_emphasis_` (`by: '_'`). */
  em: { key: 'em', translatable: true },
  /** `` `code` ``: exact. */
  code: { key: 'code', translatable: false },
  /** A bullet's leading label (`***What's New***:`), shown followed by a colon. */
  label: { key: 'label', translatable: true },
  /** A bare URL, shown as itself: exact. */
  url: { key: 'url', translatable: false },
  /** The start of a nested list item (`\n  - `, `\n1) `): the source of its markup, shown as a new item. */
  item: { key: 'li', translatable: false },
  /** Markup left unpaired by a malformed label (`***L*: … .**`): kept for the source, never shown. */
  stray: { key: 'stray', translatable: false },
} as const;

export type SegmentKind = keyof typeof SEGMENT_KINDS;

// Object kinds in the order they are told apart: a link has `text` and `url`, a bare URL only `url`.
const OBJECT_KINDS: readonly Exclude<SegmentKind, 'text'>[] = ['link', 'bold', 'em', 'code', 'label', 'item', 'stray', 'url'];

/**
 * The kind of a segment, or undefined for anything else: stored data is read with this too (a content
 * script has no zod), so an unknown or damaged segment is skipped rather than drawn.
 */
export function segmentKind(s: unknown): SegmentKind | undefined {
  if (typeof s === 'string') return 'text';
  if (!s || typeof s !== 'object') return undefined;
  const o = s as Record<string, unknown>;
  return OBJECT_KINDS.find((k) => typeof o[SEGMENT_KINDS[k].key!] === 'string');
}

/** Whether a segment's text is prose to translate (its kind's `translatable`); false for anything unknown. */
export function isTranslatable(s: unknown): boolean {
  const kind = segmentKind(s);
  return kind !== undefined && SEGMENT_KINDS[kind].translatable;
}

/**
 * What a reader sees of a segment as plain text: a label without its colon, a link's text, a URL as itself,
 * a line break where a nested item starts, nothing for stray markup or an unknown segment.
 */
export function shownText(s: unknown): string {
  const kind = segmentKind(s);
  if (!kind) return '';
  if (kind === 'text') return s as string;
  if (kind === 'item') return '\n';
  if (kind === 'stray') return '';
  return (s as Record<string, string>)[SEGMENT_KINDS[kind].key!]!;
}

/** The markup that starts a nested list item: a line break, indentation, `-`, `*`, `+`, `1.` or `1)`, spaces. */
export const ITEM_MARKER = /^\n[ \t]*(?:[-*+]|(\d{1,9})[.)])[ \t]+$/;

/** Whether an item marker starts a numbered item, and its number. */
export function itemNumber(marker: string): number | undefined {
  const n = ITEM_MARKER.exec(marker)?.[1];
  return n === undefined ? undefined : Number(n);
}

// Compile-time checks: the table and the schema name the same object keys, and every kind is told apart.
type ObjectKey = Exclude<(typeof SEGMENT_KINDS)[SegmentKind]['key'], null>;
type SchemaKey = Segment extends infer S ? (S extends string ? never : keyof S) : never;
type Missing = Exclude<Exclude<SchemaKey, 'stars' | 'close' | 'by'>, ObjectKey> | Exclude<SegmentKind, 'text' | (typeof OBJECT_KINDS)[number]>;
const everyKindKnown: [Missing] extends [never] ? true : Missing = true;
void everyKindKnown;
