import type { PaperHit } from '../model/paper-hit';
import type { Day } from '../digest/schema';
import type { JsonText } from '../messaging/protocol';
import type { Repository } from '../model/repository';
import type { Settings } from '../prefs/settings';
import { readSettings } from '../prefs/store';
import type { Handlers } from './dispatch';
import type { ImportStore } from './imports';
import { resolveStart } from '../model/popup-start';
import type { EnglishTodo, EnglishUsage } from '../translate/service';

export interface HandlerDeps {
  repo: Repository;
  imports: ImportStore;
  settings?: () => Promise<Settings>;
  /** Imported days changed: these IDs' lookup entries are due (awaited, so the answer means "in place"). */
  changed?: (ids: string[]) => Promise<void>;
  /** Sets a tab's toolbar badge for the paper its URL names (absent: no toolbar button to badge). */
  showBadge?: (tabId: number, url: string | undefined) => Promise<void>;
  /**
   * The URL of tab `tabId`, or of the active tab of the last focused window; undefined where the browser
   * does not show it (a tab outside arXiv's host permissions). Absent: the popup's view has no tab.
   */
  tabUrl?: (tabId: number | undefined) => Promise<string | undefined>;
  /** English made on this device: usage, clearing, what is left to translate, and days with it written in (search). */
  english?: EnglishHandlers;
}

export interface EnglishHandlers {
  usage(): Promise<EnglishUsage>;
  clear(): Promise<number>;
  todo(): Promise<EnglishTodo>;
  withStored(days: Day[]): Promise<Day[]>;
}

const NO_ENGLISH: EnglishHandlers = {
  usage: async () => ({ papers: 0, bytes: 0 }),
  clear: async () => 0,
  todo: async () => ({ total: 0, todo: [] }),
  withStored: async (days) => days,
};

/** What the background answers: the merged repository, the popup's opening view, imports. */
export function backgroundHandlers({ repo, imports, settings = readSettings, changed = async () => undefined, showBadge, tabUrl, english = NO_ENGLISH }: HandlerDeps): Handlers {
  return {
    async badgeTab(_request, sender) {
      // Only a tab can ask for its own badge; the URL is read again here rather than trusted from the page.
      const tabId = sender.tab?.id;
      if (tabId !== undefined && showBadge) await showBadge(tabId, sender.tab?.url ?? sender.url);
      return null;
    },
    async lookup({ id }) {
      const hit = await repo.paper(id);
      // Unknown papers (most pages) cost no storage read.
      return hit ? { hit, settings: await settings() } : null;
    },
    async lookupMany({ ids }) {
      // Most IDs of a listing page share one or two monthly index shards, read once and kept.
      const found = await Promise.all(ids.map(async (id) => [id, await repo.paper(id)] as const));
      const hits = Object.fromEntries(found.filter((f): f is readonly [string, PaperHit] => f[1] !== undefined));
      return { hits, settings: await settings() };
    },
    dates: () => repo.dates(),
    day: async ({ date }) => (await repo.day(date)) ?? null,
    days: async ({ dates }) => {
      const days = await Promise.all(dates.map((d) => repo.day(d)));
      // For the reader's search index: the English made on this device is searched too.
      return JSON.stringify(await english.withStored(days.filter((d) => d !== undefined))) as JsonText<Day[]>;
    },
    dateOf: async ({ id }) => (await repo.dateOf(id)) ?? null,
    datesOf: ({ id }) => repo.datesOf(id),
    paper: async ({ id }) => (await repo.paper(id)) ?? null,
    async start({ url, tabId }) {
      // A tab that is gone or cannot be read opens the newest day, as a tab outside arXiv does.
      const target = url ?? (tabUrl ? await tabUrl(tabId).catch(() => undefined) : undefined);
      return resolveStart(repo, target);
    },
    importPreview: ({ files }) => imports.preview(files),
    async importSave({ files, confirm }) {
      const { saved, items, ids } = await imports.save(files, confirm);
      if (saved.length) await changed(ids);
      return { saved, items };
    },
    async importDelete({ date }) {
      await changed(await imports.remove(date));
      return null;
    },
    importList: () => imports.list(),
    importExport: () => imports.exportBackup(),
    englishUsage: () => english.usage(),
    englishClear: () => english.clear(),
    englishTodo: () => english.todo(),
  };
}
