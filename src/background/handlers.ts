import type { Day } from '../digest/schema';
import type { JsonText } from '../messaging/protocol';
import type { Repository } from '../model/repository';
import type { Settings } from '../prefs/settings';
import { readSettings } from '../prefs/store';
import type { Handlers } from './dispatch';
import { resolveStart } from './start-view';

/** What the background answers, over the repository of the packaged dataset. */
export function backgroundHandlers(repo: Repository, settings: () => Promise<Settings> = readSettings): Handlers {
  return {
    async lookup({ id }) {
      const hit = await repo.paper(id);
      // Unknown papers (most pages) cost no storage read.
      return hit ? { hit, settings: await settings() } : null;
    },
    dates: () => repo.dates(),
    day: async ({ date }) => (await repo.day(date)) ?? null,
    days: async ({ dates }) => {
      const days = await Promise.all(dates.map((d) => repo.day(d)));
      return JSON.stringify(days.filter((d) => d !== undefined)) as JsonText<Day[]>;
    },
    dateOf: async ({ id }) => (await repo.dateOf(id)) ?? null,
    datesOf: ({ id }) => repo.datesOf(id),
    paper: async ({ id }) => (await repo.paper(id)) ?? null,
    start: ({ url }) => resolveStart(repo, url),
  };
}
