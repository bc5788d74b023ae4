import type { Day } from '../digest/schema';
import type { Repository } from '../model/repository';
import { nearestDate } from '../popup/days';

export interface LoadedDay {
  dates: string[];
  /** Undefined only when there is no day at all. */
  day?: Day;
  /** The date asked for, when it has no digest and `day` is the closest earlier one. */
  missing?: string;
}

/**
 * The day a reader URL asks for (the newest without a date). The date list and the asked-for day are
 * requested together, so a deep link costs one round trip before its first paint; only a date without
 * a digest costs a second one, for the closest earlier day.
 */
export async function loadDay(repo: Repository, wanted: string | undefined): Promise<LoadedDay> {
  const [dates, exact] = await Promise.all([repo.dates(), wanted ? repo.day(wanted) : undefined]);
  if (exact) return { dates, day: exact };
  const date = wanted ? nearestDate(dates, wanted) : dates.at(-1);
  if (!date) return { dates };
  const day = await repo.day(date);
  return { dates, ...(day ? { day } : {}), ...(wanted ? { missing: wanted } : {}) };
}
