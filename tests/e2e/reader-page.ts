import type { BrowserContext, Page } from '@playwright/test';

/** Opens reader.html (with `query`, e.g. `?date=2023-11-23#2311.12983`) in a new page. */
export async function openReader(context: BrowserContext, extensionId: string, query = ''): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(`chrome-extension://${extensionId}/reader.html${query}`);
  return page;
}

export function readerOf(page: Page) {
  return {
    h1: page.getByRole('heading', { level: 1 }),
    dayTitle: page.locator('#rd-day-title'),
    papers: page.locator('article.rd-paper'),
    paper: (id: string) => page.locator(`article.rd-paper[data-id="${id}"]`),
    search: page.getByRole('searchbox'),
    results: page.locator('li.rd-result'),
    resultTitles: page.locator('a.rd-result-title'),
    runDays: page.locator('.rd-run-day'),
    count: page.locator('.rd-count'),
    index: page.locator('.rd-index'),
    date: page.locator('input.rd-date'),
    prev: page.locator('.rd-nav .rd-icon-btn').first(),
    next: page.locator('.rd-nav .rd-icon-btn').last(),
    calendar: page.locator('table.rd-cal-grid'),
    english: page.getByRole('button', { name: 'English' }),
    korean: page.getByRole('button', { name: '한국어' }),
  };
}

/** What the reader measured about itself (window.__readerStats): figures only, no query text. */
export interface ReaderStatsSeen {
  dayPaintedMs?: number;
  dayMs: number[];
  index?: { days: number; papers: number; parseMs: number; buildMs: number; bytes: number; kind: 'build' | 'update' | 'shipped'; mode: string; loadMs: number; readyMs: number; generation: number };
  /** Searches answered since the page opened; `queries` holds the figures of the last ones. */
  answered: number;
  queries: { total: number; shown: number; engineMs: number; roundTripMs: number }[];
}

export function readerStats(page: Page): Promise<ReaderStatsSeen> {
  return page.evaluate(() => (window as unknown as { __readerStats: ReaderStatsSeen }).__readerStats);
}

/**
 * Types `query` into the search box in one input event and returns its figures: the reader keeps no query
 * text, so the answer is known as the one that arrives after the fill (one input, one search).
 */
export async function searchMeasured(page: Page, query: string): Promise<ReaderStatsSeen['queries'][number]> {
  const before = (await readerStats(page)).answered;
  await page.getByRole('searchbox').fill(query);
  await page.waitForFunction((n) => (window as unknown as { __readerStats: ReaderStatsSeen }).__readerStats.answered > n, before);
  return (await readerStats(page)).queries.at(-1)!;
}

/** Waits until the search index is ready and returns the stats. */
export async function indexReady(page: Page, timeout = 60_000): Promise<ReaderStatsSeen> {
  await page.waitForFunction(() => !!(window as unknown as { __readerStats?: { index?: unknown } }).__readerStats?.index, null, { timeout });
  return readerStats(page);
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * The search worker's JS heap after a garbage collection, over the DevTools protocol (Chromium): workers
 * have no `performance.memory`. `arrayBuffers` is the typed arrays' storage outside that heap.
 */
export async function searchWorkerHeap(context: BrowserContext, page: Page): Promise<{ usedMB: number; arrayBuffersMB: number }> {
  const cdp = await context.newCDPSession(page);
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const worker = targetInfos.find((t) => t.type === 'worker' && t.url.includes('search.worker'));
    if (!worker) throw new Error('no search worker running');
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
    let id = 0;
    const call = (method: string) =>
      new Promise<Record<string, number>>((resolve) => {
        const mine = ++id;
        const listener = (e: { message: string }) => {
          const m = JSON.parse(e.message) as { id?: number; result?: Record<string, number> };
          if (m.id !== mine) return;
          cdp.off('Target.receivedMessageFromTarget', listener);
          resolve(m.result ?? {});
        };
        cdp.on('Target.receivedMessageFromTarget', listener);
        void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: mine, method }) });
      });
    await call('HeapProfiler.collectGarbage');
    const usage = await call('Runtime.getHeapUsage');
    const mb = (b: number | undefined) => +((b ?? 0) / 2 ** 20).toFixed(1);
    return { usedMB: mb(usage.usedSize), arrayBuffersMB: mb(usage.backingStorageSize) };
  } finally {
    await cdp.detach();
  }
}
