/**
 * The reader page (issues #17, #25): `chrome-extension://<id>/reader.html?date=<date>` opened in fresh tabs.
 * The page measures itself (src/reader/stats.ts): the `reader:day-painted` mark, and `window.__readerStats`
 * with the search index's figures (`index.readyMs`: ms since navigation start) and the engine and
 * round-trip times of the last queries (figures only: which query they belong to is known here, from the
 * count of answers, since the page keeps no query text).
 *  - first paint of a day (`loadReaderPaint`): one fresh page per round, in the rounds, so it is paired with
 *    the reference page that waits for one message (run.ts); each is closed as soon as its day is painted;
 *  - with the worker stopped: the same, in the cold passes (measure-cold.ts);
 *  - the index (`measureReader`, after the rounds): `indexPages` pages, each left open until its index is
 *    ready; in the last one, the search worker's heap over CDP (Playwright gives no session for workers:
 *    Target.attachToTarget through the page's session) and the queries: each of READER_QUERIES typed into
 *    the search box `repeats` times, alternating, so every fill asks the worker again; repeat 0 is the
 *    first search of the page.
 */
import type { Page } from '@playwright/test';
import { workerHeap, type Session } from './browser';
import { TARGET_DATE } from './dataset';
import type { ReaderQuery, ReaderResult } from './samples';

/** Two-term queries that match in every measured archive: Korean (with its particles) and English. */
export const READER_QUERIES = ['확산 모델', 'diffusion model'] as const;
/** The seed day: in the real archive and in every synthetic one. */
export const READER_DATE = TARGET_DATE;
const PAINT_TIMEOUT_MS = 30_000;
const INDEX_TIMEOUT_MS = 240_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Seen {
  dayPaintedMs?: number;
  index?: ReaderResult['index'];
  answered: number;
  queries: { total: number; engineMs: number; roundTripMs: number }[];
}

async function open(s: Session, date: string): Promise<Page> {
  const page = await s.context.newPage();
  await page.setViewportSize({ width: 1200, height: 900 });
  await sleep(50);
  await page.goto(`chrome-extension://${s.extensionId}/reader.html?date=${date}`, { waitUntil: 'commit' });
  return page;
}

const seen = (page: Page) => page.evaluate(() => (window as unknown as { __readerStats: Seen }).__readerStats);

/** One fresh reader page: ms from navigation start to its day painted, null when it did not paint. */
export async function loadReaderPaint(s: Session, date = READER_DATE): Promise<number | null> {
  const page = await open(s, date);
  try {
    await page.waitForFunction(() => performance.getEntriesByName('reader:day-painted').length > 0, null, { timeout: PAINT_TIMEOUT_MS });
    return await page.evaluate(() => performance.getEntriesByName('reader:day-painted')[0]!.startTime);
  } catch {
    return null;
  } finally {
    await page.close();
  }
}

export async function measureReader(s: Session, o: { indexPages: number; repeats: number; date?: string }): Promise<ReaderResult> {
  const date = o.date ?? READER_DATE;
  const result: ReaderResult = { date, indexReady: [], index: null, workerHeap: null, queries: [] };
  for (let i = 0; i < o.indexPages; i++) {
    const last = i === o.indexPages - 1;
    const page = await open(s, date);
    try {
      try {
        await page.waitForFunction(() => !!(window as unknown as { __readerStats?: Seen }).__readerStats?.index, null, { timeout: INDEX_TIMEOUT_MS });
      } catch (e) {
        result.indexReady.push(null);
        throw e;
      }
      const index = (await seen(page)).index!;
      result.indexReady.push(index.readyMs);
      if (!last) continue;
      result.index = { mode: index.mode, days: index.days, papers: index.papers, parseMs: index.parseMs, buildMs: index.buildMs, bytes: index.bytes, loadMs: index.loadMs, readyMs: index.readyMs };
      const cdp = await s.context.newCDPSession(page);
      try {
        const heap = await workerHeap(cdp, (t) => t.type === 'worker' && t.url.includes('search.worker'));
        result.workerHeap = { usedBytes: heap.usedSize, backingStorageBytes: heap.backingStorageSize };
      } catch {
        // An index without a search worker (built elsewhere, or the in-page fallback) has no heap to read here.
      } finally {
        await cdp.detach().catch(() => undefined);
      }
      const box = page.getByRole('searchbox');
      for (let repeat = 0; repeat < o.repeats; repeat++) {
        for (const query of READER_QUERIES) {
          const before = (await seen(page)).answered;
          // One fill, one search: the next answer is this query's.
          await box.fill(query);
          await page.waitForFunction((n) => (window as unknown as { __readerStats: Seen }).__readerStats.answered > n, before, { timeout: 30_000 });
          const q = (await seen(page)).queries.at(-1)!;
          result.queries.push({ query, repeat, total: q.total, engineMs: q.engineMs, roundTripMs: q.roundTripMs } satisfies ReaderQuery);
          await sleep(100);
        }
      }
    } catch (e) {
      result.error = e instanceof Error ? e.message.split('\n')[0] : String(e);
      break;
    } finally {
      await page.close();
    }
    // The next page starts from a background that is not still answering the last one.
    await sleep(300);
  }
  return result;
}
