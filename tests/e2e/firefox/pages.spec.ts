/**
 * The HTML full-text panel in Firefox (production build, Debian's firefox-esr, puppeteer-core over
 * WebDriver BiDi; see ../firefox-fixtures.ts).
 */
import { expect, PANEL, panelState, sleep, test } from '../firefox-fixtures';

test.describe('Firefox: HTML full text', () => {
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
});
