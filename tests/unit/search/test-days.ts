/** Days for the search tests: the real 2023-11-23 digest compiled as the build does, and small made-up ones. */
import { readFileSync } from 'node:fs';
import { compileDataset } from '../../../src/digest/compile';
import type { Day, Paper } from '../../../src/digest/schema';

/** The real day, with `testEnglish` as every paper's English (the project ships no translation of the digests). */
export function realDay(): Day {
  const out = compileDataset({
    digests: [{ path: 'data/digests/2023-11-23.md', text: readFileSync('data/digests/2023-11-23.md', 'utf8') }],
    translations: [],
  });
  return withTestEnglish(out.days[0]!);
}

/**
 * English written for the tests, never a translation of the digest (its license forbids sharing one): one
 * line per Korean bullet that names the paper, with the Korean bullet's URLs kept, as a reader's own
 * imported translation would.
 */
export function testEnglish(p: Paper): NonNullable<Paper['summary']['en']> {
  const n = p.summary.ko.bullets.length;
  return {
    bullets: p.summary.ko.bullets.map((b, i) => [
      `The English test text for “${p.title}”, point ${i + 1} of ${n}.`,
      ...b.flatMap((s) => (typeof s === 'object' && 'url' in s && !('text' in s) ? [' ', s] : [])),
    ]),
    translated: true,
  };
}

export function withTestEnglish(d: Day): Day {
  return { ...d, papers: d.papers.map((p) => ({ ...p, summary: { ...p.summary, en: testEnglish(p) } })) };
}

export interface PaperSpec {
  id: string;
  title?: string;
  authors?: string[];
  ko: string[];
  en?: string[];
}

export function paper(spec: PaperSpec): Paper {
  const p: Paper = {
    id: spec.id,
    title: spec.title ?? `Paper ${spec.id}`,
    authors: spec.authors ?? ['Ada Lovelace'],
    summary: { ko: { bullets: spec.ko.map((b) => [b]), translated: false } },
  };
  if (spec.en) p.summary.en = { bullets: spec.en.map((b) => [b]), translated: true };
  return p;
}

export function day(date: string, papers: PaperSpec[]): Day {
  return { date, title: `Daily Papers (${date})`, papers: papers.map(paper) };
}
