/**
 * The production Firefox build (.output/firefox-mv2) in Debian's firefox-esr, driven by puppeteer-core over
 * WebDriver BiDi (see ../firefox-fixtures.ts). Playwright's own `page` / `browser` fixtures are not used here.
 */
import {
  buttonByText,
  domVersusSource,
  expect,
  fixtureHtml,
  markNoReload,
  PANEL,
  panelState,
  sleep,
  test,
  wasReloaded,
} from '../firefox-fixtures';

import { absPageOf, ERA_PAPERS, expectedBullets } from '../archive-eras';
import { englishT } from '../../../src/i18n/english-strings';

const GAIA = 'https://arxiv.org/abs/2311.12983';
const OTHER = 'https://arxiv.org/abs/2311.13231';
const UNKNOWN = 'https://arxiv.org/abs/2401.00001';

test.describe('Firefox: summary panel and popup', () => {
  test('a paper in the dataset: Korean bullets right after the abstract, no requests elsewhere, no errors', async ({ tab, arxiv }) => {
    arxiv.serve(GAIA, 'abs-2311.12983.html');
    await tab.goto(GAIA);
    await expect.poll(async () => (await panelState(tab)).bullets.length, { timeout: 10_000 }).toBe(5);
    const panel = await panelState(tab);
    expect(panel.lang).toBe('ko');
    expect(panel.bullets[0]).toMatch(/^GAIA 벤치마크는/);
    expect(panel.hosts).toBe(1);
    expect(panel.afterAbstract).toBe(PANEL);
    expect(panel.links).toContain('https://huggingface.co/gaia-benchmark https://huggingface.co/gaia-benchmark');
    expect(panel.pressed).toEqual({ 한국어: 'true', English: 'false' });
    // the page's own content is still there
    expect(await tab.evaluate(() => document.querySelector('h1.title')?.textContent)).toContain('GAIA: a benchmark for General AI Assistants');
    expect(arxiv.external).toEqual([]);
    expect(arxiv.errors).toEqual([]);
  });

  test('an unknown paper: one storage read, the page byte-identical; while the table fills, the background is asked', async ({ tab, arxiv, ext, firefox }) => {
    const file = 'abs-unknown-2401.00001.html';
    arxiv.serve(UNKNOWN, file);
    const untouched = async () => {
      await sleep(500);
      expect(await tab.evaluate((tag) => document.querySelectorAll(tag).length, PANEL)).toBe(0);
      const { live, source } = await domVersusSource(tab, fixtureHtml(file));
      expect(live).toBe(source);
    };
    await tab.goto(UNKNOWN, { waitUntil: 'load' });
    await untouched();
    expect(await ext.requestedIds()).toEqual([]);
    // while the background is (re)filling the lookup table, the content script asks it about exactly this ID
    const marker = await firefox.control.evaluate(async () => (await browser.storage.local.get('lookup')).lookup);
    await firefox.control.evaluate(() => browser.storage.local.remove('lookup'));
    try {
      await tab.goto(UNKNOWN, { waitUntil: 'load' });
      await expect.poll(() => ext.requestedIds()).toEqual(['2401.00001']);
      await untouched();
    } finally {
      await firefox.control.evaluate((m) => browser.storage.local.set({ lookup: m }), marker);
    }
    expect(arxiv.external).toEqual([]);
    expect(arxiv.errors).toEqual([]);
  });

  test('language switch: English in place (no translator in Firefox: the English title and authors, the Korean bullets, one plain sentence), stored, live in a second open tab, kept after reload', async ({ tab, arxiv, ext }) => {
    arxiv.serve(GAIA, 'abs-2311.12983.html');
    arxiv.serve(OTHER, 'abs-2311.13231.html');
    await tab.goto(GAIA);
    const other = await arxiv.newPage();
    await other.goto(OTHER);
    await expect.poll(async () => (await panelState(tab)).bullets.length, { timeout: 10_000 }).toBe(5);
    await expect.poll(async () => (await panelState(other)).bullets.length, { timeout: 10_000 }).toBe(7);
    expect((await panelState(other)).lang).toBe('ko');
    await markNoReload(tab);
    await markNoReload(other);

    await (await buttonByText(tab, 'English', { shadowHost: PANEL })).click();
    await expect.poll(async () => (await panelState(tab)).status).toBe(englishT('en').noApi);
    const panel = await panelState(tab);
    expect(panel.ui).toBe('en');
    expect(panel.lang).toBe('ko');
    expect(panel.bullets).toHaveLength(5);
    expect(panel.bullets[0]).toMatch(/^GAIA 벤치마크는/);
    expect(panel.pressed).toEqual({ 한국어: 'false', English: 'true' });
    expect(await tab.evaluate((tag) => document.querySelector(tag)!.shadowRoot!.querySelector('.dp-title')?.textContent, PANEL)).toBe('GAIA: a benchmark for General AI Assistants');
    await expect.poll(() => ext.storage()).toEqual({ settings: { v: 2, lang: 'en', collapsed: false, teaser: false } });

    // the other open tab follows without reload
    await expect.poll(async () => (await panelState(other)).ui).toBe('en');
    await expect.poll(async () => (await panelState(other)).status).toBe(englishT('en').noApi);
    expect((await panelState(other)).bullets).toHaveLength(7);
    expect((await panelState(other)).pressed).toEqual({ 한국어: 'false', English: 'true' });
    expect(await wasReloaded(tab)).toBe(false);
    expect(await wasReloaded(other)).toBe(false);

    await tab.reload();
    expect(await wasReloaded(tab)).toBe(true);
    await expect.poll(async () => (await panelState(tab)).status, { timeout: 10_000 }).toBe(englishT('en').noApi);
    expect((await panelState(tab)).ui).toBe('en');
    expect(arxiv.external).toEqual([]);
    expect(arxiv.errors).toEqual([]);
  });

  test("popup: the day's papers with the tab's paper current; English there switches the open panel live", async ({ tab, arxiv, ext }) => {
    arxiv.serve(OTHER, 'abs-2311.13231.html');
    await tab.goto(OTHER);
    await expect.poll(async () => (await panelState(tab)).lang, { timeout: 10_000 }).toBe('ko');
    await markNoReload(tab);

    const tabId = await ext.tabIdOf(OTHER);
    const popup = await ext.openPopup(tabId);
    expect(await popup.evaluate(() => location.href)).toBe(`${ext.origin}/popup.html?tabId=${tabId}`);
    await expect.poll(() => popup.evaluate(() => document.querySelectorAll('li.pp-item').length)).toBe(9);
    const items = await popup.evaluate(() =>
      [...document.querySelectorAll('li.pp-item')].map((li) => ({ id: li.getAttribute('data-id'), current: li.getAttribute('aria-current') })),
    );
    expect(items.filter((i) => i.current === 'true')).toEqual([{ id: '2311.13231', current: 'true' }]);
    expect(new Set(items.map((i) => i.id)).size).toBe(9);
    expect(await popup.evaluate(() => document.querySelector<HTMLInputElement>('input.pp-date')?.value)).toBe('2023-11-23');

    await (await buttonByText(popup, 'English', { within: 'header' })).click();
    await expect.poll(async () => (await panelState(tab)).ui).toBe('en');
    // No translator in Firefox: the popup says so once, above the list.
    await expect.poll(() => popup.evaluate(() => document.querySelector('.dp-english-status')?.textContent ?? null)).toBe(englishT('en').noApi);
    expect((await panelState(tab)).bullets).toHaveLength(7);
    expect(await wasReloaded(tab)).toBe(false);
    await expect.poll(() => ext.storage()).toEqual({ settings: { v: 2, lang: 'en', collapsed: false, teaser: false } });
    expect(arxiv.external).toEqual([]);
    expect(arxiv.errors).toEqual([]);
  });

  test('popup on an unknown paper: the "not in the digests" notice and the newest day, not an error', async ({ tab, arxiv, ext }) => {
    arxiv.serve(UNKNOWN, 'abs-unknown-2401.00001.html');
    await tab.goto(UNKNOWN);
    const popup = await ext.openPopup(await ext.tabIdOf(UNKNOWN));
    await expect
      .poll(() => popup.evaluate(() => document.querySelector('.pp-notice, .pp-error')?.textContent?.trim() ?? null))
      .toBe('요약이 있는 논문 목록에 없는 논문입니다(arXiv 2401.00001). 가장 최근 날짜를 표시합니다.');
    // the newest day of the archive, 2025-05-09, with its 20 papers
    expect(await popup.evaluate(() => document.querySelector<HTMLInputElement>('input.pp-date')?.value)).toBe('2025-05-09');
    expect(await popup.evaluate(() => document.querySelectorAll('li.pp-item').length)).toBe(20);
    expect(await popup.evaluate(() => document.querySelectorAll('li.pp-item[aria-current]').length)).toBe(0);
    expect(arxiv.external).toEqual([]);
  });

  test('papers from every era of the archive: Korean verbatim, votes, labels, a paper on two days; no English here is said', async ({ tab, arxiv }) => {
    for (const p of ERA_PAPERS) {
      const url = `https://arxiv.org/abs/${p.id}`;
      arxiv.serveHtml(url, absPageOf(p.id));
      await tab.goto(url);
      await expect.poll(async () => (await panelState(tab)).bullets, { timeout: 10_000, message: p.era }).toEqual(expectedBullets(p));
      const seen = await tab.evaluate((tag) => {
        const root = document.querySelector(tag)!.shadowRoot!;
        return {
          date: root.querySelector('time')?.getAttribute('datetime'),
          votes: root.querySelector('.dp-votes .dp-sr')?.textContent ?? null,
          label: root.querySelector('.dp-bullets strong.dp-label')?.textContent ?? null,
          days: [...root.querySelectorAll('.dp-summary > h3')].map((h) => h.textContent),
          authors: root.querySelectorAll('.dp-authors').length,
        };
      }, PANEL);
      expect(seen, p.era).toEqual({
        date: p.date,
        votes: p.votes === undefined ? null : `추천 ${p.votes}`,
        label: p.label ?? null,
        // a paper on two days: each day's summary under its date (the first day's bullets are read above)
        days: p.alsoOn ? [p.date, p.alsoOn] : [],
        authors: p.authors ? 1 : 0,
      });
    }
    await (await buttonByText(tab, 'English', { shadowHost: PANEL })).click();
    // The paper on two days: one plain sentence for each day's summary, each in Korean.
    await expect
      .poll(() => tab.evaluate((tag) => [...document.querySelector(tag)!.shadowRoot!.querySelectorAll('.dp-english-status')].map((e) => e.textContent), PANEL))
      .toEqual([englishT('en').noApi, englishT('en').noApi]);
    expect((await panelState(tab)).lang).toBe('ko');
    expect(arxiv.external).toEqual([]);
    expect(arxiv.errors).toEqual([]);
  });

  test('popup: day navigation across a weekend and at both ends of the archive', async ({ ext }) => {
    const popup = await ext.openPopup();
    const date = () => popup.evaluate(() => document.querySelector<HTMLInputElement>('input.pp-date')?.value);
    const disabled = () => popup.evaluate(() => [...document.querySelectorAll<HTMLButtonElement>('.pp-day-btn')].map((b) => b.disabled));
    const press = (which: 0 | 1) => popup.evaluate((i) => document.querySelectorAll<HTMLButtonElement>('.pp-day-btn')[i]!.click(), which);
    const pick = (d: string) =>
      popup.evaluate((value) => {
        const input = document.querySelector<HTMLInputElement>('input.pp-date')!;
        input.value = value;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }, d);
    await expect.poll(date).toBe('2025-05-09');
    expect(await disabled()).toEqual([false, true]);
    await pick('2023-12-08'); // a Friday
    await expect.poll(date).toBe('2023-12-08');
    // the day has loaded once its next-day button works (2025-05-09 had none)
    await expect.poll(disabled).toEqual([false, false]);
    await press(1);
    await expect.poll(date).toBe('2023-12-11');
    await pick('2023-11-20');
    await expect.poll(date).toBe('2023-11-20');
    await expect.poll(disabled).toEqual([true, false]);
    await expect.poll(() => popup.evaluate(() => document.querySelectorAll('li.pp-item').length)).toBe(11);
  });
});
