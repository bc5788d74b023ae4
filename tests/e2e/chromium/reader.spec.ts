import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { focusedRing } from '../focus-ring';
import { openPopup, popupOf, tabIdOf } from '../popup-page';
import { indexReady, median, openReader, readerOf, readerStats, searchMeasured, searchWorkerHeap, type ReaderStatsSeen } from '../reader-page';

// Occurs in 27 digests, always with a particle attached (응용 가능성을 / 가능성이 / 가능성과), never bare.
const PHRASE = '응용 가능성';

async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.passes.length).toBeGreaterThan(5);
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.describe('reader page', () => {
  test('opened from the popup on the day shown; across a gap and a weekend by buttons, calendar and back button', async ({ page, context, arxiv, extensionId, serviceWorker }) => {
    arxiv.serve('https://arxiv.org/abs/2311.13231', 'abs-2311.13231.html');
    await page.goto('https://arxiv.org/abs/2311.13231');
    const popup = await openPopup(context, extensionId, await tabIdOf(serviceWorker, 'https://arxiv.org/abs/2311.13231'));
    await expect(popupOf(popup).items).toHaveCount(9);
    const [reader] = await Promise.all([context.waitForEvent('page'), popup.getByRole('link', { name: '이 날짜 전체 보기' }).click()]);
    await reader.setViewportSize({ width: 1200, height: 900 });
    expect(reader.url()).toBe(`chrome-extension://${extensionId}/reader.html?date=2023-11-23`);
    const r = readerOf(reader);
    await expect(r.papers).toHaveCount(9);
    await expect(r.dayTitle).toHaveText('2023년 11월 23일 (목) · 논문 9편');
    // every bullet of every paper, titles linked to their abs pages
    await expect(r.paper('2311.13231').locator('.dp-bullets li')).toHaveCount(7);
    await expect(r.paper('2311.12983').getByRole('link', { name: 'GAIA: a benchmark for General AI Assistants' })).toHaveAttribute('href', 'https://arxiv.org/abs/2311.12983');
    await expect(reader.getByRole('link', { name: 'Daily Papers 한국어 다이제스트' })).toHaveAttribute('href', 'https://github.com/l-yohai/daily_papers_ko');

    // the archive's first gap: 2023-11-23 is followed by 2023-12-04
    await r.next.click();
    await expect(r.dayTitle).toHaveText(/^2023년 12월 4일 \(월\)/);
    await expect(reader).toHaveURL(/\?date=2023-12-04$/);
    // a Friday to the Monday after, from the calendar by keyboard
    await r.calendar.getByRole('button', { name: /2023년 12월 8일 \(금\)/ }).click();
    await expect(r.dayTitle).toHaveText(/^2023년 12월 8일 \(금\)/);
    await expect(r.calendar.getByRole('button', { name: /12월 8일/ })).toHaveAttribute('aria-current', 'date');
    await r.calendar.getByRole('button', { name: /12월 8일/ }).press('ArrowRight');
    await expect(r.calendar.getByRole('button', { name: /12월 11일 \(월\)/ })).toBeFocused();
    await reader.keyboard.press('Enter');
    await expect(r.dayTitle).toHaveText(/^2023년 12월 11일 \(월\)/);
    await r.prev.click();
    await expect(r.dayTitle).toHaveText(/^2023년 12월 8일 \(금\)/);
    await expect(r.calendar.getByRole('button', { name: /2023년 12월 8일 \(금\), 논문 \d+편/ })).toBeVisible();
    // the back button walks back through the days
    await reader.goBack();
    await expect(r.dayTitle).toHaveText(/^2023년 12월 11일/);
    await reader.goBack();
    await reader.goBack();
    await expect(r.dayTitle).toHaveText(/^2023년 12월 4일/);
    await reader.goBack();
    await expect(r.dayTitle).toHaveText(/^2023년 11월 23일/);
    // a date without a digest opens the closest day, and says so
    await r.date.fill('2023-12-09');
    await expect(r.dayTitle).toHaveText(/^2023년 12월 8일/);
    await expect(reader.locator('.rd-notice')).toContainText('2023년 12월 9일 (토)에는 요약이 없어');
    expect(arxiv.external).toEqual([]);
    await reader.close();
  });

  test('search a Korean phrase that only occurs with particles, by keyboard; open a result; back and forward; language live from the popup; axe in both languages; reload a deep link', async ({ context, extensionId, arxiv }) => {
    test.setTimeout(120_000);
    const reader = await openReader(context, extensionId, '?date=2023-11-23');
    const r = readerOf(reader);
    await expect(r.papers).toHaveCount(9);
    await indexReady(reader);
    // `/` focuses the search box from anywhere but a field
    await reader.locator('body').press('/');
    await expect(r.search).toBeFocused();
    expect(await focusedRing(reader)).toMatchObject({ style: 'solid', clippedBy: null });
    await reader.keyboard.type(PHRASE);
    await expect(r.count).toHaveText(/^결과 [\d,]+건 중 \d+건 표시 · \d+일에서 찾음$/);
    const days = new Set(await r.results.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.date)));
    expect(days.size).toBeGreaterThanOrEqual(2);
    await expect(reader).toHaveURL(/q=%EC%9D%91%EC%9A%A9\+%EA%B0%80%EB%8A%A5%EC%84%B1/);
    // the matches carry their particles, marked in the snippet
    const snippets = await reader.locator('.rd-snippet').allTextContents();
    expect(snippets.some((t) => t.includes('응용 가능성을'))).toBe(true);
    await expect(reader.locator('.rd-snippet mark').first()).toHaveText(/^(응용|가능성)$/);
    expect(await axeViolations(reader)).toEqual([]);

    // ↓ into the results, ↓ to the second, Enter opens it in its day
    await reader.keyboard.press('ArrowDown');
    await expect(r.resultTitles.first()).toBeFocused();
    await reader.keyboard.press('ArrowDown');
    await expect(r.resultTitles.nth(1)).toBeFocused();
    expect(await focusedRing(reader)).toMatchObject({ clippedBy: null });
    const chosen = await r.results.nth(1).evaluate((e) => ({ date: (e as HTMLElement).dataset.date!, id: (e as HTMLElement).dataset.id! }));
    await reader.keyboard.press('Enter');
    const deepLink = new RegExp(`\\?date=${chosen.date}#${chosen.id.replace('.', '\\.')}$`);
    await expect(reader).toHaveURL(deepLink);
    await expect(r.paper(chosen.id)).toHaveClass(/rd-current/);
    await expect(r.paper(chosen.id).locator('h3 a')).toBeFocused();
    await expect(r.paper(chosen.id)).toBeInViewport();
    // back: the same results; forward: the paper again
    await reader.goBack();
    await expect(r.search).toHaveValue(PHRASE);
    await expect(r.results.nth(1)).toHaveAttribute('data-id', chosen.id);
    await reader.goForward();
    await expect(r.paper(chosen.id)).toHaveClass(/rd-current/);

    // the popup's switch turns the open reader English without a reload
    await reader.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
    const popup = await openPopup(context, extensionId);
    await popupOf(popup).english.click();
    await expect(r.h1).toHaveText('Daily Papers reader');
    await expect(r.dayTitle).toHaveText(/ · \d+ papers?$/);
    await expect(reader.locator('html')).toHaveAttribute('lang', 'en');
    expect(await reader.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
    await popup.close();
    // axe: the results in Korean (above), the day in English in the dark scheme
    await reader.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(reader)).toEqual([]);
    await r.search.fill('diffusion model');
    await expect(r.count).toHaveText(/^Showing \d+ of [\d,]+ · from \d+ days$/);
    // Escape clears the search and shows the day again
    await reader.keyboard.press('Escape');
    await expect(r.search).toHaveValue('');
    await expect(r.paper(chosen.id)).toBeVisible();

    // the deep link survives a reload
    await reader.goto(reader.url().replace(/\?.*$/, `?date=${chosen.date}#${chosen.id}`));
    await expect(r.paper(chosen.id)).toHaveClass(/rd-current/);
    await expect(r.paper(chosen.id)).toBeInViewport();
    await reader.reload();
    await expect(r.paper(chosen.id)).toHaveClass(/rd-current/);
    await expect(r.paper(chosen.id)).toBeInViewport();
    expect(arxiv.external).toEqual([]);
    await reader.close();
  });

  test('keyboard only, dark scheme: every control reached by Tab shows a visible, unclipped focus ring', async ({ context, extensionId, arxiv: _arxiv }) => {
    const reader = await openReader(context, extensionId, '?date=2023-11-23');
    await reader.emulateMedia({ colorScheme: 'dark' });
    await expect(readerOf(reader).papers).toHaveCount(9);
    const reached: string[] = [];
    for (let i = 0; i < 40; i++) {
      await reader.keyboard.press('Tab');
      const ring = await focusedRing(reader);
      if (!ring) break;
      expect(ring.style, ring.what).not.toBe('none');
      expect(ring.width, ring.what).toBeGreaterThanOrEqual(2);
      expect(ring.contrast, ring.what).toBeGreaterThanOrEqual(3);
      expect(ring.clippedBy, ring.what).toBeNull();
      reached.push(ring.what.split(' ')[0]!);
    }
    // search, language, day navigation, the calendar (one stop), then the papers' links and buttons
    expect(reached.slice(0, 5)).toEqual(['input.rd-search-input', 'button.dp-lang-btn', 'button.dp-lang-btn', 'button.rd-icon-btn', 'input.rd-date']);
    expect(reached.filter((w) => w === 'button.rd-cal-day')).toHaveLength(1);
    expect(reached).toContain('button.rd-link-btn');
    await reader.close();
  });

  test('an import while the reader is open: its day is found by search and shown in the calendar; deleted, it is gone', async ({ context, extensionId, arxiv: _arxiv }) => {
    const reader = await openReader(context, extensionId, '?date=2025-05-09');
    const r = readerOf(reader);
    await expect(r.papers.first()).toBeVisible();
    const first = await indexReady(reader);
    const markdown = [
      '## Daily Papers (2025-05-12)',
      '',
      '### [Zebra Stripes as Positional Codes](https://arxiv.org/abs/2505.99901)',
      '',
      'Vote: 3',
      '',
      'Authors: Ada Lovelace, Alan Turing',
      '',
      "- ***What's New***: 얼룩말무늬를 위치 부호로 쓰는 방법을 제안합니다.",
      '',
    ].join('\n');
    const send = (message: unknown) => reader.evaluate((m) => chrome.runtime.sendMessage(m), message);
    expect(await send({ type: 'daily-papers:importSave', files: [{ name: '2025-05-12.md', text: markdown }], confirm: [] })).toMatchObject({ ok: true, value: { saved: ['2025-05-12'] } });
    // the reader hears of it through storage and updates its index (not a rebuild)
    await reader.waitForFunction((g) => ((window as unknown as { __readerStats: { index: { generation: number } } }).__readerStats.index.generation > g), first.index!.generation);
    expect((await readerStats(reader)).index).toMatchObject({ kind: 'update', days: 358, papers: 5489 });
    await r.search.fill('얼룩말무늬');
    await expect(r.results).toHaveCount(1);
    await expect(r.results.first()).toHaveAttribute('data-date', '2025-05-12');
    await r.resultTitles.first().click();
    await expect(r.dayTitle).toHaveText('2025년 5월 12일 (월) · 논문 1편');
    await expect(r.calendar.getByRole('button', { name: /2025년 5월 12일 \(월\), 논문 1편/ })).toHaveAttribute('aria-current', 'date');
    expect(await send({ type: 'daily-papers:importDelete', date: '2025-05-12' })).toMatchObject({ ok: true });
    await expect(r.calendar.getByRole('button', { name: /2025년 5월 12일/ })).toHaveCount(0);
    await r.search.fill('얼룩말무늬');
    await expect(r.count).toHaveText('“얼룩말무늬”에 맞는 논문이 없습니다. 모든 검색어가 들어 있는 논문만 찾습니다.');
    await reader.close();
  });

  test('the teaser image is requested only when asked for', async ({ context, extensionId, arxiv }) => {
    const reader = await openReader(context, extensionId, '?date=2023-11-23');
    const r = readerOf(reader);
    await expect(r.papers).toHaveCount(9);
    expect(arxiv.external).toEqual([]);
    await r.paper('2311.12983').getByRole('button', { name: '티저 이미지 보기' }).click();
    await expect.poll(() => arxiv.external.length).toBe(1);
    expect(arxiv.external[0]).toMatch(/^https:\/\//);
    await reader.close();
  });

  test('measured: first paint of a day, index build and memory, two-term query times', async ({ context, extensionId, arxiv: _arxiv }) => {
    test.setTimeout(180_000);
    // Each load in a fresh page, closed once painted: a page left open builds its index, and the background
    // reading every day for it would slow the next load down (not what a reader opening the page meets).
    const paints: number[] = [];
    for (let i = 0; i < 7; i++) {
      const page = await openReader(context, extensionId, '?date=2024-12-06');
      await page.waitForFunction(() => performance.getEntriesByName('reader:day-painted').length > 0);
      paints.push(await page.evaluate(() => performance.getEntriesByName('reader:day-painted')[0]!.startTime));
      await page.close();
      await new Promise((r) => setTimeout(r, 300));
    }
    const reader = await openReader(context, extensionId, '?date=2024-12-06');
    const stats = await indexReady(reader);
    const index = stats.index!;
    expect(index).toMatchObject({ mode: 'worker', kind: 'shipped', days: 357, papers: 5488 }); // from the index in the package
    const heap = await searchWorkerHeap(context, reader);
    const r = readerOf(reader);
    const queries = ['확산 모델', '언어 모델', '강화 학습', '비디오 생성', 'diffusion model', 'language models', '응용 가능성', '가우시안 스플래팅'];
    // Each query twice: the first round is what a reader's first searches meet (the worker's code still cold).
    const rounds: ReaderStatsSeen['queries'][] = [];
    for (let round = 0; round < 2; round++) {
      const measured: ReaderStatsSeen['queries'] = [];
      for (const q of queries) {
        measured.push(await searchMeasured(reader, q));
        await expect(r.count).toHaveText(/결과 [\d,]+건/);
      }
      rounds.push(measured);
    }
    const summary = (qs: ReaderStatsSeen['queries']) => ({
      engineMedian: +median(qs.map((q) => q.engineMs)).toFixed(2),
      roundTripMedian: +median(qs.map((q) => q.roundTripMs)).toFixed(2),
      worstRoundTrip: +Math.max(...qs.map((q) => q.roundTripMs)).toFixed(2),
    });
    const figures = {
      firstPaintMs: { median: Math.round(median(paints)), all: paints.map(Math.round) },
      index: { loadMs: Math.round(index.loadMs), parseMs: Math.round(index.parseMs), buildMs: Math.round(index.buildMs), readyAtMs: Math.round(index.readyMs), estimatedMB: +(index.bytes / 2 ** 20).toFixed(1), workerHeap: heap },
      twoTermQueryMs: { first: summary(rounds[0]!), again: summary(rounds[1]!) },
    };
    console.log(`[reader figures, Chromium] ${JSON.stringify(figures)}`);
    test.info().annotations.push({ type: 'reader figures (Chromium)', description: JSON.stringify(figures) });
    // Loose bounds: the budgets are 150 ms and 50 ms, held by the benchmark on a quiet machine. Here the other
    // test worker shares two cores (a CI run measured a 748 ms median, single pages up to 1.2 s), so the test
    // only catches regressions by an order of magnitude. The figures above are the measurement.
    expect(figures.firstPaintMs.median).toBeLessThan(3000);
    expect(figures.twoTermQueryMs.again.roundTripMedian).toBeLessThan(500);
    await reader.close();
  });
});
