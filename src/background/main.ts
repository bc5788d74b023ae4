/**
 * Everything the background does, wired to the browser object it is given (the real one in
 * entrypoints/background.ts, `fakeBrowser` in tests).
 */
import type { browser as browserApi } from 'wxt/browser';
import { IMPORTS_KEY } from '../digest/import-records';
import { logError } from '../lib/log';
import type { Repository } from '../model/repository';
import { settingsChanges } from '../prefs/settings';
import { migrateSettings, readSettings } from '../prefs/store';
import { createDispatcher } from './dispatch';
import { badgeKeeper, badgeLookup, refreshBadges, watchTabsForBadge, type ActionApi } from './badge';
import { handleCommand } from './commands';
import { backgroundHandlers } from './handlers';
import { importStore } from './imports';
import { lookupKeeper, refreshLookup } from './lookup-store';
import { mergedRepository } from './merged-repository';
import { activeOrGivenTabUrl } from './popup-tab';
import { pushSettings } from './push-settings';
import { senderKind, type Sender } from './senders';
import { clearEnglish, downloadedFlag, englishStore, englishTodo, englishUsage, withStoredEnglish } from './english-store';
import { serveTranslationPort } from './translation-port';
import { globalTranslator } from '../translate/api';
import { createTranslationService } from '../translate/service';

type BrowserApi = Pick<typeof browserApi, 'runtime' | 'storage' | 'tabs' | 'commands' | 'i18n'> & {
  /** Manifest V3's toolbar button; Firefox's Manifest V2 calls it browserAction (promise-based there too). */
  action?: ActionApi;
  browserAction?: unknown;
};

export interface BackgroundOptions {
  /**
   * The browser filters `tabs.onUpdated` by URL (Firefox), so the badge follows tab events there; elsewhere
   * the content scripts ask for their tab's badge.
   */
  filterTabEvents?: boolean;
}

export interface Background {
  /** Settled once the lookup table is complete for this version (tests wait on it). */
  lookupReady: Promise<void>;
}

/** `bundled`: the packaged days; imported days are merged over them here. */
export function startBackground(browser: BrowserApi, bundled: Repository, identity: Promise<string>, options: BackgroundOptions = {}): Background {
  const storage = browser.storage.local;
  const imports = importStore(storage, { has: async (d) => (await bundled.dates()).includes(d), day: (d) => bundled.day(d) });
  const repo = mergedRepository(bundled, () => imports.state());
  const keeper = identity.then((version) => lookupKeeper({ repo, storage, version }));
  const changed = async (ids: string[]) => {
    // An entry left stale would show an old summary: when the targeted update fails, refill everything.
    await refreshLookup({ repo, storage }, ids).catch(async (e: unknown) => {
      logError('updating the lookup table', e);
      await (await keeper).refill();
    });
  };
  const action = browser.action ?? (browser.browserAction as ActionApi | undefined);
  const badges = action && badgeKeeper(action, badgeLookup(storage, repo), () => browser.i18n.getMessage('actionTitle'));
  const showBadge = badges && ((tabId: number, url: string | undefined) => badges.show(tabId, url));
  const tabUrl = (tabId: number | undefined) => activeOrGivenTabUrl(browser.tabs, tabId);
  // English is made here, on this device (docs/architecture.md, "On-device English"): one queue, one store.
  const translation = createTranslationService({
    workerApi: () => globalTranslator(globalThis),
    store: englishStore(storage),
    paper: async ({ id, date }) => (await repo.day(date))?.papers.find((p) => p.id === id),
    downloaded: downloadedFlag(storage),
  });
  const english = {
    usage: () => englishUsage(storage),
    clear: () => clearEnglish(storage),
    todo: () => englishTodo(storage, repo),
    withStored: (days: Parameters<typeof withStoredEnglish>[1]) => withStoredEnglish(storage, days),
  };
  const self = { id: browser.runtime.id, root: browser.runtime.getURL('/') };
  const handlers = backgroundHandlers({ repo, imports, settings: () => readSettings(storage), changed, tabUrl, english, ...(showBadge ? { showBadge } : {}) });
  const dispatch = createDispatcher(handlers, (sender) => senderKind(sender, self));
  // Only our own pages and content scripts reach onMessage; other extensions' messages arrive on the
  // runtime's external event, which is deliberately not listened to (a test checks it).
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender) => dispatch(message, sender));
  // This extension only, told as for messages: its own pages, or its content scripts on arXiv.
  browser.runtime.onConnect.addListener((port) => serveTranslationPort(port, translation, (sender) => senderKind(sender ?? {}, self) !== undefined));
  // Listeners are added synchronously, at the worker's start: events that woke it are only delivered to them.
  // Only where the browser filters tab events by URL (Firefox): Chrome would wake this worker for every change
  // of every tab on any site, and on arXiv while the page loads, competing with it (the cold panel came
  // 130–170 ms later in the bench). There the content scripts ask for their tab's badge (`badgeTab`).
  if (badges && options.filterTabEvents) watchTabsForBadge(browser.tabs, badges);
  browser.commands.onCommand.addListener((command: string) => {
    handleCommand(browser, command).catch((e: unknown) => logError(`shortcut ${command}`, e));
  });
  browser.storage.onChanged.addListener((changes, area) => {
    // Open panels and listings follow settings changed anywhere (popup, another tab, a shortcut) through this push.
    const changedSettings = settingsChanges(changes, area);
    if (changedSettings) pushSettings(browser.tabs, changedSettings).catch((e: unknown) => logError('pushing settings', e));
    if (changedSettings?.lang && badges) refreshBadges(browser.tabs, badges).catch((e: unknown) => logError('toolbar badges', e));
    if (area === 'local' && IMPORTS_KEY in changes) imports.invalidate();
  });
  // Every start of the worker checks the lookup table (cheap: one storage read) and fills it after an
  // install or update, or when an earlier fill was cut short. Until then the content script asks here.
  const lookupReady = keeper.then((k) => k.ensure()).catch((e: unknown) => logError('filling the lookup table', e));
  browser.runtime.onInstalled.addListener(() => {
    migrateSettings(storage).catch((e: unknown) => logError('migrating settings', e));
    // Tabs opened before the install (or update) get their badge once the table can answer for them.
    if (badges) void lookupReady.then(() => refreshBadges(browser.tabs, badges)).catch((e: unknown) => logError('toolbar badges', e));
  });
  return { lookupReady };
}
