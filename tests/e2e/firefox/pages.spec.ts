/**
 * Listing markers, the HTML full-text panel and the toolbar badge in Firefox (production build, Debian's
 * firefox-esr, puppeteer-core over WebDriver BiDi; see ../firefox-fixtures.ts).
 */
import type { Page } from 'puppeteer-core';
import { englishT } from '../../../src/i18n/english-strings';
import { ENTRY_SUMMARY_TAG, MARKER_TAG } from '../../../src/listing/tags';
import { buttonByText, expect, fixtureHtml, PANEL, panelState, sleep, test } from '../firefox-fixtures';

const LISTING = 'https://arxiv.org/list/cs.CV/new';
const KNOWN = ['2311.13600', '2311.13435', '2311.13141', '2311.13384', '2311.13073', '2311.12983', '2311.13231', '2311.12908'];

/** Markers and open summaries on a listing page, read from their open shadow roots. */
function listingState(page: Page) {
  return page.evaluate(
    ([marker, summary]) => ({
      markers: [...document.querySelectorAll(marker)].map((m) => {
        const b = m.shadowRoot?.querySelector('button');
        return { id: (m as HTMLElement).dataset.arxivId, after: m.previousElementSibling?.getAttribute('href')?.trim(), text: b?.textContent, expanded: b?.getAttribute('aria-expanded') };
      }),
      summaries: [...document.querySelectorAll(summary)].map((s) => ({
        id: (s as HTMLElement).dataset.arxivId,
        afterTag: s.previousElementSibling?.tagName,
        lang: s.shadowRoot?.querySelector('.dp-bullets')?.getAttribute('lang'),
        ui: s.shadowRoot?.querySelector('.dp-entry')?.getAttribute('lang'),
        status: s.shadowRoot?.querySelector('.dp-english-status')?.textContent ?? null,
        bullets: [...(s.shadowRoot?.querySelectorAll('.dp-bullets > li') ?? [])].map((li) => li.textContent),
      })),
    }),
    [MARKER_TAG, ENTRY_SUMMARY_TAG] as const,
  );
}

function withoutOurs(page: Page, html: string) {
  return page.evaluate(
    (src, tags) => {
      const copy = document.documentElement.cloneNode(true) as Element;
      copy.querySelectorAll(tags).forEach((e) => e.remove());
      return { live: copy.outerHTML, source: new DOMParser().parseFromString(src, 'text/html').documentElement.outerHTML };
    },
    html,
    `${MARKER_TAG}, ${ENTRY_SUMMARY_TAG}`,
  );
}

/** Clicks the marker of `id` (a real click, inside its shadow root). */
async function clickMarker(page: Page, id: string) {
  const handle = await page.waitForFunction((tag, i) => document.querySelector(`${tag}[data-arxiv-id="${i}"]`)?.shadowRoot?.querySelector('button') ?? false, {}, MARKER_TAG, id);
  await (handle.asElement() as unknown as { click(): Promise<void> }).click();
}

