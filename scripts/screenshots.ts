/**
 * Regenerates the README screenshots from the production build: the panel in Korean on a saved arXiv abs page,
 * and in English as this machine really shows it — Chromium's built-in translator with its language pack not on
 * the device (a click starts the download, which cannot finish offline; a page opened in English asks for the
 * click) and Firefox, which has no translator (no stand-in's output is ever shown as a translation) — the popup (light and dark), a listing page with one entry expanded and the panel on a dark
 * HTML full-text page, the reader (a search and a day) and the options page's import preview; then the store set
 * (scripts/store-screenshots.ts). Run `npm run build` first; needs fonts-noto-cjk
 * (installed by `npm run browsers`) so Korean renders.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import puppeteer from 'puppeteer-core';
import { CHROME_BUILD, CHROMIUM_PATH, FIREFOX_BUILD, FIREFOX_PATH, FIREFOX_QUIET_PREFS, PAGES_DIR } from '../tests/e2e/browsers';
import { STORE_SHOTS_DIR, storeScreenshots } from './store-screenshots';

const OUT = 'docs/screenshots';
const ABS = 'https://arxiv.org/abs/2311.13600';

async function shootPanel(page: Page, file: string) {
  const panel = page.locator('daily-papers-panel');
  await panel.locator('.dp-bullets li').first().waitFor();
  // the abstract and the panel under it, as a reader sees them
  const top = await page.locator('h1.title').boundingBox();
  const box = await panel.boundingBox();
  if (!top || !box) throw new Error('panel not laid out');
  await page.screenshot({ path: `${OUT}/${file}`, clip: { x: 0, y: top.y - 12, width: 1000, height: box.y + box.height - top.y + 24 } });
}

async function main() {
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1000, height: 1100 },
    deviceScaleFactor: 1,
    args: [`--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`, '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--lang=en-US'],
  });
  const fixture = (url: URL) =>
    url.pathname.startsWith('/list/') ? 'list-cs.CV-new-sections.html' : url.pathname.startsWith('/html/') ? 'html-2311.13600v2-dark.html' : 'abs-2311.13600.html';
  await context.route(/^https?:\/\//, (route) => {
    const url = new URL(route.request().url());
    return url.hostname.endsWith('arxiv.org') ? route.fulfill({ body: readFileSync(`${PAGES_DIR}/${fixture(url)}`, 'utf8'), contentType: 'text/html; charset=utf-8' }) : route.abort();
  });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(sw.url()).host;

  const page = await context.newPage();
  await page.goto(ABS);
  await shootPanel(page, 'panel-ko.png');
  // English, as Chromium here really does it: the click starts the language pack's download (offline, it
  // never finishes; the Korean stays until then).
  await page.locator('daily-papers-panel').getByRole('button', { name: 'English' }).click();
  await page.locator('daily-papers-panel .dp-english-status').getByText('is downloading').waitFor();
  await shootPanel(page, 'panel-en-download.png');
  // A page opened in English with the pack still missing: the prompt, since only a click may start a download.
  const second = await context.newPage();
  await second.goto(ABS);
  await second.locator('daily-papers-panel .dp-english-action').waitFor();
  // The keyboard focus ring on the prompt's button: reached with Tab, as a reader would.
  await second.locator('daily-papers-panel .dp-english-action').focus();
  await shootPanel(second, 'panel-en-prompt.png');
  await second.close();
  await page.locator('daily-papers-panel').getByRole('button', { name: '한국어' }).click();

  const tabId = await sw.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, ABS);
  for (const scheme of ['light', 'dark'] as const) {
    const popup = await context.newPage();
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.setViewportSize({ width: 400, height: 580 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    await popup.locator('li.pp-item[aria-current="true"]').waitFor();
    if (scheme === 'dark') {
      // The sticky day toolbar over a scrolled list, with the keyboard focus on the search box.
      await popup.locator('.pp-search-input').focus();
    }
    await popup.screenshot({ path: `${OUT}/popup-${scheme}.png` });
    await popup.close();
  }

  // A listing page: the markers, and one entry expanded below its description.
  await page.goto('https://arxiv.org/list/cs.CV/new');
  await page.locator('daily-papers-marker[data-arxiv-id="2311.13600"] button').click();
  const entry = page.locator('daily-papers-summary .dp-bullets li').first();
  await entry.waitFor();
  const first = await page.locator('dl dt').first().boundingBox();
  const open = await page.locator('daily-papers-summary').boundingBox();
  if (!first || !open) throw new Error('listing not laid out');
  await page.screenshot({ path: `${OUT}/listing-ko.png`, clip: { x: 0, y: first.y - 8, width: 1000, height: open.y + open.height - first.y + 150 } });

  // HTML full text in its dark theme: the panel after the abstract, in the page's colours.
  await page.goto('https://arxiv.org/html/2311.13600v2');
  const panel = page.locator('daily-papers-panel');
  await panel.locator('.dp-bullets li').first().waitFor();
  const abstract = await page.locator('.ltx_abstract').boundingBox();
  const box = await panel.boundingBox();
  if (!abstract || !box) throw new Error('HTML page not laid out');
  await page.screenshot({ path: `${OUT}/html-dark.png`, clip: { x: 0, y: abstract.y - 12, width: 1000, height: box.y + box.height - abstract.y + 24 } });

  // The reader: a search across every day in Korean, the matches marked, results under their days.
  const reader = await context.newPage();
  await reader.setViewportSize({ width: 1100, height: 800 });
  await reader.goto(`chrome-extension://${extensionId}/reader.html?q=${encodeURIComponent('확산 모델')}`);
  await reader.locator('a.rd-result-title').first().waitFor({ timeout: 120_000 });
  await reader.screenshot({ path: `${OUT}/reader-search.png` });
  // A day as a newsletter.
  await reader.goto(`chrome-extension://${extensionId}/reader.html?date=2023-11-23`);
  await reader.locator('.rd-main article').first().waitFor();
  await reader.screenshot({ path: `${OUT}/reader-day.png` });
  await reader.close();

  // The options page: the import preview of a file (the newest bundled day, so it asks before replacing).
  const options = await context.newPage();
  await options.setViewportSize({ width: 1000, height: 900 });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.locator('input[type="file"][multiple]').setInputFiles({
    name: '2025-05-09.md',
    mimeType: 'text/markdown',
    buffer: readFileSync('data/digests/2025-05-09.md'),
  });
  await options.locator('.op-preview tbody tr').first().waitFor();
  await options.screenshot({ path: `${OUT}/options-import.png` });
  await options.close();

  const store = await storeScreenshots(context, sw, extensionId);
  await context.close();
  await firefoxEnglish();
  console.log(`screenshots written to ${OUT}/, and for the stores to ${STORE_SHOTS_DIR}/: ${store.join(', ')}`);
}

/** The panel in English in Firefox, which has no translator: the English title and authors, the Korean, one sentence. */
async function firefoxEnglish() {
  const ff = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX_PATH, headless: true, extraPrefsFirefox: { ...FIREFOX_QUIET_PREFS, 'extensions.autoDisableScopes': 0 } });
  try {
    await ff.installExtension(path.resolve(FIREFOX_BUILD));
    const page = await ff.newPage();
    await page.setViewport({ width: 1000, height: 1100 });
    await page.setRequestInterception(true);
    page.on('request', (r) => {
      if (new URL(r.url()).hostname.endsWith('arxiv.org')) void r.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(`${PAGES_DIR}/abs-2311.13600.html`, 'utf8') });
      else void r.continue();
    });
    // The background page fills its lookup table after the install; until then the panel asks it.
    await page.goto(ABS);
    await page.waitForFunction(() => !!document.querySelector('daily-papers-panel')?.shadowRoot?.querySelector('.dp-bullets li'), { timeout: 30_000 });
    await page.evaluate(() => [...document.querySelector('daily-papers-panel')!.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'English')!.click());
    await page.waitForFunction(() => !!document.querySelector('daily-papers-panel')?.shadowRoot?.querySelector('.dp-english-status'), { timeout: 30_000 });
    const clip = await page.evaluate(() => {
      const top = document.querySelector('h1.title')!.getBoundingClientRect();
      const box = document.querySelector('daily-papers-panel')!.getBoundingClientRect();
      return { x: 0, y: top.y + window.scrollY - 12, width: 1000, height: box.bottom - top.y + 24 };
    });
    await page.screenshot({ path: `${OUT}/panel-en-firefox.png`, clip });
  } finally {
    await ff.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
