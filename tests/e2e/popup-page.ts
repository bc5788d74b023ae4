import type { BrowserContext, Page, Worker } from '@playwright/test';

/** Tab id of the open tab showing `url` (the service worker sees arXiv URLs through host permissions). */
export async function tabIdOf(sw: Worker, url: string): Promise<number> {
  const id = await sw.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
  if (id === undefined) throw new Error(`no tab at ${url}`);
  return id;
}

/** Opens popup.html as a page, aimed at the tab `tabId` (a popup opened as a page is itself the active tab). */
export async function openPopup(context: BrowserContext, extensionId: string, tabId?: number): Promise<Page> {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html${tabId === undefined ? '' : `?tabId=${tabId}`}`);
  return popup;
}

export function popupOf(popup: Page) {
  return {
    header: popup.locator('.pp-header h1'),
    items: popup.locator('li.pp-item'),
    item: (id: string) => popup.locator(`li.pp-item[data-id="${id}"]`),
    current: popup.locator('li.pp-item[aria-current="true"]'),
    titles: popup.locator('a.pp-title'),
    notice: popup.locator('.pp-notice'),
    english: popup.getByRole('button', { name: 'English' }),
    korean: popup.getByRole('button', { name: '한국어' }),
    search: popup.getByRole('searchbox'),
    date: popup.locator('input.pp-date'),
    prev: popup.locator('.pp-day-btn').first(),
    next: popup.locator('.pp-day-btn').last(),
  };
}
