/**
 * Playwright fixtures: the production Chrome build loaded into Debian's Chromium, one browser per worker,
 * arXiv pages served from saved fixtures at their real URLs, and every other request blocked and recorded.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { PANEL_TAG } from '../../src/panel/tag';
import { CHROME_BUILD, CHROMIUM_ARGS, CHROMIUM_PATH, PAGES_DIR } from './browsers';
import { restoreWorker } from './english';

export interface ArxivServer {
  /** Serve fixture `file` (in tests/e2e/fixtures/pages) at this arXiv URL. */
  serve(url: string, file: string): void;
  /** Serve a literal body at an arXiv URL, optionally after a delay (a slow subresource). */
  serveBody(url: string, body: string, contentType: string, delayMs?: number): void;
  /** Requests to hosts other than arXiv's that were blocked during the test. */
  external: string[];
}

export function fixtureHtml(file: string): string {
  return readFileSync(path.join(PAGES_DIR, file), 'utf8');
}

type WorkerFixtures = { extContext: BrowserContext; extensionId: string; serviceWorker: Worker; server: ArxivServer };
type TestFixtures = { context: BrowserContext; page: Page; arxiv: ArxivServer };

export const test = base.extend<TestFixtures, WorkerFixtures>({
  extContext: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const context = await chromium.launchPersistentContext('', {
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: [`--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`, ...CHROMIUM_ARGS],
      });
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
  serviceWorker: [
    async ({ extContext: context }, use) => {
      const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      // The background fills the lookup table after install: wait, so the tests see the path users see.
      await base.expect.poll(() => sw.evaluate(() => chrome.storage.local.get('lookup').then((r) => (r.lookup as { ready?: boolean } | undefined)?.ready === true)), { timeout: 80_000 }).toBe(true);
      await use(sw);
    },
    { scope: 'worker', timeout: 90_000 },
  ],
  extensionId: [async ({ serviceWorker }, use) => use(new URL(serviceWorker.url()).host), { scope: 'worker' }],
  server: [async ({ extContext: context }, use) => use(await serveArxiv(context)), { scope: 'worker' }],
  arxiv: async ({ server, serviceWorker }, use) => {
    // Fresh settings and imports and URL table for every test; the browser and the background's lookup
    // table (written on install) are shared by the worker.
    await serviceWorker.evaluate(resetStorage);
    server.external.length = 0;
    await use(server);
    // A stand-in translator a test put in the worker goes with the test.
    await restoreWorker(serviceWorker);
  },
  context: async ({ extContext }, use) => use(extContext),
  page: async ({ context, arxiv: _arxiv }, use) => {
    const page = await context.newPage();
    await use(page);
    await page.close();
  },
});

export const expect = test.expect;

/** Serves registered arXiv URLs in `context` (404 for the others) and blocks and records every other host. */
export async function serveArxiv(context: BrowserContext): Promise<ArxivServer> {
  const pages = new Map<string, { body: string; contentType: string; delayMs: number }>();
  const server: ArxivServer = {
    serve: (url, file) => pages.set(new URL(url).href, { body: fixtureHtml(file), contentType: 'text/html; charset=utf-8', delayMs: 0 }),
    serveBody: (url, body, contentType, delayMs = 0) => pages.set(new URL(url).href, { body, contentType, delayMs }),
    external: [],
  };
  await context.route(/^https?:\/\//, async (route) => {
    const url = new URL(route.request().url());
    if (/(^|\.)arxiv\.org$/.test(url.hostname)) {
      const page = pages.get(url.href);
      if (!page) return route.fulfill({ status: 404, contentType: 'text/html', body: '<!doctype html><title>Not found</title><p>Not found</p>' });
      if (page.delayMs) await new Promise((r) => setTimeout(r, page.delayMs));
      return route.fulfill({ status: 200, contentType: page.contentType, body: page.body });
    }
    server.external.push(url.href);
    return route.abort('blockedbyclient');
  });
  return server;
}

/** Runs in the extension: removes everything but the lookup table the background wrote on install. */
export async function resetStorage(): Promise<void> {
  const all = await chrome.storage.local.get(null);
  const keep = (k: string) => k === 'lookup' || k === 'lookup:ids' || k.startsWith('p:');
  await chrome.storage.local.remove(Object.keys(all).filter((k) => !keep(k)));
}

/** The panel's shadow host on a page (the panel renders inside its open shadow root). */
/** The panel's host element: the one the content script defines. */
export const PANEL = PANEL_TAG;
