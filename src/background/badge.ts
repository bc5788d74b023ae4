/**
 * The toolbar badge: on a tab showing a paper with a summary (abs, HTML or PDF URL) the action shows a small
 * badge and a title that says so; other tabs keep the action as it is. Decided from the tab's URL, which the
 * arXiv host permissions make readable (no `tabs` permission). Firefox learns of these tabs from a filtered
 * `tabs.onUpdated`; Chrome from the tabs' own content scripts (abs, HTML, and a small one on PDF URLs).
 */
import type { browser } from 'wxt/browser';
import { PAPER_PAGE_MATCHES } from '../arxiv/hosts';
import { arxivRefFromUrl } from '../arxiv/url';
import { badgeT } from '../i18n/badge-strings';
import { logError } from '../lib/log';
import { entryKey, hitOf, LOOKUP_KEY, lookupReady } from '../model/lookup-entry';
import type { PaperHit } from '../model/paper-hit';
import type { Repository } from '../model/repository';
import type { Lang } from '../prefs/schema';
import { decodeSettings, SETTINGS_STORAGE_KEYS } from '../prefs/settings';

/** arXiv's red: the badge reads as the extension's, not as a count of something. */
export const BADGE_COLOR = '#b31b1b';

export interface BadgeState {
  text: string;
  title: string;
}

/** What the action shows for a paper (undefined: no summary, the default look). Pure. */
export function badgeFor(hit: PaperHit | undefined, lang: Lang): BadgeState | undefined {
  if (!hit) return undefined;
  const s = badgeT(lang);
  return { text: s.text, title: s.title(hit.date) };
}

export type ActionApi = Pick<typeof browser.action, 'setBadgeText' | 'setBadgeBackgroundColor' | 'setTitle'>;
type StorageArea = Pick<typeof browser.storage.local, 'get'>;

/**
 * A paper's hit and the current language: the lookup table first (one read), the dataset while it is being
 * filled. `extensionVersion`: the running one, which the table must have been filled for.
 */
export function badgeLookup(storage: StorageArea, repo: Repository, extensionVersion: string) {
  return async (id: string): Promise<{ hit?: PaperHit; lang: Lang }> => {
    const key = entryKey(id);
    const stored = await storage.get([key, LOOKUP_KEY, ...SETTINGS_STORAGE_KEYS]);
    const lang = decodeSettings(stored).settings.lang;
    const hit = hitOf(stored[key]) ?? (lookupReady(stored[LOOKUP_KEY], extensionVersion) ? undefined : await repo.paper(id));
    return hit ? { hit, lang } : { lang };
  };
}

export interface BadgeKeeper {
  /** Sets the action of `tabId` for the paper its URL names; other URLs are left alone. */
  show(tabId: number, url: string | undefined): Promise<void>;
}

export function badgeKeeper(action: ActionApi, find: ReturnType<typeof badgeLookup>, defaultTitle: () => string): BadgeKeeper {
  // The newest decision per tab: a slow lookup for a URL the tab has already left must not win.
  const pending = new Map<number, number>();
  let next = 0;
  return {
    async show(tabId, url) {
      const ref = url ? arxivRefFromUrl(url) : undefined;
      if (!ref) return;
      const mine = ++next;
      pending.set(tabId, mine);
      const { hit, lang } = await find(ref.id);
      if (pending.get(tabId) !== mine) return;
      pending.delete(tabId);
      const state = badgeFor(hit, lang);
      // A tab closed meanwhile rejects these calls: nothing is left to update.
      const quiet = (p: Promise<unknown>) => p.catch(() => undefined);
      await Promise.all(
        state
          ? [
              quiet(action.setBadgeText({ tabId, text: state.text })),
              quiet(action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR })),
              quiet(action.setTitle({ tabId, title: state.title })),
            ]
          : [quiet(action.setBadgeText({ tabId, text: '' })), quiet(action.setTitle({ tabId, title: defaultTitle() }))],
      );
    },
  };
}

type TabsApi = Pick<typeof browser.tabs, 'onUpdated' | 'query'>;
type UpdatedListener = Parameters<TabsApi['onUpdated']['addListener']>[0];

/**
 * Follows navigations where the browser filters the events itself (Firefox: only arXiv paper URLs, only URL
 * and status changes), so other tabs never wake the background. The badge is set again on `complete`: a
 * navigation resets a tab's action after the `loading` event may already have been handled. Chrome has no
 * such filter; there the content scripts ask for their tab's badge (`badgeTab`) once the page has loaded.
 */
export function watchTabsForBadge(tabs: TabsApi, keeper: BadgeKeeper): void {
  const listener: UpdatedListener = (tabId, change, tab) => {
    if (change.url === undefined && change.status === undefined) return;
    const url = change.url ?? tab.url;
    if (!url) return;
    keeper.show(tabId, url).catch((e: unknown) => logError('toolbar badge', e));
  };
  (tabs.onUpdated.addListener as (l: UpdatedListener, filter: unknown) => void)(listener, { urls: PAPER_PAGE_MATCHES, properties: ['url', 'status'] });
}

/** Sets the badge of every open paper tab again (the language changed, or the table was just filled). */
export async function refreshBadges(tabs: Pick<TabsApi, 'query'>, keeper: BadgeKeeper): Promise<void> {
  const open = await tabs.query({ url: PAPER_PAGE_MATCHES });
  await Promise.all(open.map((t) => (t.id === undefined ? undefined : keeper.show(t.id, t.url))));
}
