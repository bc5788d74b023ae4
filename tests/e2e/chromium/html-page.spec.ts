import AxeBuilder from '@axe-core/playwright';
import { expect, fixtureHtml, PANEL, test } from '../fixtures';
import { domVersusSource, panelOf, recordRequests, requestedIds } from '../panel-page';
import { openPopup, popupOf, tabIdOf } from '../popup-page';
import { installInWorker, STAND_IN_TEXT } from '../english';

/** Where the panel is: the class of the element right before it, and its parent's. */
function placement(page: import('@playwright/test').Page) {
  return page.evaluate((tag) => {
    const host = document.querySelector(tag);
    return host ? { after: host.previousElementSibling?.className ?? null, parent: host.parentElement?.className ?? null, theme: (host as HTMLElement).dataset.theme } : null;
  }, PANEL);
}

test.describe('HTML full-text pages', () => {
  test('the panel right after the abstract, in the flow of the text, light on a light page', async ({ page, arxiv }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    arxiv.serve('https://arxiv.org/html/2311.12983v1', 'html-2311.12983v1.html');
    await page.goto('https://arxiv.org/html/2311.12983v1');
    const panel = panelOf(page);
    await expect(panel.bullets).toHaveCount(5);
    await expect(panel.bullets.first()).toHaveText(/^GAIA 벤치마크는/);
    expect(await placement(page)).toEqual({ after: 'ltx_abstract', parent: 'ltx_document ltx_authors_1line', theme: 'light' });
    // not covering the text: a block in the flow, the first section starts below it
    const [panelBox, sectionBox] = await Promise.all([panel.host.boundingBox(), page.locator('section.ltx_section').first().boundingBox()]);
    expect(await panel.host.evaluate((el) => getComputedStyle(el).position)).toBe('static');
    expect(sectionBox!.y).toBeGreaterThanOrEqual(panelBox!.y + panelBox!.height);
    expect(arxiv.external).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('a language switch in another tab reaches an open HTML page live: from an abs page’s panel, then from the popup', async ({ page, context, arxiv, extensionId, serviceWorker }) => {
    await installInWorker(serviceWorker);
    arxiv.serve('https://arxiv.org/html/2311.12983v1', 'html-2311.12983v1.html');
    arxiv.serve('https://arxiv.org/abs/2311.13231', 'abs-2311.13231.html');
    await page.goto('https://arxiv.org/html/2311.12983v1');
    const html = panelOf(page);
    await expect(html.list).toHaveAttribute('lang', 'ko');
    // the same document throughout: nothing reloads the HTML page
    await page.evaluate(() => ((window as unknown as { __notReloaded?: boolean }).__notReloaded = true));

    const abs = await context.newPage();
    await abs.goto('https://arxiv.org/abs/2311.13231');
    await panelOf(abs).english.click();
    await expect(panelOf(abs).list).toHaveAttribute('lang', 'en');
    await expect(html.list).toHaveAttribute('lang', 'en');
    await expect(html.bullets.first()).toHaveText(STAND_IN_TEXT);
    await expect(html.english).toHaveAttribute('aria-pressed', 'true');

    const popup = await openPopup(context, extensionId, await tabIdOf(serviceWorker, 'https://arxiv.org/abs/2311.13231'));
    await popupOf(popup).korean.click();
    await expect(html.list).toHaveAttribute('lang', 'ko');
    await expect(html.bullets.first()).toHaveText(/^GAIA 벤치마크는/);
    await expect(html.korean).toHaveAttribute('aria-pressed', 'true');
    expect(await page.evaluate(() => (window as unknown as { __notReloaded?: boolean }).__notReloaded)).toBe(true);
    await popup.close();
    await abs.close();
  });

  test('no abstract: after the authors; the URL without a version works too', async ({ page, arxiv }) => {
    arxiv.serve('https://arxiv.org/html/2311.13141', 'html-2311.13141v1-no-abstract.html');
    await page.goto('https://arxiv.org/html/2311.13141');
    await expect(panelOf(page).bullets).toHaveCount(6);
    expect(await placement(page)).toMatchObject({ after: 'ltx_authors' });
  });

  test('no abstract and no authors: the next links of the chain (title, then the top of the article)', async ({ page, arxiv }) => {
    const noAuthors = fixtureHtml('html-2311.13141v1-no-abstract.html').replace('<div class="ltx_authors">', '<div class="ltx_authors_gone">');
    arxiv.serveBody('https://arxiv.org/html/2311.13141v1', noAuthors, 'text/html; charset=utf-8');
    await page.goto('https://arxiv.org/html/2311.13141v1');
    await expect(panelOf(page).bullets).toHaveCount(6);
    expect(await placement(page)).toMatchObject({ after: expect.stringContaining('ltx_title_document') });
    const noTitle = noAuthors.replace(/<h1 class="ltx_title ltx_title_document">/, '<h1 class="ltx_title">');
    arxiv.serveBody('https://arxiv.org/html/2311.13141v1', noTitle, 'text/html; charset=utf-8');
    await page.reload();
    await expect(panelOf(page).bullets).toHaveCount(6);
    expect(await page.evaluate((tag) => document.querySelector('article.ltx_document')!.firstElementChild!.tagName.toLowerCase(), PANEL)).toBe(PANEL);
  });

  test('the page’s dark theme, and a later switch both ways, without a reload', async ({ page, arxiv }) => {
    arxiv.serve('https://arxiv.org/html/2311.13600v2', 'html-2311.13600v2-dark.html');
    await page.goto('https://arxiv.org/html/2311.13600v2');
    const panel = panelOf(page);
    await expect(panel.bullets).toHaveCount(4);
    await expect(panel.host).toHaveAttribute('data-theme', 'dark');
    const background = () => panel.host.locator('.dp-panel').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await background()).toBe('rgb(34, 32, 30)');
    // arXiv's toggle sets data-theme on <html>
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));
    await expect(panel.host).toHaveAttribute('data-theme', 'light');
    expect(await background()).toBe('rgb(247, 244, 239)');
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    await expect(panel.host).toHaveAttribute('data-theme', 'dark');
  });

  test('no data-theme: the system’s dark preference, through the page’s own CSS', async ({ page, arxiv }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    arxiv.serve('https://arxiv.org/html/2311.13141v1', 'html-2311.13141v1-no-abstract.html');
    await page.goto('https://arxiv.org/html/2311.13141v1');
    const panel = panelOf(page);
    await expect(panel.bullets).toHaveCount(6);
    await expect(panel.host).toHaveAttribute('data-theme', 'dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(panel.host).toHaveAttribute('data-theme', 'light');
  });

  test('an unknown paper: the page unchanged, nothing asked', async ({ page, arxiv, serviceWorker }) => {
    const html = fixtureHtml('html-2311.12983v1.html').replaceAll('2311.12983', '2401.00001');
    arxiv.serveBody('https://arxiv.org/html/2401.00001v1', html, 'text/html; charset=utf-8');
    await recordRequests(serviceWorker);
    await page.goto('https://arxiv.org/html/2401.00001v1');
    await page.waitForLoadState('load');
    await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
    const { live, source } = await domVersusSource(page, html);
    expect(live).toBe(source);
    expect(await requestedIds(serviceWorker)).toEqual([]);
  });

  for (const file of ['html-2311.12983v1.html', 'html-2311.13600v2-dark.html'] as const) {
    test(`axe: no violations in the panel (${file})`, async ({ page, arxiv, serviceWorker }) => {
      await installInWorker(serviceWorker);
      const url = `https://arxiv.org/html/${file.includes('13600') ? '2311.13600v2' : '2311.12983v1'}`;
      arxiv.serve(url, file);
      await page.goto(url);
      const panel = panelOf(page);
      await expect(panel.bullets.first()).toBeVisible();
      for (const lang of ['ko', 'en']) {
        if (lang === 'en') await panel.english.click();
        await expect(panel.list).toHaveAttribute('lang', lang);
        const result = await new AxeBuilder({ page }).include(PANEL).analyze();
        expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      }
    });
  }
});
