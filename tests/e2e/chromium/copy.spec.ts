import type { BrowserContext, Page } from '@playwright/test';
import { expect, fixtureHtml, test } from '../fixtures';
import { listingOf } from '../listing-page';
import { panelOf } from '../panel-page';
import { openPopup, popupOf, tabIdOf } from '../popup-page';
import { installInWorker, STAND_IN_TEXT } from '../english';

const ZIPLORA_KO_MD = [
  '[ZipLoRA: Any Subject in Any Style by Effectively Merging LoRAs](https://arxiv.org/abs/2311.13600)',
  '',
  '- 최근에 제안된 low-rank adaptations(LoRA)는 개념 기반 개인화를 위한 효율적인 방법으로서 기존의 방법들이 주제나 스타일 생성에서만 강력한 결과를 보였던 것에 비해, 이를 개선하고자 한다.',
  '- 별도로 훈련된 스타일 및 주제 LoRA들을 효과적으로 결합하여 사용자가 제공한 어떤 주제나 스타일에서도 생성 가능한 ZipLoRA 방법을 제안한다.',
  '- 실험 결과는 ZipLoRA가 다양한 주제 및 스타일 조합에서 주제 및 스타일의 충실도에 있어 기준 모델들 대비 의미 있는 개선을 이루었으며 재맥락화 능력도 유지하는 등, 인상적인 결과를 생성할 수 있음을 보여준다.',
  '- 프로젝트 페이지(<https://ziplora.github.io>)에서 ZipLoRA에 대한 추가 정보와 자료를 확인할 수 있다.',
  '',
  '요약 출처: [Daily Papers 한국어 다이제스트](https://github.com/l-yohai/daily_papers_ko) (2023-11-23)',
  '',
].join('\n');

const ZIPLORA_BIBTEX = [
  '@misc{shah2023ziplora,',
  '  title = {{ZipLoRA}: Any Subject in Any Style by Effectively Merging {LoRAs}},',
  '  author = {Viraj Shah and Nataniel Ruiz and Forrester Cole and Erika Lu and Svetlana Lazebnik and Yuanzhen Li and Varun Jampani},',
  '  year = {2023},',
  '  eprint = {2311.13600},',
  '  archivePrefix = {arXiv},',
  '  url = {https://arxiv.org/abs/2311.13600},',
  '}',
  '',
].join('\n');

