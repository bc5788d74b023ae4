/**
 * Merges a reader's own translation file (`DATE.en.json`, imported on the options page: no translation of the
 * digests ships) into a parsed day. Pure.
 * Each translated bullet is aligned by index with the source bullet and must keep its URLs unchanged.
 * It is read with the same inline parser as the source, so a label, bold or a link renders the same way.
 */
import type { InputError } from './errors';
import { parseInline } from './inline';
import { segmentUrls } from './linkify';
import { describeIssues, isoDateSchema, type Day } from './schema';
import { z } from './zod';

const someText = z.string().check(z.trim(), z.minLength(1));

export const translationFileSchema = z.strictObject({
  date: isoDateSchema,
  lang: z.literal('en'),
  translated_from: z.literal('ko'),
  papers: z.record(z.string(), z.strictObject({ bullets: z.array(someText).check(z.minLength(1)), note: z.optional(someText) })),
});

export type TranslationResult = { ok: true; day: Day } | { ok: false; errors: InputError[] };

/** 1-based line of the first occurrence of `needle` in `text` (1 if absent). */
function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  return at < 0 ? 1 : text.slice(0, at).split('\n').length;
}

export function applyTranslation(day: Day, text: string): TranslationResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [{ line: 1, message: `invalid JSON: ${(e as Error).message}` }] };
  }
  const parsed = translationFileSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((i) => ({
        line: lineOf(text, `"${String(i.path.at(-1) ?? '')}"`),
        message: describeIssues({ issues: [i] })[0]!,
      })),
    };
  }
  const file = parsed.data;
  const errors: InputError[] = [];
  if (file.date !== day.date) errors.push({ line: lineOf(text, '"date"'), message: `date ${file.date} does not match the digest's ${day.date}` });

  const byId = new Map(day.papers.map((p) => [p.id, p]));
  for (const [id, t] of Object.entries(file.papers)) {
    const line = lineOf(text, `"${id}"`);
    const paper = byId.get(id);
    if (!paper) {
      errors.push({ line, message: `paper ${id} is not in the ${day.date} digest` });
      continue;
    }
    const source = paper.summary.ko.bullets;
    if (t.bullets.length !== source.length) {
      errors.push({ line, message: `paper ${id}: ${t.bullets.length} translated bullets for ${source.length} source bullets` });
      continue;
    }
    t.bullets.forEach((b, i) => {
      const want = segmentUrls(source[i]!).sort().join(' ');
      const got = segmentUrls(parseInline(b.trim())).sort().join(' ');
      if (want !== got) errors.push({ line, message: `paper ${id} bullet ${i + 1}: URLs must be unchanged (source: ${want || 'none'}; translation: ${got || 'none'})` });
    });
  }
  if (errors.length) return { ok: false, errors };

  return {
    ok: true,
    day: {
      ...day,
      papers: day.papers.map((p) => {
        const t = file.papers[p.id];
        if (!t) return p;
        const en = { bullets: t.bullets.map((b) => parseInline(b.trim())), translated: true, ...(t.note ? { note: t.note } : {}) };
        return { ...p, summary: { ...p.summary, en } };
      }),
    },
  };
}
