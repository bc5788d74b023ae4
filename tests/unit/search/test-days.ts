/** Days for the search tests: the real 2023-11-23 digest compiled as the build does, and small made-up ones. */
import { readFileSync } from 'node:fs';
import { compileDataset } from '../../../src/digest/compile';
import type { Day, Paper } from '../../../src/digest/schema';

export function realDay(): Day {
  const out = compileDataset({
    digests: [{ path: 'data/digests/2023-11-23.md', text: readFileSync('data/digests/2023-11-23.md', 'utf8') }],
    translations: [{ path: 'data/translations/2023-11-23.en.json', text: readFileSync('data/translations/2023-11-23.en.json', 'utf8') }],
  });
  return out.days[0]!;
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