test.describe('Firefox: listing pages, HTML full text, badge', () => {
  test('listing: markers on the known papers only, beside their ID links; the page otherwise unchanged', async ({ tab, arxiv, ext }) => {
    arxiv.serve(LISTING, 'list-cs.CV-new-sections.html');
    await tab.goto(LISTING, { waitUntil: 'load' });
    await expect.poll(async () => (await listingState(tab)).markers.length, { timeout: 10_000 }).toBe(KNOWN.length);
    const state = await listingState(tab);
    expect(state.markers).toEqual(KNOWN.map((id) => ({ id, after: `/abs/${id}`, text: '▸요약', expanded: 'false' })));
    expect(state.summaries).toEqual([]);
    const { live, source } = await withoutOurs(tab, fixtureHtml('list-cs.CV-new-sections.html'));
    expect(live).toBe(source);
    expect(await ext.requestedIds()).toEqual([]);
    expect(arxiv.external).toEqual([]);
    expect(arxiv.errors).toEqual([]);
  });

  test('listing: a marker expands the right summary after the entry, English from there reaches every marker, and it collapses', async ({ tab, arxiv, ext }) => {
    arxiv.serve(LISTING, 'list-cs.CV-new-legacy.html');
    await tab.goto(LISTING, { waitUntil: 'load' });
    await expect.poll(async () => (await listingState(tab)).markers.length, { timeout: 10_000 }).toBe(5);
    await clickMarker(tab, '2311.13600');
    await expect.poll(async () => (await listingState(tab)).summaries.length).toBe(1);
    let state = await listingState(tab);
    expect(state.summaries[0]).toMatchObject({ id: '2311.13600', afterTag: 'DD', lang: 'ko' });
    expect(state.summaries[0]!.bullets[3]).toBe('프로젝트 페이지(https://ziplora.github.io)에서 ZipLoRA에 대한 추가 정보와 자료를 확인할 수 있다.');
    expect(state.markers[0]!.expanded).toBe('true');
    await (await buttonByText(tab, 'English', { shadowHost: ENTRY_SUMMARY_TAG })).click();
    await expect.poll(async () => (await listingState(tab)).summaries[0]?.ui).toBe('en');
    // No translator in Firefox: the Korean bullets, and the plain sentence that says why.
    await expect.poll(async () => (await listingState(tab)).summaries[0]?.status).toBe(englishT('en').noApi);
    state = await listingState(tab);
    expect(state.summaries[0]!.lang).toBe('ko');
    expect(state.markers.map((m) => m.text)).toEqual(['▾Summary', '▸Summary', '▸Summary', '▸Summary', '▸Summary']);
    await expect.poll(() => ext.storage()).toEqual({ settings: { v: 2, lang: 'en', collapsed: false, teaser: false } });
    await clickMarker(tab, '2311.13600');
    await expect.poll(async () => (await listingState(tab)).summaries.length).toBe(0);
    const { live, source } = await withoutOurs(tab, fixtureHtml('list-cs.CV-new-legacy.html'));
    expect(live).toBe(source);
    expect(arxiv.errors).toEqual([]);
  });

  test('HTML full text: the panel right after div.ltx_abstract; without an abstract, after the authors', async ({ tab, arxiv }) => {
    arxiv.serve('https://arxiv.org/html/2311.12983v1', 'html-2311.12983v1.html');
    await tab.goto('https://arxiv.org/html/2311.12983v1');
    await expect.poll(async () => (await panelState(tab)).bullets.length, { timeout: 10_000 }).toBe(5);
    expect(await tab.evaluate((tag) => document.querySelector('.ltx_abstract')?.nextElementSibling?.tagName.toLowerCase(), PANEL)).toBe(PANEL);
    arxiv.serve('https://arxiv.org/html/2311.13141v1', 'html-2311.13141v1-no-abstract.html');
    await tab.goto('https://arxiv.org/html/2311.13141v1');
    await expect.poll(async () => (await panelState(tab)).bullets.length, { timeout: 10_000 }).toBe(6);
    expect(await tab.evaluate((tag) => document.querySelector('.ltx_authors')?.nextElementSibling?.tagName.toLowerCase(), PANEL)).toBe(PANEL);
    expect(arxiv.external).toEqual([]);
    expect(arxiv.errors).toEqual([]);
  });

  test('HTML full text: the dark theme of the page, and a later switch', async ({ tab, arxiv }) => {
    arxiv.serve('https://arxiv.org/html/2311.13600v2', 'html-2311.13600v2-dark.html');
    await tab.goto('https://arxiv.org/html/2311.13600v2');
    const theme = () => tab.evaluate((tag) => document.querySelector<HTMLElement>(tag)?.dataset.theme ?? null, PANEL);
    await expect.poll(theme, { timeout: 10_000 }).toBe('dark');
    await tab.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));
    await expect.poll(theme).toBe('light');
    await tab.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    await expect.poll(theme).toBe('dark');
    await sleep(100);
    expect(arxiv.errors).toEqual([]);
  });

  test('toolbar badge: the filtered tab listener sets it for a summarised paper (a PDF URL too), not for others', async ({ tab, arxiv, ext, firefox }) => {
    const action = (url: string) =>
      ext.tabIdOf(url).then((id) =>
        firefox.control.evaluate(async (tabId) => {
          // Firefox's browserAction returns promises (the MV2 types here describe Chrome's callbacks).
          const a = browser.browserAction as unknown as { getBadgeText(d: { tabId: number }): Promise<string>; getTitle(d: { tabId: number }): Promise<string> };
          return { text: await a.getBadgeText({ tabId }), title: await a.getTitle({ tabId }) };
        }, id),
      );
    arxiv.serveHtml('https://arxiv.org/pdf/2311.13231', '<!doctype html><title>PDF stand-in</title><p>%PDF</p>');
    await tab.goto('https://arxiv.org/pdf/2311.13231', { waitUntil: 'load' });
    await expect.poll(() => action('https://arxiv.org/pdf/2311.13231'), { timeout: 10_000 }).toEqual({ text: '요약', title: 'arXiv Daily Papers: 이 논문의 요약이 있습니다 (2023-11-23 Daily Papers)' });
    arxiv.serve('https://arxiv.org/abs/2401.00001', 'abs-unknown-2401.00001.html');
    await tab.goto('https://arxiv.org/abs/2401.00001', { waitUntil: 'load' });
    await sleep(300);
    expect((await action('https://arxiv.org/abs/2401.00001')).text).toBe('');
    expect(arxiv.errors).toEqual([]);
  });
});
