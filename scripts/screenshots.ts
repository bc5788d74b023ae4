/**
 * Regenerates the README screenshots from the production build: the panel in Korean and English on a saved
 * arXiv abs page, and the popup (light and dark). Run `npm run build` first; needs fonts-noto-cjk
 * (installed by `npm run browsers`) so Korean renders.
 */
import { readFileSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { CHROME_BUILD, CHROMIUM_PATH, PAGES_DIR } from '../tests/e2e/browsers';

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
  const html = readFileSync(`${PAGES_DIR}/abs-2311.13600.html`, 'utf8');
  await context.route(/^https?:\/\//, (route) =>
    new URL(route.request().url()).hostname.endsWith('arxiv.org') ? route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }) : route.abort(),
  );
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(sw.url()).host;

  const page = await context.newPage();
  await page.goto(ABS);
  await shootPanel(page, 'panel-ko.png');
  await page.locator('daily-papers-panel').getByRole('button', { name: 'English' }).click();
  await page.locator('daily-papers-panel .dp-bullets[lang="en"]').waitFor();
  // The keyboard focus ring on the language switch: reached with Tab from the abstract, as a reader would.
  await page.locator('blockquote.abstract').evaluate((el) => {
    el.setAttribute('tabindex', '-1');
    (el as HTMLElement).focus();
  });
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await shootPanel(page, 'panel-en.png');
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
  await context.close();
  console.log(`screenshots written to ${OUT}/`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
