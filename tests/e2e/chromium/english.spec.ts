/**
 * English made on the device, in the real build: a deterministic stand-in translator put in place by the test
 * (tests/e2e/english.ts) in the background, or in the content script where the background has none.
 */
import { panelT } from '../../../src/i18n/panel-strings';
import { englishT } from '../../../src/i18n/english-strings';
import { expect, test } from '../fixtures';
import { installInContentScript, installInWorker, removeFromWorker, STAND_IN_TEXT, workerTexts } from '../english';
import { listingOf } from '../listing-page';
import { panelOf } from '../panel-page';
import { openPopup, popupOf, tabIdOf } from '../popup-page';
import { openReader, readerOf } from '../reader-page';

const ZIPLORA = 'https://arxiv.org/abs/2311.13600';
const en = panelT('en');

test.describe('English made on this device', () => {

  test('a click on English on an abs page: the download with its progress where the click was, then English labelled as made here; popup, reader and listing follow; a reload with no translator shows it from storage', async ({ context, page, arxiv, serviceWorker, extensionId }) => {
    await installInWorker(serviceWorker, { availability: 'downloadable', stepMs: 400 });
    arxiv.serve(ZIPLORA, 'abs-2311.13600.html');
    await page.goto(ZIPLORA);
    const panel = panelOf(page);
    await expect(panel.bullets).toHaveCount(4);

    await panel.english.click();
    const status = panel.host.locator('.dp-english-status');
    await expect(status).toContainText('language pack');
    await expect(panel.list).toHaveAttribute('lang', 'ko');
    await expect(panel.list).toHaveAttribute('lang', 'en', { timeout: 15_000 });
    await expect(panel.bullets.first()).toHaveText(STAND_IN_TEXT);
    await expect(panel.host.locator('.dp-translated')).toHaveText(`${en.deviceNote} ${en.showKorean}`);
    // URLs are kept exactly, and stay links.
    await expect(panel.link('https://ziplora.github.io')).toHaveCount(1);
    await expect(status).toHaveCount(0);
    // One click shows this paper's Korean.
    await panel.host.getByRole('button', { name: en.showKorean }).click();
    await expect(panel.list).toHaveAttribute('lang', 'ko');
    await panel.host.getByRole('button', { name: en.showEnglish }).click();
    await expect(panel.list).toHaveAttribute('lang', 'en');

    // The popup: the day in English, the papers on screen first, the list never held back.
    const popup = await openPopup(context, extensionId, await tabIdOf(serviceWorker, ZIPLORA));
    const pp = popupOf(popup);
    await expect(pp.items).toHaveCount(9);
    await expect(pp.item('2311.13600').locator('ul.dp-bullets')).toHaveAttribute('lang', 'en');
    await expect(popup.locator('li.pp-item ul.dp-bullets[lang="en"]')).toHaveCount(9, { timeout: 20_000 });
    await popup.close();

    // The reader: the whole day, progressively; its search finds the English that exists.
    const reader = await openReader(context, extensionId, '?date=2023-11-23');
    const rd = readerOf(reader);
    await expect(rd.papers).toHaveCount(9);
    await expect(reader.locator('article.rd-paper ul.dp-bullets[lang="en"]')).toHaveCount(9, { timeout: 20_000 });
    await expect(rd.paper('2311.13600').locator('.dp-translated')).toContainText(en.deviceNote);
    await reader.close();

    // A listing entry: its English is already stored.
    arxiv.serve('https://arxiv.org/list/cs.CV/new', 'list-cs.CV-new.html');
    const listing = await context.newPage();
    await listing.goto('https://arxiv.org/list/cs.CV/new');
    const list = listingOf(listing);
    await list.marker('2311.13600').click();
    await expect(list.summary('2311.13600').list).toHaveAttribute('lang', 'en');
    await expect(list.summary('2311.13600').bullets.first()).toHaveText(STAND_IN_TEXT);
    await listing.close();

    // No translator anywhere now: the English comes from storage, and nothing is translated again.
    const before = (await workerTexts(serviceWorker)).length;
    await removeFromWorker(serviceWorker);
    await page.reload();
    await expect(panel.list).toHaveAttribute('lang', 'en');
    await expect(panel.bullets.first()).toHaveText(STAND_IN_TEXT);
    expect(arxiv.external).toEqual([]);
    await installInWorker(serviceWorker);
    expect((await workerTexts(serviceWorker)).length).toBe(0);
    expect(before).toBeGreaterThan(0);
  });

  test('a day replaced by an import is translated again; English stored for the old Korean is not shown for the new', async ({ context, page, arxiv, serviceWorker, extensionId }) => {
    await installInWorker(serviceWorker);
    arxiv.serve(ZIPLORA, 'abs-2311.13600.html');
    await page.goto(ZIPLORA);
    const panel = panelOf(page);
    await panel.english.click();
    await expect(panel.list).toHaveAttribute('lang', 'en', { timeout: 15_000 });
    const first = (await workerTexts(serviceWorker)).length;

    // Written for the test: ZipLoRA again, with other Korean, replacing the bundled day.
    const md = '## Daily Papers (2023-11-23)\n\n### [ZipLoRA: Any Subject in Any Style by Effectively Merging LoRAs](https://arxiv.org/abs/2311.13600)\n\nAuthors: Viraj Shah\n\n- 새로 가져온 요약 첫 줄입니다.\n- 둘째 줄입니다.\n';
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const saved = await options.evaluate(async (text) => chrome.runtime.sendMessage({ type: 'daily-papers:importSave', files: [{ name: '2023-11-23.md', text }], confirm: ['2023-11-23'] }), md);
    expect(saved).toMatchObject({ ok: true, value: { saved: ['2023-11-23'] } });
    try {
      await page.reload();
      await expect(panel.bullets).toHaveCount(2);
      await expect(panel.list).toHaveAttribute('lang', 'en', { timeout: 15_000 });
      await expect(panel.bullets.first()).toHaveText('w2 w3 w2 w1 w4.');
      const texts = await workerTexts(serviceWorker);
      expect(texts.slice(first)).toEqual(['새로 가져온 요약 첫 줄입니다.', '둘째 줄입니다.']);
    } finally {
      // The bundled day back, with its lookup entries, for the tests after this one.
      await options.evaluate(() => chrome.runtime.sendMessage({ type: 'daily-papers:importDelete', date: '2023-11-23' }));
      await options.close();
    }
  });

  test('a translator that cannot do Korean → English: the English title and authors, the Korean bullets, and one plain sentence', async ({ page, arxiv, serviceWorker }) => {
    await installInWorker(serviceWorker, { availability: 'unavailable' });
    arxiv.serve(ZIPLORA, 'abs-2311.13600.html');
    await page.goto(ZIPLORA);
    const panel = panelOf(page);
    await panel.english.click();
    await expect(panel.host.locator('.dp-english-status')).toHaveText(englishT('en').unsupported);
    await expect(panel.list).toHaveAttribute('lang', 'ko');
    await expect(panel.bullets).toHaveCount(4);
    await expect(panel.host.locator('.dp-title')).toHaveText('ZipLoRA: Any Subject in Any Style by Effectively Merging LoRAs');
  });

  test('the background without a Translator: the page the reader clicked in translates with its own', async ({ page, arxiv, serviceWorker }) => {
    await removeFromWorker(serviceWorker);
    arxiv.serve(ZIPLORA, 'abs-2311.13600.html');
    await page.goto(ZIPLORA);
    const panel = panelOf(page);
    await expect(panel.bullets).toHaveCount(4);
    await installInContentScript(page);
    await panel.english.click();
    await expect(panel.list).toHaveAttribute('lang', 'en', { timeout: 15_000 });
    await expect(panel.bullets.first()).toHaveText(STAND_IN_TEXT);
    expect(await workerTexts(serviceWorker)).toEqual([]);
    // Stored by the background all the same: another page of the paper shows it without any translator.
    await page.reload();
    await expect(panel.list).toHaveAttribute('lang', 'en');
  });
});
