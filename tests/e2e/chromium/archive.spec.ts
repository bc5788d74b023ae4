import { absPageOf, ERA_PAPERS, expectedBullets } from '../archive-eras';
import { expect, test } from '../fixtures';
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
      await expect(panel.bullets).toHaveText(want);
      await expect(panel.list).toHaveAttribute('lang', 'ko');
      await expect(panel.heading).toContainText(p.date);
      await expect(panel.host.locator('.dp-authors')).toHaveCount(p.authors ? 1 : 0);
      if (p.label) await expect(panel.host.locator('.dp-bullets strong.dp-label').first()).toHaveText(p.label);
      if (p.votes !== undefined) {
        await expect(panel.host.locator('.dp-votes')).toContainText(`▲ ${p.votes}`);
        await expect(panel.host.locator('.dp-votes .dp-sr')).toHaveText(`추천 ${p.votes}`);
      } else await expect(panel.host.locator('.dp-votes')).toHaveCount(0);
      if (p.alsoOn) await expect(panel.host.locator('.dp-also')).toHaveText(`${p.alsoOn}에도 실렸습니다.`);
      expect(await panel.host.locator('.dp-bullets').innerText()).not.toMatch(/\*\*|<video|\[Watch/);
      expect(arxiv.external).toEqual([]);
    });
  }

  test('English selected for a day without a translation: the Korean summary under a clear note', async ({ page, arxiv }) => {
    const p = ERA_PAPERS[1]!;
    const url = `https://arxiv.org/abs/${p.id}`;
    arxiv.serveBody(url, absPageOf(p.id), 'text/html');
    await page.goto(url);
    const panel = panelOf(page);
    await panel.english.click();
    await expect(panel.host.locator('.dp-note[role=note]')).toHaveText('No English translation for this day — showing the Korean summary.');
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