async function allowClipboard(context: BrowserContext, origin: string) {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
}
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test.describe('copy and cite', () => {
  test('the panel: Markdown and BibTeX on the clipboard in Korean, then in English made on the device, each confirmed', async ({ page, context, arxiv, serviceWorker }) => {
    await installInWorker(serviceWorker);
    await allowClipboard(context, 'https://arxiv.org');
    arxiv.serve('https://arxiv.org/abs/2311.13600', 'abs-2311.13600.html');
    await page.goto('https://arxiv.org/abs/2311.13600');
    await page.bringToFront();
    const panel = panelOf(page);
    const status = panel.host.locator('.dp-actions [role="status"]');
    await panel.host.getByRole('button', { name: '마크다운으로 복사' }).click();
    await expect(status).toHaveText('제목, 링크, 요약을 마크다운으로 복사했습니다.');
    expect(await clipboard(page)).toBe(ZIPLORA_KO_MD);
    await panel.host.getByRole('button', { name: 'BibTeX 복사' }).click();
    await expect(status).toHaveText('BibTeX 항목을 복사했습니다.');
    expect(await clipboard(page)).toBe(ZIPLORA_BIBTEX);
    // the confirmation clears by itself
    await expect(status).toHaveText('', { timeout: 8000 });

    await panel.english.click();
    await expect(panel.list).toHaveAttribute('lang', 'en');
    await panel.host.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect(status).toHaveText('Copied the title, link and summary as Markdown.');
    const md = await clipboard(page);
    const lines = md.split('\n');
    expect(lines.slice(0, 2)).toEqual(['[ZipLoRA: Any Subject in Any Style by Effectively Merging LoRAs](https://arxiv.org/abs/2311.13600)', '']);
    // The stand-in's English, as shown: its URL exactly as in the Korean, an autolink again.
    expect(lines[2]).toMatch(/^- .*\bw\d+\b/);
    expect(md).toContain('(<https://ziplora.github.io>)');
    expect(md).toContain('*Machine translation, made on this device.*');
    expect(md.trimEnd().split('\n').at(-1)).toBe('Summary from the [Daily Papers Korean digest](https://github.com/l-yohai/daily_papers_ko) (2023-11-23)');
    await panel.host.getByRole('button', { name: 'Copy BibTeX' }).click();
    await expect(status).toHaveText('Copied the BibTeX entry.');
    expect(await clipboard(page)).toBe(ZIPLORA_BIBTEX);
  });

  test('a refused clipboard: a clear message, nothing thrown into the page', async ({ page, arxiv }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // A page may forbid clipboard writes by policy: the write is refused even on a click.
    await page.route('https://arxiv.org/abs/2311.13600', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'Permissions-Policy': 'clipboard-write=()' }, body: fixtureHtml('abs-2311.13600.html') }),
    );
    arxiv.serve('https://arxiv.org/abs/2311.13600', 'abs-2311.13600.html');
    await page.goto('https://arxiv.org/abs/2311.13600');
    await page.bringToFront();
    const panel = panelOf(page);
    const status = panel.host.locator('.dp-actions [role="status"]');
    await panel.host.getByRole('button', { name: 'BibTeX 복사' }).click();
    await expect(status).toHaveText('복사하지 못했습니다. 브라우저가 클립보드 쓰기를 허용하지 않았습니다.');
    await expect(status).toHaveAttribute('data-error', '');
    await panel.english.click();
    await expect(status).toHaveText('Could not copy: the browser did not allow writing to the clipboard.');
    expect(errors).toEqual([]);
  });

  test('an expanded listing entry copies too', async ({ page, context, arxiv }) => {
    await allowClipboard(context, 'https://arxiv.org');
    arxiv.serve('https://arxiv.org/list/cs.CV/new', 'list-cs.CV-new-sections.html');
    await page.goto('https://arxiv.org/list/cs.CV/new');
    await page.bringToFront();
    const listing = listingOf(page);
    await listing.marker('2311.13600').click();
    await listing.summary('2311.13600').host.getByRole('button', { name: '마크다운으로 복사' }).click();
    await expect(listing.summary('2311.13600').host.locator('[role="status"]')).toHaveText('제목, 링크, 요약을 마크다운으로 복사했습니다.');
    expect(await clipboard(page)).toBe(ZIPLORA_KO_MD);
  });

  test('each popup entry: Markdown and BibTeX in both languages', async ({ context, extensionId, arxiv, serviceWorker }) => {
    await installInWorker(serviceWorker);
    // The clipboard is the browser's: written by the popup, read back in an arXiv tab allowed to read it
    // (permissions cannot be granted to an extension's origin from here).
    await allowClipboard(context, 'https://arxiv.org');
    arxiv.serve('https://arxiv.org/abs/2311.13231', 'abs-2311.13231.html');
    const tab = await context.newPage();
    await tab.goto('https://arxiv.org/abs/2311.13231');
    const popup = await openPopup(context, extensionId, await tabIdOf(serviceWorker, 'https://arxiv.org/abs/2311.13231'));
    const zip = popupOf(popup).item('2311.13600');
    const copy = async (name: string) => {
      await popup.bringToFront();
      await zip.getByRole('button', { name }).click();
    };
    const read = async () => {
      await tab.bringToFront();
      return clipboard(tab);
    };
    await copy('마크다운으로 복사');
    await expect(zip.getByRole('status')).toHaveText('제목, 링크, 요약을 마크다운으로 복사했습니다.');
    expect(await read()).toBe(ZIPLORA_KO_MD);
    await copy('BibTeX 복사');
    await expect(zip.getByRole('status')).toHaveText('BibTeX 항목을 복사했습니다.');
    expect(await read()).toBe(ZIPLORA_BIBTEX);

    await popupOf(popup).english.click();
    await expect(zip.locator('ul.dp-bullets')).toHaveAttribute('lang', 'en');
    await copy('Copy as Markdown');
    await expect(zip.getByRole('status')).toHaveText('Copied the title, link and summary as Markdown.');
    const md = await read();
    expect(md).toMatch(/\n- .*\bw\d+\b/);
    expect(md).toContain('*Machine translation, made on this device.*');
    expect(md.trimEnd().split('\n').at(-1)).toBe('Summary from the [Daily Papers Korean digest](https://github.com/l-yohai/daily_papers_ko) (2023-11-23)');
    await copy('Copy BibTeX');
    await expect(zip.getByRole('status')).toHaveText('Copied the BibTeX entry.');
    expect(await read()).toBe(ZIPLORA_BIBTEX);
    await popup.close();
    await tab.close();
  });
});
