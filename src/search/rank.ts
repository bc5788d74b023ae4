/**
 * Ranking. Results are ordered by, in turn:
 * 1. a term that is exactly the paper's arXiv ID (`2311.12983`, `arXiv:2311.12983v2`): the paper asked for;
 * 2. how many terms occur in the title (or in the ID, for partial IDs such as `2311.129`);
 * 3. how many terms occur in the author list;
 * 4. how often the terms occur in the summaries (Korean and English together): per term, the number of
 *    words holding it, at most 9 — a paper about the topic mentions it in several bullets, one that
 *    merely cites it once;
 * 5. the newer day first, then the paper's place in that day's digest.
 * Steps 1–4 are one integer `score`, each step weighted above everything the steps after it can add.
 */

export interface Evidence {
  idExact: boolean;
  titleTerms: number;
  authorTerms: number;
  /** Sum over terms of min(occurrences in the summaries, MAX_TF_PER_TERM). */
  summaryTf: number;
}

export const MAX_TF_PER_TERM = 9;
const STEP = 100;
const CAP = STEP - 1;

export function scoreOf(e: Evidence): number {
  return ((e.idExact ? STEP : 0) * STEP + Math.min(e.titleTerms, CAP)) * STEP ** 2 + Math.min(e.authorTerms, CAP) * STEP + Math.min(e.summaryTf, CAP);
}

export interface Ranked {
  score: number;
  date: string;
  order: number;
}

/** Negative when `a` ranks before `b`. */
export function compareRanked(a: Ranked, b: Ranked): number {
  if (a.score !== b.score) return b.score - a.score;
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return a.order - b.order;
}
