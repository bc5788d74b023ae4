/**
 * Search results as the reader lists them: in rank order, with a day heading wherever the day changes.
 * Grouping every result of a day together would move weaker matches above stronger ones of other days;
 * runs keep the ranking exact, and the ranking's own tie-break (newer day, then digest order) already
 * puts equally good matches of one day next to each other.
 */
export interface DayRun<R extends { date: string }> {
  date: string;
  results: R[];
  /** Rank (0-based) of the run's first result in the whole list. */
  start: number;
}

export function groupByDay<R extends { date: string }>(results: readonly R[]): DayRun<R>[] {
  const runs: DayRun<R>[] = [];
  results.forEach((r, i) => {
    const last = runs.at(-1);
    if (last && last.date === r.date) last.results.push(r);
    else runs.push({ date: r.date, results: [r], start: i });
  });
  return runs;
}

/** How many different days the results come from. */
export function dayCount(results: readonly { date: string }[]): number {
  return new Set(results.map((r) => r.date)).size;
}
