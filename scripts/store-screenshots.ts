/**
 * The store screenshots (store/screenshots/, 1280×800, the size both stores take; the Chrome Web Store shows up
 * to five): the production build in Chromium on the saved arXiv pages, in states the extension reaches on
 * its own — Korean summaries (English needs a translator this machine does not have), the popup over its
 * paper's page, a listing page with one summary open, a search in the reader and the options page's import
 * preview. Called by scripts/screenshots.ts with its browser (`npm run screenshots`).
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page, Worker } from '@playwright/test';

export const STORE_SHOTS_DIR = 'store/screenshots';
const SIZE = { width: 1280, height: 800 };
const ABS = 'https://arxiv.org/abs/2311.13600';

/** A page of the store's size, in the light scheme. */
async function storePage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(SIZE);
  await page.emulateMedia({ colorScheme: 'light' });
  return page;
}

/** Scrolls from the top of the page only as far as needed for `bottom` (document coordinates) to be in view. */
async function reveal(page: Page, bottom: number) {
  await page.evaluate((top) => window.scrollTo(0, top), Math.max(0, bottom - SIZE.height));
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `${STORE_SHOTS_DIR}/${name}`, clip: { x: 0, y: 0, ...SIZE } });
}

/** The abs page from its top (arXiv's header), and the whole panel. */
async function absPage(context: BrowserContext): Promise<Page> {
  const page = await storePage(context);
  await page.goto(ABS);
  await page.locator('daily-papers-panel .dp-bullets li').first().waitFor();
  const panel = await page.locator('daily-papers-panel').boundingBox();
  if (!panel) throw new Error('abs page not laid out');
  await reveal(page, panel.y + panel.height + 24);
  return page;
}

export async function storeScreenshots(context: BrowserContext, sw: Worker, extensionId: string): Promise<string[]> {
  // The defaults a new install has: Korean, panel open, teasers not loaded.
  await sw.evaluate(() => chrome.storage.local.set({ settings: { v: 2, lang: 'ko', collapsed: false, teaser: false } }));
  const written: string[] = [];
  const save = async (page: Page, name: string) => {
    await shot(page, name);
    written.push(name);
  };

  // 1. The summary under the abstract.
  const abs = await absPage(context);
  await save(abs, '1-panel.png');

  // 2. The popup over its paper's page: the two real renders put together, the popup where the toolbar
  // button drops it (a screenshot of a page does not include the browser's own toolbar).
  const tabId = await sw.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, ABS);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 580 });
  await popup.emulateMedia({ colorScheme: 'light' });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await popup.locator('li.pp-item[aria-current="true"]').waitFor();
  const popupPng = await popup.screenshot();
  await popup.close();
  const pagePng = await abs.screenshot({ clip: { x: 0, y: 0, ...SIZE } });
  await abs.close();
  const composite = await storePage(context);
  await composite.setContent(
    `<body style="margin:0;position:relative;width:${SIZE.width}px;height:${SIZE.height}px;overflow:hidden">` +
      `<img src="data:image/png;base64,${pagePng.toString('base64')}" style="display:block">` +
      `<img src="data:image/png;base64,${popupPng.toString('base64')}" style="position:absolute;top:0;right:24px;border:1px solid #b9b9b9;box-shadow:0 6px 24px rgba(0,0,0,.28)"></body>`,
  );
  await composite.evaluate(() => Promise.all([...document.images].map((i) => i.decode())));
  await save(composite, '2-popup.png');
  await composite.close();

  // 3. A listing page: the markers beside the IDs, and one summary opened below its entry.
  const listing = await storePage(context);
  await listing.goto('https://arxiv.org/list/cs.CV/new');
  await listing.locator('daily-papers-marker[data-arxiv-id="2311.13600"] button').click();
  await listing.locator('daily-papers-summary .dp-bullets li').first().waitFor();
  const open = await listing.locator('daily-papers-summary').boundingBox();
  if (!open) throw new Error('listing not laid out');
  // and the next entries, with their markers
  await reveal(listing, open.y + open.height + 150);
  await save(listing, '3-listing.png');
  await listing.close();

  // 4. The reader: a search across every day, once its index is built.
  const reader = await storePage(context);
  await reader.goto(`chrome-extension://${extensionId}/reader.html?q=${encodeURIComponent('확산 모델')}`);
  await reader.locator('a.rd-result-title').first().waitFor({ timeout: 120_000 });
  await save(reader, '4-reader-search.png');
  await reader.close();

  // 5. The options page: a digest file's preview before it is saved (the newest bundled day, so it asks
  // before replacing it, and the reader ticks Replace).
  const options = await storePage(context);
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.locator('input[type="file"][multiple]').setInputFiles({ name: '2025-05-09.md', mimeType: 'text/markdown', buffer: readFileSync('data/digests/2025-05-09.md') });
  await options.locator('.op-preview tbody tr').first().waitFor();
  // the reader ticks Replace, and Save is ready; the click moves the focus ring off the preview's heading
  await options.locator('.op-preview').getByRole('checkbox').check();
  await options.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await save(options, '5-options-import.png');
  await options.close();
  return written;
}
