/**
 * The popup with the service worker stopped, as Chrome stops it after 30 s idle: the popup reads the packaged
 * days itself and leaves the worker asleep, unless imported days are stored. A browser of its own, because
 * stopping the worker would leave the shared fixture's worker handle pointing at a target that is gone.
 */
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { CHROME_BUILD, CHROMIUM_ARGS, CHROMIUM_PATH } from '../browsers';
import { serveArxiv } from '../fixtures';
import { openPopup, popupOf } from '../popup-page';

let context: BrowserContext;
let extensionId: string;
/** An extension page that runs none of our code, to reach the worker over the DevTools protocol. */
let helper: Page;

test.beforeAll(async () => {
  context = await chromium.launchPersistentContext('', { executablePath: CHROMIUM_PATH, headless: true, args: [`--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`, ...CHROMIUM_ARGS] });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  extensionId = new URL(sw.url()).host;
  await expect.poll(() => sw.evaluate(() => chrome.storage.local.get('lookup').then((r) => (r.lookup as { ready?: boolean } | undefined)?.ready === true)), { timeout: 80_000 }).toBe(true);
  helper = await context.newPage();
  await helper.goto(`chrome-extension://${extensionId}/manifest.json`);
});

test.afterAll(async () => context?.close());

/** Whether the extension's background runs, as the popup itself asks it. */
const backgroundRuns = () => helper.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: ['BACKGROUND'] })).length > 0);

async function stopWorker() {
  const cdp = await context.newCDPSession(helper);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect.poll(backgroundRuns, { message: 'the worker stops' }).toBe(false);
  await cdp.detach();
}

test('worker stopped: the tab’s paper and the day navigation from the packaged files, the worker left asleep; an imported day wakes it', async () => {
  test.setTimeout(150_000);
  const arxiv = await serveArxiv(context);
  arxiv.serve('https://arxiv.org/abs/2311.13231', 'abs-2311.13231.html');
  const page = await context.newPage();
  await page.goto('https://arxiv.org/abs/2311.13231');
  const tabId = await helper.evaluate(async () => (await chrome.tabs.query({ url: 'https://arxiv.org/abs/2311.13231' }))[0]?.id);
  expect(tabId).toBeDefined();
  // The tab asks for its badge once loaded and idle: after that, nothing but the popup could wake the worker.
  await expect.poll(() => helper.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId!)).not.toBe('');

  await stopWorker();
  const popup = await openPopup(context, extensionId, tabId);
  const p = popupOf(popup);
  await expect(p.items).toHaveCount(9);
  await expect(p.current).toHaveAttribute('data-id', '2311.13231');
  await expect(p.date).toHaveValue('2023-11-23');
  await p.next.click();
  await expect(p.date).toHaveValue('2023-12-04');
  await p.date.fill('2025-05-09');
  await expect(p.items).toHaveCount(20);
  await expect(p.next).toBeDisabled();
  expect(await backgroundRuns()).toBe(false);
  await popup.close();

  // An imported day (sent from an extension page, which starts the worker) is the background's to read.
  const markdown = `## Daily Papers (2025-05-12)\n\n### [An imported paper](https://arxiv.org/abs/2505.00001)\n\nAuthors: Ada Lovelace\n\n- 가져온 논문의 요약입니다.\n`;
  expect(await helper.evaluate((files) => chrome.runtime.sendMessage({ type: 'daily-papers:importSave', files, confirm: [] }), [{ name: '2025-05-12.md', text: markdown }])).toMatchObject({ ok: true, value: { saved: ['2025-05-12'] } });
  await stopWorker();
  const again = await openPopup(context, extensionId);
  await expect(popupOf(again).date).toHaveValue('2025-05-12');
  await expect(popupOf(again).items).toHaveCount(1);
  expect(await backgroundRuns()).toBe(true);
  await again.close();
  await page.close();
});
