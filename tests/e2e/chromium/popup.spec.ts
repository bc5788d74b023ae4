import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../fixtures';
import { panelOf } from '../panel-page';
import { openPopup, popupOf, tabIdOf } from '../popup-page';
import { installInWorker, STAND_IN_TEXT } from '../english';

test.describe('toolbar popup', () => {
  test('on an abs page of the dataset: the 9 papers of its day, that paper highlighted and in view', async ({ page, context, arxiv, extensionId, serviceWorker }) => {
    arxiv.serve('https://arxiv.org/abs/2311.13231', 'abs-2311.13231.html');
    await page.goto('https://arxiv.org/abs/2311.13231');
    const popup = await openPopup(context, extensionId, await tabIdOf(serviceWorker, 'https://arxiv.org/abs/2311.13231'));
    const p = popupOf(popup);
    await expect(p.items).toHaveCount(9);
    await expect(p.header).toHaveText('Daily Papers · 논문 9편');
    await expect(p.current).toHaveAttribute('data-id', '2311.13231');
    await expect(p.current.locator('a.pp-title')).toHaveText('Using Human Feedback to Fine-tune Diffusion Models without Any Reward Model');
    await expect(p.current).toBeInViewport();
    // collapsed to the first bullet, expandable to all seven
    await expect(p.current.locator('.dp-bullets li')).toHaveCount(1);
    await p.current.getByRole('button', { name: /요약 전체 보기/ }).click();
    await expect(p.current.locator('.dp-bullets li')).toHaveCount(7);
    // no horizontal scroll at popup width
    expect(await popup.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await popup.close();
  });

  test('pdf and html URL forms are recognised too', async ({ page, context, arxiv, extensionId, serviceWorker }) => {
    for (const url of ['https://arxiv.org/pdf/2311.13600v2', 'https://arxiv.org/html/2311.13600v1']) {
      arxiv.serve(url, 'abs-2311.13600.html');
      await page.goto(url);
      const popup = await openPopup(context, extensionId, await tabIdOf(serviceWorker, url));
      await expect(popupOf(popup).current).toHaveAttribute('data-id', '2311.13600');
      await popup.close();
    }
  });

  test('language toggle in the popup turns the open abs-page panel English, and back from the panel', async ({ page, context, arxiv, extensionId, serviceWorker }) => {
    await installInWorker(serviceWorker);
    arxiv.serve('https://arxiv.org/abs/2311.13231', 'abs-2311.13231.html');
    await page.goto('https://arxiv.org/abs/2311.13231');
    const panel = panelOf(page);
    await expect(panel.list).toHaveAttribute('lang', 'ko');
    const popup = await openPopup(context, extensionId, await tabIdOf(serviceWorker, 'https://arxiv.org/abs/2311.13231'));
    const p = popupOf(popup);
    await p.english.click();
    await expect(p.header).toHaveText('Daily Papers · 9 papers');
    await expect(p.search).toHaveAttribute('placeholder', 'Search this day: title, author, ID, summary');
    await expect(p.current.locator('.dp-bullets')).toHaveAttribute('lang', 'en');
    await expect(panel.list).toHaveAttribute('lang', 'en');
    await expect(panel.bullets.first()).toHaveText(STAND_IN_TEXT);
    // and the other way round: the panel's switch updates the open popup
    await panel.korean.click();
    await expect(p.korean).toHaveAttribute('aria-pressed', 'true');
    await expect(p.header).toHaveText('Daily Papers · 논문 9편');
    await popup.close();
  });

  test('keyboard: arrows move through the list, Enter opens the paper in the arXiv tab', async ({ page, context, arxiv, extensionId, serviceWorker }) => {
    arxiv.serve('https://arxiv.org/abs/2311.13231', 'abs-2311.13231.html');
    arxiv.serve('https://arxiv.org/abs/2311.12908', 'abs-2311.12908-legacy.html');
    await page.goto('https://arxiv.org/abs/2311.13231');
    const popup = await openPopup(context, extensionId, await tabIdOf(serviceWorker, 'https://arxiv.org/abs/2311.13231'));
    const p = popupOf(popup);
    await expect(p.items).toHaveCount(9);
    // Tab order: language switch, day navigation, search, then the list
    await popup.keyboard.press('Tab');
    await expect(popup.locator(':focus')).toHaveText('한국어');
    await p.search.focus();
    await popup.keyboard.press('Tab');
    await expect(p.titles.nth(0)).toBeFocused();
    await popup.keyboard.press('ArrowDown');
    await expect(p.titles.nth(1)).toBeFocused();
    await popup.keyboard.press('End');
    await expect(p.titles.nth(8)).toBeFocused();
    await popup.keyboard.press('Home');
    await popup.keyboard.press('ArrowDown');
    await expect(p.titles.nth(1)).toHaveText('Diffusion Model Alignment Using Direct Preference Optimization');
    // the popup opens the paper in the arXiv tab, then closes itself like a real toolbar popup
    await Promise.all([popup.waitForEvent('close'), popup.keyboard.press('Enter').catch(() => undefined)]);
    await expect(page).toHaveURL('https://arxiv.org/abs/2311.12908');
    await expect(panelOf(page).bullets).toHaveCount(8);
  });

  test('search filters in both languages; empty result says so', async ({ page, context, arxiv, extensionId, serviceWorker }) => {
    arxiv.serve('https://arxiv.org/abs/2311.13231', 'abs-2311.13231.html');
    await page.goto('https://arxiv.org/abs/2311.13231');
    const popup = await openPopup(context, extensionId, await tabIdOf(serviceWorker, 'https://arxiv.org/abs/2311.13231'));
    const p = popupOf(popup);
    await expect(p.items).toHaveCount(9);
    await p.search.fill('파노라마');
    await expect(p.items).toHaveCount(1);
    await expect(p.items.first()).toHaveAttribute('data-id', '2311.13141');
    // An English word of a title (the bundled days are in Korean; English is made on the device).
    await p.search.fill('assistants');
    await expect(p.items).toHaveCount(1);
    await expect(p.items.first()).toHaveAttribute('data-id', '2311.12983');
    await p.search.fill('zzzz qqqq');
    await expect(p.items).toHaveCount(0);
    await expect(popup.locator('.pp-state[role=status]')).toHaveText('검색어 “zzzz qqqq”에 맞는 논문이 없습니다.');
  });

  test('states: not an arXiv page, unknown paper; day navigation across weekends and at both ends of the archive', async ({ page, context, arxiv, extensionId, serviceWorker }) => {
    // the popup page itself (no tabId) is not an arXiv page: the newest day, 2025-05-09
    const popup = await openPopup(context, extensionId);
    const p = popupOf(popup);
    await expect(p.notice).toHaveText('현재 탭은 arXiv 논문 페이지가 아닙니다. 가장 최근 날짜를 표시합니다.');
    await expect(p.date).toHaveValue('2025-05-09');
    await expect(p.items).toHaveCount(20);
    await expect(p.next).toBeDisabled();
    await expect(p.prev).toBeEnabled();
    await p.prev.click();
    await expect(p.date).toHaveValue('2025-05-08');
    // the first day of the archive: 2023-11-20 (its papers have no author lines)
    await p.date.fill('2023-11-20');
    await expect(p.date).toHaveValue('2023-11-20');
    await expect(p.items).toHaveCount(11);
    await expect(p.prev).toBeDisabled();
    // a Friday's next day is the Monday after; a gap in the archive is crossed too
    await p.date.fill('2023-12-08');
    await expect(p.date).toHaveValue('2023-12-08');
    await p.next.click();
    await expect(p.date).toHaveValue('2023-12-11');
    await p.date.fill('2023-11-23');
    await p.next.click();
    await expect(p.date).toHaveValue('2023-12-04');
    await p.prev.click();
    await expect(p.date).toHaveValue('2023-11-23');
    // a Saturday picked in the date input opens the closest earlier day with a digest
    await p.date.fill('2023-12-09');
    await expect(p.date).toHaveValue('2023-12-08');
    await popup.close();

    arxiv.serve('https://arxiv.org/abs/2401.00001', 'abs-unknown-2401.00001.html');
    await page.goto('https://arxiv.org/abs/2401.00001');
    const popup2 = await openPopup(context, extensionId, await tabIdOf(serviceWorker, 'https://arxiv.org/abs/2401.00001'));
    await expect(popupOf(popup2).notice).toHaveText('요약이 있는 논문 목록에 없는 논문입니다(arXiv 2401.00001). 가장 최근 날짜를 표시합니다.');
    await expect(popupOf(popup2).items).toHaveCount(20);
    await popup2.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe: no violations (${scheme})`, async ({ page, context, arxiv, extensionId, serviceWorker }) => {
      arxiv.serve('https://arxiv.org/abs/2311.13231', 'abs-2311.13231.html');
      await page.goto('https://arxiv.org/abs/2311.13231');
      const popup = await openPopup(context, extensionId, await tabIdOf(serviceWorker, 'https://arxiv.org/abs/2311.13231'));
      await popup.emulateMedia({ colorScheme: scheme });
      await expect(popupOf(popup).items).toHaveCount(9);
      const result = await new AxeBuilder({ page: popup }).analyze();
      expect(result.passes.length).toBeGreaterThan(5);
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await popup.screenshot({ path: `test-results/popup-${scheme}.png` });
    });
  }
});
