import { parseArxivId } from '../arxiv/id';
import { isHttpUrl } from './linkify';
import { ITEM_MARKER } from './segments';
import { z } from './zod';

const nonEmpty = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));

export const httpUrlSchema = z.string().check(z.refine(isHttpUrl, 'must be an http(s) URL'));

/** Teasers and videos are fetched (an image) or opened (a video) as they are: https only, never relative. */
export const httpsUrlSchema = z.string().check(z.refine((s) => isHttpUrl(s) && s.startsWith('https://'), 'must be an absolute https URL'));

export const arxivIdSchema = z.string().check(z.refine((s) => parseArxivId(s)?.id === s, 'must be a bare arXiv ID such as 2311.12983 or hep-th/9901001'));

export const isoDateSchema = z.string().check(z.refine(isIsoDate, 'must be a real date written YYYY-MM-DD'));

export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

// Segment strings are kept exactly as written (no trim): `bulletSource` must give back the file's bytes.
const someText = z.string().check(z.minLength(1, 'must not be empty'));

/**
 * One piece of a bullet. A plain string is text; the objects are what the digest's markdown means, so a
 * renderer never sees markup. Short keys: the compiled days of the whole archive ship in the extension.
 */
export const segmentSchema = z.union([
  someText,
  /** A bare http(s) URL, shown as itself. */
  z.strictObject({ url: httpUrlSchema }),
  /** A markdown link `[text](url)` with an http(s) target (any other target stays plain text). */
  z.strictObject({ text: someText, url: httpUrlSchema }),
  /** `**bold**` */
  z.strictObject({ b: someText }),
  /** `*emphasis*`, or `_emphasis_` when `by` is `_` (within one line). */
  z.strictObject({ em: someText.check(z.refine((s) => !s.includes('\n'), 'emphasis is within one line')), by: z.optional(z.literal('_')) }),
  /** `` `code` `` */
  z.strictObject({ code: someText }),
  /**
   * A bullet's label, `***What's New***:` (first segment only; the colon belongs to the markup). The
   * asterisks are stored only where they differ from three on each side, so the source is rebuilt exactly.
   */
  z.strictObject({
    label: someText.check(z.refine((s) => !s.includes('*') && !s.includes('\n'), 'a label has no asterisk or line break')),
    stars: z.optional(z.literal(2)),
    close: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3)])),
  }),
  /**
   * The start of a nested list item in a bullet's continuation lines: the markup as written, from the line
   * break to the item's text (`"\n  - "`, `"\n1) "`). What follows, up to the next one, is the item.
   */
  z.strictObject({ li: z.string().check(z.regex(ITEM_MARKER, 'must be a line break, a list marker and spaces')) }),
  /** Markup left unpaired by a malformed label (`***L*: … .**`): kept so the source comes back, never shown. */
  z.strictObject({ stray: z.string().check(z.regex(/^\*{2,3}$/, 'must be two or three asterisks')) }),
]);
export const bulletSchema = z.array(segmentSchema).check(
  z.minLength(1, 'a bullet must not be empty'),
  z.superRefine((bullet, ctx) => {
    bullet.forEach((s, i) => {
      if (i > 0 && typeof s === 'object' && 'label' in s) ctx.addIssue({ code: 'custom', path: [i], message: 'a label must be the first segment' });
    });
  }),
);

export const summarySchema = z.strictObject({
  bullets: z.array(bulletSchema).check(z.minLength(1, 'summary must have at least one bullet')),
  /** True when this language was machine- or hand-translated from the digest's source language. */
  translated: z.boolean(),
  note: z.optional(z.string()),
});

export const paperSchema = z.strictObject({
  id: arxivIdSchema,
  title: nonEmpty,
  /** Empty only for a day whose digest lists no authors at all (2023-11-20). */
  authors: z.array(nonEmpty),
  votes: z.optional(z.number().check(z.int(), z.minimum(0))),
  image: z.optional(httpsUrlSchema),
  video: z.optional(httpsUrlSchema),
  summary: z.strictObject({ ko: summarySchema, en: z.optional(summarySchema) }),
});

export const daySchema = z
  .strictObject({
    date: isoDateSchema,
    title: nonEmpty,
    papers: z.array(paperSchema).check(z.minLength(1, 'a day needs at least one paper')),
  })
  .check(
    z.superRefine((day, ctx) => {
      const seen = new Set<string>();
      day.papers.forEach((p, i) => {
        if (seen.has(p.id)) ctx.addIssue({ code: 'custom', path: ['papers', i, 'id'], message: `duplicate ID ${p.id}` });
        seen.add(p.id);
      });
    }),
  );

const sortedUnique = (d: readonly string[]) => d.every((x, i) => i === 0 || d[i - 1]! < x);

/** ID → the dates it was listed on, oldest first, for one shard of the index (see `shardOf`). */
export const indexShardSchema = z.record(
  arxivIdSchema,
  z.array(isoDateSchema).check(z.minLength(1, 'an ID is listed on at least one day'), z.refine(sortedUnique, 'dates must be sorted and unique')),
);

export const datesSchema = z.strictObject({ dates: z.array(isoDateSchema) }).check(z.refine((d) => sortedUnique(d.dates), 'dates must be sorted and unique'));

export type Summary = z.infer<typeof summarySchema>;
export type Paper = z.infer<typeof paperSchema>;
export type Day = z.infer<typeof daySchema>;
export type IndexShard = z.infer<typeof indexShardSchema>;
export type Bullet = z.infer<typeof bulletSchema>;
export type Segment = z.infer<typeof segmentSchema>;

/** Formats zod issues as `path: message` lines. */
export function describeIssues(error: { issues: readonly z.core.$ZodIssue[] }): string[] {
  return error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message));
}
