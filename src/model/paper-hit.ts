import { parseArxivId } from '../arxiv/id';
import type { Day, Paper } from '../digest/schema';
import type { Repository } from './repository';

/** A paper as one day's digest listed it. */
export interface DayPaper {
  date: string;
  paper: Paper;
}

/** A paper and the days of the digest that summarised it: `date` is the first. */
export interface PaperHit extends DayPaper {
  /**
   * Later days that listed it again, each with its own entry: a paper on two days (2410.09342) was
   * summarised anew, and the reader sees both summaries.
   */
  alsoOn?: DayPaper[];
}

/** Every day's entry of a hit, first day first (the first is the hit itself). */
export function hitDays(hit: Pick<PaperHit, 'date' | 'paper' | 'alsoOn'>): DayPaper[] {
  return [hit, ...(hit.alsoOn ?? [])];
}

/** The hit of paper `id` listed on `dates` (oldest first), with each day's own entry; days that lack it are skipped. */
export async function hitOnDates(id: string, dates: readonly string[], day: (date: string) => Promise<Day | undefined>): Promise<PaperHit | undefined> {
  const entries = await Promise.all(
    dates.map(async (date): Promise<DayPaper | undefined> => {
      const paper = (await day(date))?.papers.find((p) => p.id === id);
      return paper && { date, paper };
    }),
  );
  const [first, ...later] = entries.filter((e) => e !== undefined);
  return first && { ...first, ...(later.length ? { alsoOn: later } : {}) };
}

/** A Repository from its three reads: a paper's first date and its hit follow from `datesOf` and `day`. */
export function withPaperReads(reads: Pick<Repository, 'dates' | 'day' | 'datesOf'>): Repository {
  return {
    dates: () => reads.dates(),
    day: (date) => reads.day(date),
    datesOf: (id) => reads.datesOf(id),
    dateOf: async (id) => (await reads.datesOf(id))[0],
    async paper(id) {
      const ref = parseArxivId(id);
      return ref ? hitOnDates(ref.id, await reads.datesOf(ref.id), (date) => reads.day(date)) : undefined;
    },
  };
}
