import type { Worker } from '@playwright/test';
import { expect, test } from '../fixtures';
import { listingOf } from '../listing-page';
import { panelOf } from '../panel-page';
import { tabIdOf } from '../popup-page';
import { installInWorker, STAND_IN_TEXT } from '../english';

/** The action of one tab, read back through the extension API. */
async function actionOf(sw: Worker, url: string) {
  const tabId = await tabIdOf(sw, url);
  return sw.evaluate(async (id) => ({ text: await chrome.action.getBadgeText({ tabId: id }), title: await chrome.action.getTitle({ tabId: id }) }), tabId);
}
const defaultTitle = (sw: Worker) => sw.evaluate(() => chrome.action.getTitle({}));

test.describe('toolbar badge', () => {
  test('abs, HTML and PDF tabs of a summarised paper show it; other pages do not', async ({ context, arxiv, serviceWorker }) => {
    arxiv.serve('https://arxiv.org/abs/2311.12983', 'abs-2311.12983.html');
    arxiv.serve('https://arxiv.org/html/2311.13600v2', 'html-2311.13600v2-dark.html');
    // What matters is the URL: Chrome's PDF viewer has no content script, the background reads the URL.
    arxiv.serveBody('https://arxiv.org/pdf/2311.13231', '%PDF-1.4 (stand-in)', 'text/plain');
    arxiv.serve('https://arxiv.org/abs/2401.00001', 'abs-unknown-2401.00001.html');
    arxiv.serve('https://arxiv.org/list/cs.CV/new', 'list-cs.CV-new.html');
    const pages = [];
    for (const url of ['https://arxiv.org/abs/2311.12983', 'https://arxiv.org/html/2311.13600v2', 'https://arxiv.org/pdf/2311.13231', 'https://arxiv.org/abs/2401.00001', 'https://arxiv.org/list/cs.CV/new']) {
      const page = await context.newPage();
      await page.goto(url);
      pages.push(page);
    }
    const summary = (date: string) => ({ text: '요약', title: `arXiv Daily Papers: 이 논문의 요약이 있습니다 (${date} Daily Papers)` });
    await expect.poll(() => actionOf(serviceWorker, 'https://arxiv.org/abs/2311.12983')).toEqual(summary('2023-11-23'));
    await expect.poll(() => actionOf(serviceWorker, 'https://arxiv.org/html/2311.13600v2')).toEqual(summary('2023-11-23'));
    await expect.poll(() => actionOf(serviceWorker, 'https://arxiv.org/pdf/2311.13231')).toEqual(summary('2023-11-23'));
    const plain = { text: '', title: await defaultTitle(serviceWorker) };
    expect(plain.title).toBe("arXiv Daily Papers: summaries of the day's papers");
    expect(await actionOf(serviceWorker, 'https://arxiv.org/abs/2401.00001')).toEqual(plain);
    expect(await actionOf(serviceWorker, 'https://arxiv.org/list/cs.CV/new')).toEqual(plain);
    expect(arxiv.external).toEqual([]);
    for (const page of pages) await page.close();
  });

  test('a tab that moves on to an unknown paper loses the badge; a language change updates open tabs', async ({ page, arxiv, serviceWorker }) => {
    arxiv.serve('https://arxiv.org/abs/2311.12983', 'abs-2311.12983.html');
    arxiv.serve('https://arxiv.org/abs/2401.00001', 'abs-unknown-2401.00001.html');
    await page.goto('https://arxiv.org/abs/2311.12983');
    await expect.poll(async () => (await actionOf(serviceWorker, 'https://arxiv.org/abs/2311.12983')).text).toBe('요약');
    await panelOf(page).english.click();
    await expect.poll(() => actionOf(serviceWorker, 'https://arxiv.org/abs/2311.12983')).toEqual({ text: 'TLDR', title: 'arXiv Daily Papers: this paper has a summary (Daily Papers of 2023-11-23)' });
    await page.goto('https://arxiv.org/abs/2401.00001');
    await page.waitForLoadState('load');
    await expect.poll(async () => (await actionOf(serviceWorker, 'https://arxiv.org/abs/2401.00001')).text).toBe('');
  });
});

test.describe('keyboard shortcuts', () => {
  test('both commands are registered with their suggested keys', async ({ serviceWorker }) => {
    const commands = await serviceWorker.evaluate(() => chrome.commands.getAll());
    expect(Object.fromEntries(commands.map((c) => [c.name, c.shortcut]))).toEqual({ 'toggle-language': 'Alt+Shift+L', _execute_action: 'Alt+Shift+D' });
    expect(commands.find((c) => c.name === 'toggle-language')?.description).toBe('Switch the summary language (Korean ↔ English)');
  });

  test('the language shortcut’s handler: panel, listing, badge and the stored setting all switch, and back', async ({ context, arxiv, serviceWorker }) => {
    await installInWorker(serviceWorker);
    arxiv.serve('https://arxiv.org/abs/2311.12983', 'abs-2311.12983.html');
    arxiv.serve('https://arxiv.org/list/cs.CV/new', 'list-cs.CV-new-sections.html');
    const abs = await context.newPage();
    await abs.goto('https://arxiv.org/abs/2311.12983');
    const listing = await context.newPage();
    await listing.goto('https://arxiv.org/list/cs.CV/new');
    await expect(panelOf(abs).list).toHaveAttribute('lang', 'ko');
    await expect(listingOf(listing).marker('2311.13600')).toHaveText('▸요약');
    // What the browser does when the keys are pressed: dispatch the command to the background's listener.
    const press = () => serviceWorker.evaluate(() => (chrome.commands.onCommand as unknown as { dispatch(c: string): void }).dispatch('toggle-language'));
    await press();
    await expect(panelOf(abs).list).toHaveAttribute('lang', 'en');
    await expect(panelOf(abs).bullets.first()).toHaveText(STAND_IN_TEXT);
    await expect(listingOf(listing).marker('2311.13600')).toHaveText('▸Summary');
    await expect.poll(async () => (await actionOf(serviceWorker, 'https://arxiv.org/abs/2311.12983')).text).toBe('TLDR');
    expect(await serviceWorker.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { lang: string }).lang)).toBe('en');
    await press();
    await expect(panelOf(abs).list).toHaveAttribute('lang', 'ko');
    await expect(listingOf(listing).marker('2311.13600')).toHaveText('▸요약');
    await abs.close();
    await listing.close();
  });
});
