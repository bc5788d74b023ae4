import type { Paper } from '../digest/schema';
import type { DaySort } from '../pages/reader-url';

/**
 * A day's papers in digest order, or by votes (most first). Ties, and papers of the eras without votes,
 * keep their digest order; papers without a vote count go last, so sorting an early day changes nothing.
 */
export function sortPapers<P extends Pick<Paper, 'votes'>>(papers: readonly P[], sort: DaySort): P[] {
  if (sort === 'digest') return [...papers];
  return papers
    .map((paper, order) => ({ paper, order }))
    .sort((a, b) => (b.paper.votes ?? -1) - (a.paper.votes ?? -1) || a.order - b.order)
    .map((x) => x.paper);
}

/** Whether sorting by votes can change anything: some paper of the day has a vote count. */
export function hasVotes(papers: readonly Pick<Paper, 'votes'>[]): boolean {
  return papers.some((p) => p.votes !== undefined);
}
