import { absPageOf, ERA_PAPERS, expectedBullets } from '../archive-eras';
import { expect, fixtureHtml, test } from '../fixtures';
import { panelOf } from '../panel-page';

test.describe('papers from every era of the archive', () => {
  for (const p of ERA_PAPERS) {
    test(`${p.era} (${p.id})`, async ({ page, arxiv }) => {
      const url = `https://arxiv.org/abs/${p.id}`;
      arxiv.serveBody(url, absPageOf(p.id), 'text/html');
      await page.goto(url);
      const panel = panelOf(page);
      const want = expectedBullets(p);
      // Korean verbatim, labels as labels (no asterisks)
      if (p.alsoOn) {
        // a paper on two days: both summaries, each under its day
        await expect(panel.host.locator('.dp-summary > h3')).toHaveText([p.date, p.alsoOn]);
        await expect(panel.list.nth(0).locator(':scope > li')).toHaveText(want);
        await expect(panel.list.nth(1).locator(':scope > li')).toHaveText(expectedBullets(p, p.alsoOn));
        expect(want).not.toEqual(expectedBullets(p, p.alsoOn));
      } else await expect(panel.bullets).toHaveText(want);
      for (const list of await panel.list.all()) await expect(list).toHaveAttribute('lang', 'ko');
      await expect(panel.heading).toContainText(p.date);
      await expect(panel.host.locator('.dp-authors')).toHaveCount(p.authors ? 1 : 0);
      if (p.label) await expect(panel.host.locator('.dp-bullets strong.dp-label').first()).toHaveText(p.label);
      if (p.votes !== undefined) {
        await expect(panel.host.locator('.dp-votes')).toContainText(`▲ ${p.votes}`);
        await expect(panel.host.locator('.dp-votes .dp-sr')).toHaveText(`추천 ${p.votes}`);
      } else await expect(panel.host.locator('.dp-votes')).toHaveCount(0);
      for (const list of await panel.list.all()) expect(await list.innerText()).not.toMatch(/\*\*|<video|\[Watch/);
      expect(arxiv.external).toEqual([]);
    });
  }

  test('what the whole-archive review found: a nested list, emphasis, a malformed label, all without markup on screen', async ({ page, arxiv }) => {
    const open = async (id: string) => {
      arxiv.serveBody(`https://arxiv.org/abs/${id}`, absPageOf(id), 'text/html');
      await page.goto(`https://arxiv.org/abs/${id}`);
      return panelOf(page);
    };
    // 2023-11-20 lines 91–95: the bullet, then its four items as a nested list
    let panel = await open('2311.10125');
    const sub = panel.host.locator('.dp-bullets > li > ul.dp-sub > li');
    await expect(sub).toHaveCount(4);
    await expect(sub.first()).toHaveText(/^\(1\) 다양한 어플리케이션/);
    expect(await panel.list.innerText()).not.toMatch(/^\s*- /m);
    // 2025-01-14 lines 119–121: *Generative AI* is emphasis
    panel = await open('2501.06250');
    await expect(panel.host.locator('.dp-bullets em')).toHaveText(['Generative AI', 'Inbetweening', 'Generative AI', 'Generative AI']);
    expect(await panel.list.innerText()).not.toContain('*');
    // 2025-03-12 line 561: ***Technical Details*: … 설명합니다.**: 3.2
    panel = await open('2503.07565');
    await expect(panel.bullets.nth(1).locator('strong.dp-label')).toHaveText('Technical Details');
    await expect(panel.bullets.nth(1)).toHaveText(/^Technical Details: IMM은 .* 설명합니다\.: 3\.2$/);
    expect(await panel.list.innerText()).not.toContain('*');
    expect(arxiv.external).toEqual([]);
  });

  test("2410.09342's HTML page shows both days' summaries too", async ({ page, arxiv }) => {
    const p = ERA_PAPERS.find((e) => e.alsoOn)!;
    const url = `https://arxiv.org/html/${p.id}v2`;
    arxiv.serveBody(url, fixtureHtml('html-2311.12983v1.html').replaceAll('2311.12983', p.id), 'text/html');
    await page.goto(url);
    const panel = panelOf(page);
    await expect(panel.host.locator('.dp-summary > h3')).toHaveText([p.date, p.alsoOn!]);
    await expect(panel.list.nth(1).locator(':scope > li')).toHaveText(expectedBullets(p, p.alsoOn));
  });

  test("English asked for where the browser's language pack cannot download (offline here): the Korean summary under the download's line", async ({ page, arxiv }) => {
    const p = ERA_PAPERS[1]!;
    const url = `https://arxiv.org/abs/${p.id}`;
    arxiv.serveBody(url, absPageOf(p.id), 'text/html');
    await page.goto(url);
    const panel = panelOf(page);
    await panel.english.click();
    // Chromium's own Translator: availability 'downloadable', and no download can start without a network.
    await expect(panel.host.locator('.dp-english-status')).toContainText('is downloading its Korean → English language pack');
    await expect(panel.list).toHaveAttribute('lang', 'ko');
    await expect(panel.bullets).toHaveText(expectedBullets(p));
  });

  test('a video link opens in a new tab on click only: nothing is requested before', async ({ page, arxiv }) => {
    // Make Pixels Dance (2023-11-21) has a <video> line in the digest
    const id = '2311.10982';
    arxiv.serveBody(`https://arxiv.org/abs/${id}`, absPageOf(id), 'text/html');
    await page.goto(`https://arxiv.org/abs/${id}`);
    const video = panelOf(page).host.locator('a.dp-video');
    await expect(video).toHaveAttribute('target', '_blank');
    await expect(video).toHaveAttribute('href', /^https:\/\/.+\.mp4$/);
    await page.waitForTimeout(300);
    expect(arxiv.external).toEqual([]);
  });
});
