import { browser, type Browser } from 'wxt/browser';

/**
 * The tab the popup is about. `?tabId=N` names it (a popup opened as a page in tests is itself the
 * active tab); otherwise the active tab of the current window. Its URL is readable only for arXiv
 * pages, through the manifest's host permissions (no `tabs` permission).
 */
export async function targetTab(params: URLSearchParams): Promise<Browser.tabs.Tab | undefined> {
  const id = Number(params.get('tabId'));
  if (Number.isInteger(id) && id > 0) return browser.tabs.get(id);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active;
}
