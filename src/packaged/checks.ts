/**
 * Shape checks for the packaged data files, read on every lookup the worker answers. The files were
 * validated with the full zod schema when they were built (`npm run data`), so this only catches a damaged
 * install, with the file and field named; running zod over 10 MB of days again cost the worker ~2 s on
 * every install and most of its cold-start time on a lookup.
 */
import { parseArxivId } from '../arxiv/id';
import type { Day, IndexShard } from '../digest/schema';

/** An error text (`field: what is wrong`), or undefined when the value has the shape. */
export type Check<T> = (json: unknown) => { ok: true; value: T } | { ok: false; error: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
const fail = (error: string) => ({ ok: false as const, error });

export const checkDates: Check<{ dates: string[] }> = (json) => {
  if (!isObject(json) || !Array.isArray(json.dates)) return fail('dates: must be a list');
  const bad = json.dates.findIndex((d, i, all) => !isDate(d) || (i > 0 && (all[i - 1] as string) >= d));
  return bad >= 0 ? fail(`dates.${bad}: must be a date after the one before it`) : { ok: true, value: json as { dates: string[] } };
};

export const checkDay: Check<Day> = (json) => {
  if (!isObject(json) || !isDate(json.date)) return fail('date: must be a date');
  if (!Array.isArray(json.papers) || json.papers.length === 0) return fail('papers: must be a non-empty list');
  for (const [i, p] of json.papers.entries()) {
    if (!isObject(p)) return fail(`papers.${i}: must be an object`);
    if (typeof p.id !== 'string' || parseArxivId(p.id)?.id !== p.id) return fail(`papers.${i}.id: must be a bare arXiv ID`);
    if (typeof p.title !== 'string' || !Array.isArray(p.authors)) return fail(`papers.${i}: title and authors are required`);
    const ko = isObject(p.summary) && isObject(p.summary.ko) ? p.summary.ko : undefined;
    if (!ko || !Array.isArray(ko.bullets) || ko.bullets.some((b) => !Array.isArray(b))) return fail(`papers.${i}.summary.ko.bullets: must be a list of bullets`);
  }
  return { ok: true, value: json as unknown as Day };
};

export const checkShard: Check<IndexShard> = (json) => {
  if (!isObject(json)) return fail('must be an object of ID → dates');
  for (const [id, dates] of Object.entries(json)) {
    if (!Array.isArray(dates) || dates.length === 0 || !dates.every(isDate)) return fail(`${id}: must be a list of dates`);
  }
  return { ok: true, value: json as IndexShard };
};
