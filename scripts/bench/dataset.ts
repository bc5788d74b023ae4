/**
 * Generated digest archives for the benchmark, written in the same source format as data/
 * (digests/DATE.md), so they go through the real compiler and the real build:
 * the real seed day alone (`9`), and synthetic archives of N papers over N/10 consecutive days (`1k`,
 * `20k`). Deterministic: the seed is the dataset name. (The `real` configuration is data/ itself.)
 *
 * The middle day of every archive is the real 2023-11-23 digest from data/ (9 papers, 2311.12983 among
 * them, with their translations). So every dataset is measured on the same saved abs page, the lookup
 * reads the same day file and the panel and popup render the same papers: only the archive around that
 * day (index shards, dates.json, number of files) grows. Synthetic days are somewhat heavier than the
 * real one (Korean bullets of 100–200 characters as specified, real ones average 100).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { authors, bulletPair, teaserUrl, title } from './dataset-text';
import { createRng, seedOf, type Rng } from './prng';

export const TARGET_ID = '2311.12983';
export const TARGET_DATE = '2023-11-23';
const PAPERS_PER_DAY = 10;
const DAY_MS = 86_400_000;

export interface GeneratedDataset {
  /** Relative path (digests/…) → content. */
  files: Map<string, string>;
  papers: number;
  days: number;
  firstDate: string;
  lastDate: string;
}

interface SourcePaper {
  id: string;
  title: string;
  image?: string;
  authors: string[];
  ko: string[];
  en: string[];
}

/** The real day that holds 2311.12983: its digest text and its paper IDs. */
export interface RealDay {
  digest: string;
  ids: string[];
}

export async function readRealDay(dataDir: string): Promise<RealDay> {
  const digest = await readFile(path.join(dataDir, 'digests', `${TARGET_DATE}.md`), 'utf8');
  const ids = [...digest.matchAll(/^### \[.*\]\(https:\/\/arxiv\.org\/abs\/([^)\s]+)\)/gm)].map((m) => m[1]!);
  if (!ids.includes(TARGET_ID)) throw new Error(`${TARGET_ID} not found in ${dataDir}/digests/${TARGET_DATE}.md`);
  return { digest, ids };
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * A new-style ID for a paper featured on `date`: usually from that month, sometimes (early in a month)
 * from the previous one, as real digests feature papers a few days after submission. YYMM ≥ 1501 has
 * five digits; `taken` keeps IDs unique across the archive.
 */
function paperId(rng: Rng, date: string, taken: Set<string>): string {
  let year = Number(date.slice(2, 4));
  let month = Number(date.slice(5, 7));
  if (Number(date.slice(8, 10)) <= 4 && rng.chance(0.5)) {
    month -= 1;
    if (month === 0) [year, month] = [year - 1, 12];
  }
  const yymm = `${String(year).padStart(2, '0')}${String(month).padStart(2, '0')}`;
  for (;;) {
    const id = `${yymm}.${String(rng.int(1, 24_999)).padStart(5, '0')}`;
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}

function syntheticPaper(rng: Rng, id: string): SourcePaper {
  const count = rng.int(4, 8);
  // About one paper in six links its code or model in one bullet, like the real digests.
  const urlAt = rng.chance(0.17) ? rng.int(0, count - 1) : -1;
  const pairs = Array.from({ length: count }, (_, i) => bulletPair(rng, i === urlAt));
  return {
    id,
    title: title(rng),
    ...(rng.chance(0.9) ? { image: teaserUrl(rng) } : {}),
    authors: authors(rng),
    ko: pairs.map((p) => p.ko),
    en: pairs.map((p) => p.en),
  };
}

function digestText(date: string, papers: SourcePaper[]): string {
  const out = [`## Daily Papers (${date})`, ''];
  for (const p of papers) {
    out.push(`### [${p.title}](https://arxiv.org/abs/${p.id})`, '');
    if (p.image) out.push(`![](${p.image})`, '');
    out.push(`Authors: ${p.authors.join(', ')}`, '', ...p.ko.map((b) => `- ${b}`), '');
  }
  return out.join('\n');
}

/**
 * The `9` configuration: the real seed day alone (its digest, copied verbatim), so the smallest archive is
 * one real day whatever data/ holds. No English is shipped (the digests' license): English made on the
 * device is measured from storage (see the English rows).
 */
export function seedDayDataset(real: RealDay): GeneratedDataset {
  const files = new Map([[`digests/${TARGET_DATE}.md`, real.digest]]);
  return { files, papers: real.ids.length, days: 1, firstDate: TARGET_DATE, lastDate: TARGET_DATE };
}

/** `papers` papers, about ten a day on consecutive dates, the real day in the middle. */
export function generateDataset(name: string, papers: number, real: RealDay): GeneratedDataset {
  const rng = createRng(seedOf(`daily-papers-bench:${name}`));
  const days = Math.ceil(papers / PAPERS_PER_DAY);
  const middle = Math.floor(days / 2);
  const start = Date.parse(`${TARGET_DATE}T00:00:00Z`) - middle * DAY_MS;
  // The real papers' IDs are taken, so every synthetic ID is unique in the archive.
  const taken = new Set<string>(real.ids);
  // Synthetic papers fill the other days as evenly as possible, so the total is exactly `papers`.
  const synthetic = papers - real.ids.length;
  const base = Math.floor(synthetic / (days - 1));
  const extra = synthetic % (days - 1);
  const files = new Map<string, string>();
  let other = 0;
  for (let d = 0; d < days; d++) {
    const date = isoDate(start + d * DAY_MS);
    if (d === middle) {
      files.set(`digests/${date}.md`, real.digest);
      continue;
    }
    const count = base + (other++ < extra ? 1 : 0);
    const list = Array.from({ length: count }, () => syntheticPaper(rng, paperId(rng, date, taken)));
    files.set(`digests/${date}.md`, digestText(date, list));
  }
  return { files, papers, days, firstDate: isoDate(start), lastDate: isoDate(start + (days - 1) * DAY_MS) };
}
