/**
 * The reader page in Firefox (the production MV2 build): a day by deep link, the search worker, a search.
 * Driven by puppeteer-core over WebDriver BiDi (see ../firefox-fixtures.ts).
 */
import { expect, test } from '../firefox-fixtures';
import { median, type ReaderStatsSeen } from '../reader-page';

test.describe('Firefox: reader page', () => {
  test('a day by deep link, the index built in a module worker, a Korean search across days', async ({ ext, arxiv }) => {
    test.setTimeout(120_000);
    const paints: number[] = [];
    for (let i = 0; i < 3; i++) {
      const page = await ext.openPage('reader.html?date=2023-11-23', 'article.rd-paper');
      expect(await page.$$eval('article.rd-paper', (els) => els.length)).toBe(9);
      expect(await page.$eval('#rd-day-title', (el) => el.textContent)).toBe('2023년 11월 23일 (목) · 논문 9편');
      await page.waitForFunction(() => performance.getEntriesByName('reader:day-painted').length > 0, { timeout: 10_000 });
      paints.push(await page.evaluate(() => performance.getEntriesByName('reader:day-painted')[0]!.startTime));
      if (i < 2) await page.close();
      else {
        const stats = (await page
          .waitForFunction(() => (window as unknown as { __readerStats?: ReaderStatsSeen }).__readerStats?.index && (window as unknown as { __readerStats: ReaderStatsSeen }).__readerStats, { timeout: 90_000 })
          .then((h) => h.jsonValue())) as ReaderStatsSeen;
        expect(stats.index).toMatchObject({ mode: 'worker', kind: 'shipped', days: 357, papers: 5488 }); // from the index in the package
        // The reader keeps no query text: each query goes in with one input event (one search), and its figures
        // are the answer that arrives after it.
        const timed: ReaderStatsSeen['queries'] = [];
        for (const q of ['응용 가능성', '확산 모델', 'diffusion model', '언어 모델']) {
          const before = await page.evaluate(() => (window as unknown as { __readerStats: ReaderStatsSeen }).__readerStats.answered);
          await page.$eval('#rd-q', (el, query) => {
            (el as HTMLInputElement).value = query;
            el.dispatchEvent(new Event('input', { bubbles: true }));
          }, q);
          await page.waitForFunction((n) => (window as unknown as { __readerStats: ReaderStatsSeen }).__readerStats.answered > n, { timeout: 10_000 }, before);
          timed.push((await page.evaluate(() => (window as unknown as { __readerStats: ReaderStatsSeen }).__readerStats.queries.at(-1))) as ReaderStatsSeen['queries'][number]);
        }
        await page.$eval('#rd-q', (el) => ((el as HTMLInputElement).value = ''));
        await page.type('#rd-q', '응용 가능성');
        await page.waitForFunction(() => /^결과 [\d,]+건 중 \d+건 표시 · \d+일에서 찾음$/.test(document.querySelector('.rd-count')?.textContent ?? ''), { timeout: 10_000 });
        const days = await page.$$eval('li.rd-result', (els) => [...new Set(els.map((e) => (e as HTMLElement).dataset.date))]);
        expect(days.length).toBeGreaterThanOrEqual(2);
        expect(await page.$$eval('.rd-snippet', (els) => els.some((e) => e.textContent!.includes('응용 가능성을')))).toBe(true);
        expect(await page.$$eval('.rd-snippet mark', (els) => els.length)).toBeGreaterThan(0);
        const seen = (await page.evaluate(() => (window as unknown as { __readerStats: ReaderStatsSeen }).__readerStats)) as ReaderStatsSeen;
        expect(JSON.stringify(seen)).not.toMatch(/응용|확산|diffusion|언어/);
        const figures = {
          firstPaintMs: { median: Math.round(median(paints)), all: paints.map(Math.round) },
          index: { loadMs: Math.round(seen.index!.loadMs), parseMs: Math.round(seen.index!.parseMs), buildMs: Math.round(seen.index!.buildMs), estimatedMB: +(seen.index!.bytes / 2 ** 20).toFixed(1) },
          twoTermQueryMs: { engineMedian: +median(timed.map((q) => q.engineMs)).toFixed(2), roundTripMedian: +median(timed.map((q) => q.roundTripMs)).toFixed(2) },
        };
        console.log(`[reader figures, Firefox] ${JSON.stringify(figures)}`);
        test.info().annotations.push({ type: 'reader figures (Firefox)', description: JSON.stringify(figures) });
      }
    }
    expect(arxiv.external).toEqual([]);
    expect(arxiv.errors).toEqual([]);
  });
});
