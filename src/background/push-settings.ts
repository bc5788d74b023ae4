import { CONTENT_PAGE_MATCHES } from '../arxiv/hosts';
import type { browser } from 'wxt/browser';
import { settingsChangedMessage } from '../messaging/push';
import type { Settings } from '../prefs/settings';

export type TabsApi = Pick<typeof browser.tabs, 'query' | 'sendMessage'>;

/**
 * Tells every open tab with a content script (abs, HTML full text, listing) about changed settings. A tab
 * without a panel or markers (unknown paper, page still loading, script from an older version) has no
 * listener: its error is expected and ignored.
 * Host permissions are enough to find the tabs by URL (no `tabs` permission).
 */
export async function pushSettings(tabs: TabsApi, changes: Partial<Settings>): Promise<void> {
  const open = await tabs.query({ url: CONTENT_PAGE_MATCHES });
  const message = settingsChangedMessage(changes);
  await Promise.all(open.map((t) => (t.id === undefined ? undefined : tabs.sendMessage(t.id, message).catch(() => undefined))));
}
