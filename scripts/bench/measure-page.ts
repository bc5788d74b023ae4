/**
 * One measured load: an abs page in a new tab, or the popup in a new tab. A new tab per load, so every
 * sample starts from the same state (fresh renderer, fresh content-script instance, no back/forward
 * cache); the extension's service worker and its file cache stay warm between loads, as in a browser
 * session (see measure-cold.ts for a stopped worker).
 */
import type { CDPSession, Page } from '@playwright/test';
import type { Session } from './browser';
import { LISTING_URL } from './fixture';
import { readListing, readRecorded, type Recorded, type RecordedListing, type WaitFor } from './recorder';
import type { AbsSample, ListingSample, PopupSample } from './samples';

export const ABS_URL = 'https://arxiv.org/abs/2311.12983';
/** Time after load (and panel) before reading the script-time metric, the same for every configuration. */
const SETTLE_MS = 60;
/**
 * Pause between opening the tab and navigating. Opening a tab costs Chromium's browser process ~0.2 s of
 * CPU here; on two cores that would compete with the renderer during the measured navigation.
 */
const TAB_SETTLE_MS = 50;
const WAIT_MS = 15_000;

async function recorded(page: Page, waitFor: WaitFor): Promise<Recorded> {
  return (await page.evaluate(readRecorded(waitFor, WAIT_MS))) as Recorded;
}

/** The page's CPU figures since it opened (CDP Performance domain, enabled before the navigation), in ms. */
async function pageMetrics(cdp: CDPSession): Promise<{ scriptMs: number; threadMs: number; layoutStyleMs: number; heapUsed: number }> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  return {
    scriptMs: metric('ScriptDuration') * 1000,
    threadMs: metric('ThreadTime') * 1000,
    layoutStyleMs: (metric('LayoutDuration') + metric('RecalcStyleDuration')) * 1000,
    heapUsed: metric('JSHeapUsedSize'),
  };
}

/**
 * Loads the abs page once. `url` defaults to the fixture's paper. With `gc`, a garbage collection runs
 * before the metrics are read, so heapUsed is live memory (the memory run; it would distort timing).
 */
export async function loadAbs(s: Session, url = ABS_URL, gc = false): Promise<AbsSample> {
  const page = await s.context.newPage();
  const cdp = await s.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.waitForTimeout(TAB_SETTLE_MS);
  await page.goto(url, { waitUntil: 'commit' });
  const rec = await recorded(page, (s.config.expectPanel ?? !!s.config.extDir) ? 'load+panel' : 'load');
  if (rec.load === null || rec.dcl === null) throw new Error(`${s.config.name}: no load event for ${url}`);
  // Identical settle for every configuration, so trailing work (storage reads, observers) is counted alike.
  await page.waitForTimeout(SETTLE_MS);
  if (gc) await cdp.send('HeapProfiler.collectGarbage');
  const sample: AbsSample = {
    panel: rec.panel,
    bullets: rec.bullets,
    bulletsLang: rec.bulletsLang,
    load: rec.load,
    dcl: rec.dcl,
    ...(await pageMetrics(cdp)),
  };
  await cdp.detach().catch(() => undefined);
  await page.close();
  return sample;
}

/**
 * Opens the popup as a tab about `tabId` (the abs tab) and times its first rendered paper; `file` names
 * another of the extension's pages with the same item (a reference's).
 */
export async function loadPopup(s: Session, tabId: number, file = 'popup.html'): Promise<PopupSample> {
  const page = await s.context.newPage();
  try {
    await page.waitForTimeout(TAB_SETTLE_MS);
    await page.goto(`chrome-extension://${s.extensionId}/${file}?tabId=${tabId}`, { waitUntil: 'commit' });
    const rec = await recorded(page, 'popup');
    const firstPaint = await page
      .waitForFunction(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? false, null, { timeout: 5_000 })
      .then((h) => h.jsonValue() as Promise<number>, () => null);
    return { firstItem: rec.popupItem, firstPaint };
  } finally {
    await page.close();
  }
}

/**
 * Loads the 2,000-entry listing page once (a new tab, like loadAbs) and waits for its load event and for
 * the `expected` markers (0: the load event only), then reads the same CDP metrics after the same settle.
 * `url`: the listing with known papers (default) or UNKNOWN_LISTING_URL.
 */
export async function loadListing(s: Session, expected: number, url = LISTING_URL): Promise<ListingSample> {
  const page = await s.context.newPage();
  const cdp = await s.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.waitForTimeout(TAB_SETTLE_MS);
  await page.goto(url, { waitUntil: 'commit' });
  const rec = (await page.evaluate(readListing(expected, WAIT_MS))) as RecordedListing;
  if (rec.load === null || rec.dcl === null) throw new Error(`${s.config.name}: no load event for ${url}`);
  await page.waitForTimeout(SETTLE_MS);
  const { heapUsed: _heap, ...metrics } = await pageMetrics(cdp);
  const sample: ListingSample = {
    expected,
    markers: rec.markers,
    markersAt: rec.markersAt,
    batches: rec.markerBatches,
    load: rec.load,
    dcl: rec.dcl,
    ...metrics,
  };
  await cdp.detach().catch(() => undefined);
  await page.close();
  return sample;
}
