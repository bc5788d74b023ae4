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

/** One number for the tie-break: the newer day first, then the earlier place in that day's digest. */
export function recency(date: string, order: number): number {
  // YYYYMMDD read digit by digit: no allocation, as it runs for every match of a query.
  let ymd = 0;
  for (let i = 0; i < date.length; i++) {
    const c = date.charCodeAt(i) - 48;
    if (c >= 0 && c <= 9) ymd = ymd * 10 + c;
  }
  return ymd * 65536 - Math.min(order, 65535);
}

/** Compares items (document numbers) by their `score`, then `recency`: negative when `a` ranks first. */
export function rankOrder(score: ArrayLike<number>, recencyOf: ArrayLike<number>): (a: number, b: number) => number {
  return (a, b) => score[b]! - score[a]! || recencyOf[b]! - recencyOf[a]!;
}
