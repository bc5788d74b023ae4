import type { Page } from '@playwright/test';
import { expect, PANEL, test } from '../fixtures';
import { focusedRing, type Ring } from '../focus-ring';
import { darkPage, panelOf } from '../panel-page';
import { openPopup, popupOf, tabIdOf } from '../popup-page';


function expectVisibleRing(ring: Ring | null) {
  expect(ring, 'something has focus').not.toBeNull();
  const r = ring!;
  expect(r.style, r.what).not.toBe('none');
  expect(r.width, r.what).toBeGreaterThanOrEqual(2);
  expect(r.contrast, r.what).toBeGreaterThanOrEqual(3);
  expect(r.clippedBy, r.what).toBeNull();
}

/** Presses Tab until focus leaves `inside`, checking the ring of every control reached; returns what was reached. */
async function tabThrough(page: Page, inside: () => Promise<boolean>, max = 60): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (!(await inside())) break;
    const ring = await focusedRing(page);
    expectVisibleRing(ring);
    if (!seen.includes(ring!.what)) seen.push(ring!.what);
  }
  return seen;
}

test.describe('keyboard focus is visible on every control', () => {
  for (const theme of ['light page', 'dark page'] as const) {
    test(`panel (${theme})`, async ({ page, arxiv }) => {
      if (theme === 'dark page') arxiv.serveBody('https://arxiv.org/abs/2311.12983', darkPage('abs-2311.12983.html'), 'text/html');
      else arxiv.serve('https://arxiv.org/abs/2311.12983', 'abs-2311.12983.html');
      await page.goto('https://arxiv.org/abs/2311.12983');
      const panel = panelOf(page);
      await expect(panel.bullets).toHaveCount(5);
      await expect(panel.host).toHaveAttribute('data-theme', theme === 'dark page' ? 'dark' : 'light');
      // Start on the abstract, then reach the panel's controls by keyboard only.
      await page.locator('blockquote.abstract').evaluate((el) => {
        el.setAttribute('tabindex', '-1');
        (el as HTMLElement).focus();
      });
      const inPanel = () => page.evaluate((tag) => document.activeElement?.tagName.toLowerCase() === tag, PANEL);
      const reached = await tabThrough(page, inPanel);
      expect(reached.map((w) => w.split(' ')[0])).toEqual(
        expect.arrayContaining(['button.dp-lang-btn', 'button.dp-collapse', 'button.dp-link-btn', 'a.']),
      );
      expect(reached.filter((w) => w.startsWith('button.dp-lang-btn'))).toHaveLength(2);
    });
  }

  for (const scheme of ['light', 'dark'] as const) {
    test(`popup (${scheme})`, async ({ page, context, arxiv, extensionId, serviceWorker }) => {
      arxiv.serve('https://arxiv.org/abs/2311.13231', 'abs-2311.13231.html');
      await page.goto('https://arxiv.org/abs/2311.13231');
      const popup = await openPopup(context, extensionId, await tabIdOf(serviceWorker, 'https://arxiv.org/abs/2311.13231'));
      await popup.emulateMedia({ colorScheme: scheme });
      await expect(popupOf(popup).items).toHaveCount(9);
      const reached = await tabThrough(popup, () => popup.evaluate(() => document.activeElement !== document.body), 80);
      const kinds = new Set(reached.map((w) => w.split(' ')[0]));
      const expected = ['button.dp-lang-btn', 'input.pp-date', 'input.pp-search-input', 'a.pp-title', 'button.pp-toggle', 'a.'];
      // Disabled day buttons (at the ends of the archive) take no focus.
      if (await popup.locator('.pp-day-btn:enabled').count()) expected.push('button.pp-day-btn');
      for (const k of expected) expect(kinds, k).toContain(k);
      await popup.close();
    });
  }
});

test.describe('popup controls stay reachable', () => {
  test('opened on the 9th paper, the day buttons, date and search are in view; Shift+Tab never hides the focus under them', async ({ page, context, arxiv, extensionId, serviceWorker }) => {
    arxiv.serve('https://arxiv.org/abs/2311.13601', 'abs-2311.12983.html');
    await page.goto('https://arxiv.org/abs/2311.13601');
    const popup = await openPopup(context, extensionId, await tabIdOf(serviceWorker, 'https://arxiv.org/abs/2311.13601'));
    const p = popupOf(popup);
    await expect(p.current).toHaveAttribute('data-id', '2311.13601');
    await expect(p.current).toBeInViewport();
    expect(await popup.evaluate(() => document.scrollingElement!.scrollTop)).toBeGreaterThan(0);
    /** The element a user would hit at the centre of `selector`: itself when nothing covers it. */
    const uncovered = (selector: string) =>
      popup.locator(selector).first().evaluate((el) => {
        const r = el.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return r.top >= 0 && r.bottom <= innerHeight && (hit === el || el.contains(hit));
      });
    for (const sel of ['.pp-day-btn', '.pp-date', '.pp-search-input', '.dp-lang-btn']) expect(await uncovered(sel), sel).toBe(true);

    // From the end of the list back to the search box: the focused control is never under the sticky top.
    await popup.locator('.pp-credit a').focus();
    for (let i = 0; i < 60; i++) {
      await popup.keyboard.press('Shift+Tab');
      const state = await popup.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const top = document.querySelector('.pp-top')!;
        const inTop = top.contains(el);
        const r = el.getBoundingClientRect();
        return { inTop, covered: !inTop && r.top < top.getBoundingClientRect().bottom - 1, what: `${el.className} ${el.textContent?.slice(0, 20)}` };
      });
      if (state.inTop) break;
      expect(state.covered, state.what).toBe(false);
    }
    await expect(p.search).toBeFocused();
    await popup.close();
  });
});

test.describe('the panel follows the page, not the system', () => {
  test('an abs page (light) in a dark system theme keeps a light panel', async ({ page, arxiv }) => {
    arxiv.serve('https://arxiv.org/abs/2311.12983', 'abs-2311.12983.html');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('https://arxiv.org/abs/2311.12983');
    const panel = panelOf(page);
    await expect(panel.bullets).toHaveCount(5);
    await expect(panel.host).toHaveAttribute('data-theme', 'light');
    expect(await panel.host.locator('.dp-panel').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(247, 244, 239)');
  });

  test('a page whose background is dark gets a dark panel', async ({ page, arxiv }) => {
    arxiv.serveBody('https://arxiv.org/abs/2311.12983', darkPage('abs-2311.12983.html'), 'text/html');
    await page.goto('https://arxiv.org/abs/2311.12983');
    const panel = panelOf(page);
    await expect(panel.bullets).toHaveCount(5);
    await expect(panel.host).toHaveAttribute('data-theme', 'dark');
    expect(await panel.host.locator('.dp-panel').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(34, 32, 30)');
  });
});

test('Korean UI text is never broken inside a word', async ({ context, extensionId }) => {
  const popup = await openPopup(context, extensionId);
  await expect(popupOf(popup).notice).toBeVisible();
  for (const sel of ['.pp-notice', '.dp-bullets', '.pp-credit', '.pp-h1']) {
    expect(await popup.locator(sel).first().evaluate((el) => getComputedStyle(el).wordBreak), sel).toBe('keep-all');
  }
  await popup.close();
});
