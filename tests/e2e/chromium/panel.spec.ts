import AxeBuilder from '@axe-core/playwright';
import { expect, fixtureHtml, PANEL, test } from '../fixtures';
import { domWithoutOurs, MARKER } from '../listing-page';
import { darkPage, domVersusSource, panelOf, plantEntry, recordRequests, removeEntry, requestedIds, whileTableIncomplete } from '../panel-page';
import { installInWorker, STAND_IN_TEXT } from '../english';

test.describe('summary panel on abs pages', () => {
  test('a paper in the dataset: Korean bullets under the abstract, exact link targets, no requests elsewhere', async ({ page, arxiv }) => {
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    arxiv.serve('https://arxiv.org/abs/2311.12983', 'abs-2311.12983.html');
    await page.goto('https://arxiv.org/abs/2311.12983');
    const panel = panelOf(page);
    await expect(panel.heading).toHaveText('Daily Papers · 2023-11-23');
    await expect(panel.bullets).toHaveCount(5);
    await expect(panel.bullets.first()).toHaveText(/^GAIA 벤치마크는 추론, 다중 모드 처리/);
    await expect(panel.list).toHaveAttribute('lang', 'ko');
    const link = panel.link('https://huggingface.co/gaia-benchmark');
    await expect(link).toHaveText('https://huggingface.co/gaia-benchmark');
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    // right after the abstract, inside #abs, with the page's own content left in place
    expect(await page.evaluate((tag) => document.querySelector('blockquote.abstract')!.nextElementSibling!.tagName.toLowerCase(), PANEL)).toBe(PANEL);
    expect(await page.locator(PANEL).count()).toBe(1);
    await expect(page.locator('h1.title')).toContainText('GAIA: a benchmark for General AI Assistants');
    // teaser image is off by default: no <img>, no request to the CDN
    await expect(panel.host.locator('img')).toHaveCount(0);
    expect(arxiv.external).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('versioned URL /abs/2311.13600v2 and the ZipLoRA link trap', async ({ page, arxiv }) => {
    arxiv.serve('https://arxiv.org/abs/2311.13600v2', 'abs-2311.13600.html');
    await page.goto('https://arxiv.org/abs/2311.13600v2');
    const panel = panelOf(page);
    await expect(panel.bullets).toHaveCount(4);
    const link = panel.link('https://ziplora.github.io');
    await expect(link).toHaveText('https://ziplora.github.io');
    expect(await panel.bullets.nth(3).textContent()).toBe('프로젝트 페이지(https://ziplora.github.io)에서 ZipLoRA에 대한 추가 정보와 자료를 확인할 수 있다.');
  });

  test('www and export hosts', async ({ page, arxiv }) => {
    for (const host of ['www.arxiv.org', 'export.arxiv.org']) {
      arxiv.serve(`https://${host}/abs/2311.13231`, 'abs-2311.13231.html');
      await page.goto(`https://${host}/abs/2311.13231`);
      await expect(panelOf(page).bullets).toHaveCount(7);
    }
  });

  for (const [name, url, file] of [
    ['an unknown paper', 'https://arxiv.org/abs/2401.00001', 'abs-unknown-2401.00001.html'],
    ['an old-style ID page (hep-th/9901001, not in the dataset)', 'https://arxiv.org/abs/hep-th/9901001', 'abs-old-hep-th-9901001.html'],
  ] as const) {
    test(`${name}: the page stays byte-identical, nothing logged`, async ({ page, arxiv, serviceWorker }) => {
      const logs: string[] = [];
      page.on('console', (m) => logs.push(`${m.type()}: ${m.text()}`));
      page.on('pageerror', (e) => logs.push(e.message));
      await recordRequests(serviceWorker);
      // arXiv's own scripts must not receive anything either (WXT's start-up postMessage is turned off)
      await page.addInitScript(() => {
        const seen: unknown[] = [];
        Object.defineProperty(window, '__messages', { value: seen });
        addEventListener('message', (e) => seen.push(e.data));
      });
      arxiv.serve(url, file);
      const id = url.split('/abs/')[1]!;
      const untouched = async () => {
        await page.waitForLoadState('load');
        await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
        const { live, source } = await domVersusSource(page, fixtureHtml(file));
        expect(live).toBe(source);
      };
      // The lookup table is complete: one storage read, the background is not even asked.
      await page.goto(url);
      await untouched();
      expect(await requestedIds(serviceWorker)).toEqual([]);
      // While the table is being filled, the background is asked about exactly this ID, with the same result.
      await whileTableIncomplete(serviceWorker, async () => {
        await page.reload();
        await expect.poll(() => requestedIds(serviceWorker)).toEqual([id]);
        await untouched();
      });
      expect(logs).toEqual([]);
      expect(arxiv.external).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages)).toEqual([]);
      // Control: with an entry for this ID in the table, the same page gets a panel (the lookup read that ID).
      await plantEntry(serviceWorker, id, '2311.12983');
      try {
        await page.reload();
        await expect(panelOf(page).bullets).toHaveCount(5);
      } finally {
        await removeEntry(serviceWorker, id);
      }
    });
  }

  test('listing pages get no abs panel: only the listing markers, the rest of the page unchanged', async ({ page, arxiv, serviceWorker }) => {
    await recordRequests(serviceWorker);
    arxiv.serve('https://arxiv.org/list/cs.CV/new', 'list-cs.CV-new.html');
    await page.goto('https://arxiv.org/list/cs.CV/new');
    await expect(page.locator(MARKER)).toHaveCount(5);
    expect(await page.locator(PANEL).count()).toBe(0);
    const { live, source } = await domWithoutOurs(page, fixtureHtml('list-cs.CV-new.html'));
    expect(live).toBe(source);
    expect(await requestedIds(serviceWorker)).toEqual([]);
  });

  test('the panel goes in as soon as the abstract is parsed, before slow page resources finish', async ({ page, arxiv }) => {
    // a parser-blocking script right after the abstract and a slow image, as on a slow connection
    const html = fixtureHtml('abs-2311.12983.html')
      .replace('<div class="metatable">', '<script src="/static/slow.js"></script><div class="metatable">')
      .replace('</body>', '<img src="/static/slow.png" alt=""></body>');
    arxiv.serveBody('https://arxiv.org/abs/2311.12983', html, 'text/html; charset=utf-8');
    arxiv.serveBody('https://arxiv.org/static/slow.js', 'window.slowScriptRan = true;', 'text/javascript', 1500);
    arxiv.serveBody('https://arxiv.org/static/slow.png', '', 'image/png', 2500);
    await page.goto('https://arxiv.org/abs/2311.12983', { waitUntil: 'commit' });
    await expect(panelOf(page).bullets).toHaveCount(5, { timeout: 1400 });
    expect(await page.evaluate(() => [document.readyState, (window as unknown as { slowScriptRan?: boolean }).slowScriptRan ?? false])).toEqual(['loading', false]);
    await page.waitForLoadState('load');
    expect(await page.locator(PANEL).count()).toBe(1);
    expect(await page.evaluate((tag) => document.querySelector('blockquote.abstract')!.nextElementSibling!.tagName.toLowerCase(), PANEL)).toBe(PANEL);
  });

  test('fallback anchor: no blockquote.abstract → end of #abs', async ({ page, arxiv }) => {
    arxiv.serve('https://arxiv.org/abs/2311.13384', 'abs-2311.13384-no-blockquote.html');
    await page.goto('https://arxiv.org/abs/2311.13384');
    await expect(panelOf(page).bullets).toHaveCount(6);
    expect(await page.evaluate((tag) => document.querySelector('#abs')!.lastElementChild!.tagName.toLowerCase(), PANEL)).toBe(PANEL);
  });

  test('fallback anchor: no #abs and no .leftcolumn → top of #content', async ({ page, arxiv }) => {
    arxiv.serve('https://arxiv.org/abs/2311.13141', 'abs-2311.13141-no-abs.html');
    await page.goto('https://arxiv.org/abs/2311.13141');
    const panel = panelOf(page);
    await expect(panel.bullets).toHaveCount(6);
    expect(await page.evaluate(() => document.querySelector('#content')!.firstElementChild!.tagName.toLowerCase())).toBe(PANEL);
    await expect(panel.link('https://www.modelscope.cn/models/damo/cv_diffusion_text-to-360panorama-image_generation/summary')).toHaveCount(1);
    expect(await panel.bullets.nth(5).textContent()).toContain('summary{ModelScope}에서 공개되었다.');
  });

  test('legacy layout without citation_arxiv_id: ID from the URL', async ({ page, arxiv }) => {
    arxiv.serve('https://arxiv.org/abs/2311.12908v1', 'abs-2311.12908-legacy.html');
    await page.goto('https://arxiv.org/abs/2311.12908v1');
    await expect(panelOf(page).bullets).toHaveCount(8);
  });

  test('language switch: English in place, remembered after reload, live in a second tab', async ({ page, context, arxiv, serviceWorker }) => {
    await installInWorker(serviceWorker);
    arxiv.serve('https://arxiv.org/abs/2311.12983', 'abs-2311.12983.html');
    arxiv.serve('https://arxiv.org/abs/2311.13231', 'abs-2311.13231.html');
    await page.goto('https://arxiv.org/abs/2311.12983');
    const other = await context.newPage();
    await other.goto('https://arxiv.org/abs/2311.13231');
    const panel = panelOf(page);
    const otherPanel = panelOf(other);
    await expect(otherPanel.list).toHaveAttribute('lang', 'ko');

    await expect(panel.korean).toHaveAttribute('aria-pressed', 'true');
    await panel.english.click();
    await expect(panel.english).toHaveAttribute('aria-pressed', 'true');
    await expect(panel.list).toHaveAttribute('lang', 'en');
    await expect(panel.bullets.first()).toHaveText(STAND_IN_TEXT);
    await expect(panel.host.locator('.dp-translated')).toContainText('Machine translation, made on this device.');
    // the other open tab follows without reload
    await expect(otherPanel.list).toHaveAttribute('lang', 'en');
    await expect(otherPanel.bullets).toHaveCount(7);

    await page.reload();
    await expect(panelOf(page).list).toHaveAttribute('lang', 'en');
    await panelOf(page).korean.click();
    await expect(otherPanel.list).toHaveAttribute('lang', 'ko');
    await other.close();
  });

  test('collapse is remembered; keyboard works', async ({ page, arxiv }) => {
    arxiv.serve('https://arxiv.org/abs/2311.12983', 'abs-2311.12983.html');
    await page.goto('https://arxiv.org/abs/2311.12983');
    const panel = panelOf(page);
    await panel.collapse.focus();
    await page.keyboard.press('Enter');
    await expect(panel.collapse).toHaveAttribute('aria-expanded', 'false');
    await expect(panel.body).toBeHidden();
    await page.reload();
    await expect(panelOf(page).collapse).toHaveAttribute('aria-expanded', 'false');
    await expect(panelOf(page).body).toBeHidden();
    await panelOf(page).collapse.click();
    await expect(panelOf(page).bullets.first()).toBeVisible();
  });

  test('teaser image: one click loads it from the CDN; a failed load is hidden cleanly', async ({ page, arxiv }) => {
    arxiv.serve('https://arxiv.org/abs/2311.12983', 'abs-2311.12983.html');
    await page.goto('https://arxiv.org/abs/2311.12983');
    const panel = panelOf(page);
    expect(arxiv.external).toEqual([]);
    await panel.host.getByRole('button', { name: '티저 이미지 보기' }).click();
    // the test network blocks the CDN: the request is made, the broken image is replaced by a message
    await expect.poll(() => arxiv.external).toEqual(['https://cdn-uploads.huggingface.co/production/uploads/60f1abe7544c2adfd699860c/0AEaFLBo3vO3BM3CsYsTC.png']);
    await expect(panel.host.locator('.dp-teaser').getByRole('status')).toHaveText('티저 이미지를 불러오지 못했습니다. 다시 시도');
    await expect(panel.host.locator('img')).toHaveCount(0);
    // "Try again" asks once more
    await panel.host.getByRole('button', { name: '다시 시도' }).click();
    await expect.poll(() => arxiv.external.length).toBe(2);
    await expect(panel.host.locator('.dp-teaser').getByRole('status')).toContainText('티저 이미지를 불러오지 못했습니다.');
  });

  test('history navigation and reload keep exactly one panel', async ({ page, arxiv }) => {
    arxiv.serve('https://arxiv.org/abs/2311.12983', 'abs-2311.12983.html');
    arxiv.serve('https://arxiv.org/abs/2311.13231', 'abs-2311.13231.html');
    await page.goto('https://arxiv.org/abs/2311.12983');
    await expect(panelOf(page).bullets).toHaveCount(5);
    await page.goto('https://arxiv.org/abs/2311.13231');
    await expect(panelOf(page).bullets).toHaveCount(7);
    await page.goBack();
    await expect(panelOf(page).bullets).toHaveCount(5);
    await page.goForward();
    await page.reload();
    await expect(panelOf(page).bullets).toHaveCount(7);
    await page.evaluate(() => new Promise((r) => setTimeout(r, 200)));
    expect(await page.locator(PANEL).count()).toBe(1);
  });

  test('narrow window, no style leaks', async ({ page, arxiv }) => {
    arxiv.serve('https://arxiv.org/abs/2311.12983', 'abs-2311.12983.html');
    await page.setViewportSize({ width: 420, height: 800 });
    await page.goto('https://arxiv.org/abs/2311.12983');
    const panel = panelOf(page);
    await expect(panel.bullets).toHaveCount(5);
    const overflow = await panel.host.locator('.dp-panel').evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // Korean words are not split
    expect(await panel.list.evaluate((el) => getComputedStyle(el).wordBreak)).toBe('keep-all');
    // the CDN host name of the teaser hint stays on one line
    expect(await panel.host.locator('.dp-host').evaluate((el) => getComputedStyle(el).whiteSpace)).toBe('nowrap');
    // arXiv's own styles unchanged: no stylesheet added to the document, body font untouched
    expect(await page.evaluate(() => document.styleSheets.length)).toBe(1);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe: no violations in the panel (${scheme} page, both languages)`, async ({ page, arxiv, serviceWorker }) => {
      await installInWorker(serviceWorker);
      if (scheme === 'dark') arxiv.serveBody('https://arxiv.org/abs/2311.12983', darkPage('abs-2311.12983.html'), 'text/html');
      else arxiv.serve('https://arxiv.org/abs/2311.12983', 'abs-2311.12983.html');
      await page.goto('https://arxiv.org/abs/2311.12983');
      const panel = panelOf(page);
      await expect(panel.bullets).toHaveCount(5);
      // The dark page's colours are read after its load event (the panel starts light, as abs pages are).
      await expect(panel.host).toHaveAttribute('data-theme', scheme);
      for (const lang of ['ko', 'en']) {
        if (lang === 'en') await panel.english.click();
        await expect(panel.list).toHaveAttribute('lang', lang);
        const result = await new AxeBuilder({ page }).include(PANEL).analyze();
        expect(result.passes.length).toBeGreaterThan(5);
        expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      }
    });
  }
});
