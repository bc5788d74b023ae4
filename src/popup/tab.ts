import type { Browser, browser } from 'wxt/browser';

type TabsApi = Pick<typeof browser.tabs, 'get' | 'query'>;

/**
 * The tab the popup is about. `?tabId=N` names it (a popup opened as a page in tests is itself the
 * active tab); otherwise the active tab of the current window. Its URL is readable only for arXiv
 * pages, through the manifest's host permissions (no `tabs` permission).
 */
export async function targetTab(tabs: TabsApi, params: URLSearchParams): Promise<Browser.tabs.Tab | undefined> {
  const id = namedTabId(params);
  if (id !== undefined) return tabs.get(id);
  const [active] = await tabs.query({ active: true, currentWindow: true });
  return active;
}

/** The tab `?tabId=N` names, if any. */
export function namedTabId(params: URLSearchParams): number | undefined {
  const id = Number(params.get('tabId'));
  return Number.isInteger(id) && id > 0 ? id : undefined;
}
