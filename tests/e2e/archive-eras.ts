/**
 * One paper of each era of the archive, and what its panel must show, read straight from the digest file
 * (not through the extension's parser): each bullet's text with only the label's asterisks removed.
 */
import { readFileSync } from 'node:fs';
import { fixtureHtml } from './fixtures';

export interface EraPaper {
  era: string;
  id: string;
  /** The day the panel must show (the first day the paper was listed). */
  date: string;
  /** The day file whose bullets it shows. */
  file: string;
  authors: boolean;
  votes?: number;
  label?: string;
  /** The later day that listed it again: its panel shows that day's summary too, under its date. */
  alsoOn?: string;
}

export const ERA_PAPERS: EraPaper[] = [
  { era: '2023-11-20: no teaser, no Authors: lines', id: '2311.10122', date: '2023-11-20', file: '2023-11-20', authors: false },
  { era: 'from 2023-12-06: Vote: lines', id: '2312.02663', date: '2023-12-06', file: '2023-12-06', authors: true, votes: 17 },
  { era: 'from 2024-06-12: labelled bullets', id: '2406.07550', date: '2024-06-12', file: '2024-06-12', authors: true, votes: 52, label: "What's New" },
  { era: '2024-10-18: Python-list authors, a repeated day heading', id: '2410.13198', date: '2024-10-18', file: '2024-10-18', authors: true, votes: 1, label: "What's New" },
  { era: 'an ID listed on two days', id: '2410.09342', date: '2024-10-16', file: '2024-10-16', authors: true, votes: 15, label: "What's New", alsoOn: '2024-10-18' },
];

/** The panel's expected bullet texts, from the raw markdown of the paper's entry in its day file (or `file`). */
export function expectedBullets(p: Pick<EraPaper, 'id' | 'file'>, file = p.file): string[] {
  const lines = readFileSync(`data/digests/${file}.md`, 'utf8').split('\n');
  const start = lines.findIndex((l) => l.startsWith('### ') && l.includes(`(https://arxiv.org/abs/${p.id})`));
  if (start < 0) throw new Error(`${p.id} not in ${file}`);
  const out: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('#')) break;
    if (!line.startsWith('- ')) continue;
    const text = line.slice(2).replace(/^\*{2,3}([^*]+?)\*{1,3}:/, '$1:');
    if (/\*\*|`|\]\(/.test(text)) throw new Error(`${p.id}: pick a paper whose bullets have no inline markup`);
    out.push(text);
  }
  return out;
}

/** A saved abs page made into the abs page of `id` (its meta tag and links name that paper). */
export function absPageOf(id: string): string {
  return fixtureHtml('abs-2311.12983.html').replaceAll('2311.12983', id);
}
