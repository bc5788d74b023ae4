import type { browser } from 'wxt/browser';

type TabsApi = Pick<typeof browser.tabs, 'get' | 'query'>;

/**
 * The URL of the tab the popup is about: the tab it names (`?tabId=`, a popup opened as a page), else the
 * active tab of the last focused window, which is the popup's own window while the popup is open (the
 * background has no "current" window). The URL is only there for arXiv tabs (host permissions, no `tabs`
 * permission); any other tab reads as undefined.
 */
export async function activeOrGivenTabUrl(tabs: TabsApi, tabId: number | undefined): Promise<string | undefined> {
  if (tabId !== undefined) return (await tabs.get(tabId)).url;
  const [active] = await tabs.query({ active: true, lastFocusedWindow: true });
  return active?.url;
}
