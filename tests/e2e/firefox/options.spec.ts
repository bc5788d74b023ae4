/**
 * The options page in Firefox (production build, puppeteer-core over WebDriver BiDi; see ../firefox-fixtures.ts):
 * import through the file input, the popup and the panel of an imported day, a malformed file, delete, and a
 * backup's round trip, byte for byte.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { absPageOf } from '../archive-eras';
import { buttonByText, expect, PANEL, panelState, sleep, test, type ExtensionHelpers, type FirefoxExtension } from '../firefox-fixtures';
import { actionTimes, bigDayAs, budgetLimit, installActionClock, BROKEN_MD, median, NEW_DATE, NEW_DAY_EN, NEW_DAY_KO, NEW_IDS, newDayEn, newDayMd, SECOND_DATE, secondDayMd, syntheticDays } from '../options-page';

const ABS = `https://arxiv.org/abs/${NEW_IDS[0]}`;
const READY = '.op-empty, table.op-days';

let dir: string;
test.beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'dp-options-'));
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A file on disk for the file input (puppeteer uploads paths). */
function onDisk(name: string, text: string): string {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
}

async function upload(page: Page, selector: string, ...paths: string[]) {
  const input = await page.waitForSelector(selector);
  await (input as unknown as { uploadFile(...p: string[]): Promise<void> }).uploadFile(...paths);
}

const text = (page: Page, selector: string) => page.evaluate((s) => document.querySelector(s)?.textContent?.trim() ?? null, selector);
const count = (page: Page, selector: string) => page.evaluate((s) => document.querySelectorAll(s).length, selector);
const status = (section: 'import' | 'days' | 'backup') => `section[aria-labelledby="op-${section}-h"] .op-status:last-of-type`;

async function importFiles(page: Page, paths: string[], saved: string) {
  await upload(page, 'input[type="file"][multiple]', ...paths);
  await page.waitForSelector('.op-preview button.op-primary:not([disabled])');
  await page.click('.op-preview button.op-primary');
  await expect.poll(() => text(page, status('import'))).toContain(saved);
}

async function deleteDay(page: Page, date: string) {
  await page.click(`table.op-days tr[data-date="${date}"] button.op-delete`);
  await page.click(`table.op-days tr[data-date="${date}"] .op-confirm button.op-danger`);
  await expect.poll(() => count(page, `table.op-days tr[data-date="${date}"]`)).toBe(0);
}

async function storedDays(ext: ExtensionHelpers): Promise<Record<string, { md?: string; en?: string }>> {
  const all = await ext.storage();
  return Object.fromEntries(
    Object.entries(all)
      .filter(([k]) => k.startsWith('import:'))
      .map(([k, v]) => [k, { md: (v as { md?: string }).md, en: (v as { en?: string }).en }]),
  );
}

/** Deletes every imported day through the background, so the lookup table is as it was for later tests. */
async function clearImports(firefox: FirefoxExtension) {
  await firefox.control.evaluate(async () => {
    const list = (await browser.runtime.sendMessage({ type: 'daily-papers:importList' })) as { value: { days: { date: string }[]; problems: { date: string }[] } };
    for (const { date } of [...list.value.days, ...list.value.problems]) await browser.runtime.sendMessage({ type: 'daily-papers:importDelete', date });
  });
}

test.afterEach(async ({ firefox }) => clearImports(firefox));

test.describe('Firefox: options page', () => {
  test('import a new day by file → the popup navigates to it → its panel in Korean, then English with its translation; delete → no panel', async ({ tab, arxiv, ext }) => {
    const options = await ext.openPage('options.html', READY);
    expect(await text(options, '.op-empty')).toBe('아직 가져온 날짜가 없습니다.');

    await upload(options, 'input[type="file"][multiple]', onDisk(`${NEW_DATE}.md`, newDayMd()));
    await options.waitForSelector('.op-preview tbody tr');
    expect(await options.evaluate(() => [...document.querySelectorAll('.op-preview tbody tr td')].slice(0, 2).map((td) => td.textContent))).toEqual([NEW_DATE, '2']);
    expect(await storedDays(ext)).toEqual({});
    await options.click('.op-preview button.op-primary');
    await expect.poll(() => text(options, status('import'))).toBe(`날짜 1개를 저장했습니다: ${NEW_DATE}.`);
    expect(await options.evaluate(() => document.activeElement?.classList.contains('op-status'))).toBe(true);
    await options.waitForSelector(`table.op-days tr[data-date="${NEW_DATE}"]`);

    arxiv.serveHtml(ABS, absPageOf(NEW_IDS[0]));
    await tab.goto(ABS);
    await expect.poll(async () => (await panelState(tab)).bullets, { timeout: 10_000 }).toEqual(NEW_DAY_KO[0]![2]);
    expect((await panelState(tab)).lang).toBe('ko');

    const popup = await ext.openPopup(await ext.tabIdOf(ABS));
    await expect.poll(() => popup.evaluate(() => document.querySelector<HTMLInputElement>('input.pp-date')?.value)).toBe(NEW_DATE);
    expect(await count(popup, 'li.pp-item')).toBe(2);
    expect(await popup.evaluate(() => document.querySelector('li.pp-item[aria-current="true"]')?.getAttribute('data-id'))).toBe(NEW_IDS[0]);
    expect(await popup.evaluate(() => document.querySelectorAll<HTMLButtonElement>('.pp-day-btn')[1]?.disabled)).toBe(true);
    await popup.click('.pp-day-btn');
    await expect.poll(() => popup.evaluate(() => document.querySelector<HTMLInputElement>('input.pp-date')?.value)).toBe('2025-05-09');

    await importFiles(options, [onDisk(`${NEW_DATE}.en.json`, newDayEn())], NEW_DATE);
    await tab.reload();
    await expect.poll(async () => (await panelState(tab)).bullets, { timeout: 10_000 }).toEqual(NEW_DAY_KO[0]![2]);
    await (await buttonByText(tab, 'English', { shadowHost: PANEL })).click();
    await expect.poll(async () => (await panelState(tab)).bullets).toEqual(NEW_DAY_EN[NEW_IDS[0]]);
    expect((await panelState(tab)).lang).toBe('en');
    await expect.poll(() => text(options, 'h1')).toBe('Daily Papers · Manage days');

    await deleteDay(options, NEW_DATE);
    await expect.poll(() => text(options, status('days'))).toBe(`Deleted ${NEW_DATE}.`);
    await tab.reload();
    await tab.waitForSelector('blockquote.abstract');
    await sleep(500);
    expect(await count(tab, PANEL)).toBe(0);
    expect(arxiv.external).toEqual([]);
    expect(arxiv.errors).toEqual([]);
  });

  test('a malformed file shows its errors with line numbers and stores nothing', async ({ ext }) => {
    const options = await ext.openPage('options.html', READY);
    await upload(options, 'input[type="file"][multiple]', onDisk('broken.md', BROKEN_MD));
    await options.waitForSelector('.op-preview tbody tr');
    const lines = await options.evaluate(() => [...document.querySelectorAll('.op-preview tbody tr li')].map((li) => li.textContent));
    expect(lines[2]).toMatch(/^3행: paper heading without an arXiv link/);
    expect(lines[4]).toBe('7행: HTML is not read, only <video src="https://…"></video> lines: "<script>alert(1)</script>"');
    expect(await text(options, '.op-preview tbody tr td:last-child')).toBe('오류가 있어 저장할 수 없습니다.');
    expect(await options.evaluate(() => document.querySelector<HTMLButtonElement>('.op-preview button.op-primary')?.disabled)).toBe(true);
    expect(Object.keys(await ext.storage()).filter((k) => k.startsWith('import'))).toEqual([]);
    // Firefox's way to the shortcut settings
    expect(await text(options, 'section[aria-labelledby="op-keys-h"]')).toContain('about:addons');
  });

  test('English on this device: what it is, nothing kept, and Translate every day now says there is no translator here (no error)', async ({ ext, arxiv }) => {
    const options = await ext.openPage('options.html', READY);
    const section = 'section[aria-labelledby="op-english-h"]';
    await expect.poll(() => text(options, `${section} .op-english-kept`)).toBe('이 기기에 보관된 영어 요약이 없습니다.');
    expect(await text(options, `${section} .op-hint`)).toContain('확장 프로그램 자체는 어떤 서버에도 요청을 보내지 않습니다');
    await (await buttonByText(options, '지금 모든 날짜 번역하기', { within: section })).click();
    await expect.poll(() => text(options, '#op-all-why'), { timeout: 20_000 }).toMatch(/^이 브라우저에는 내장 번역기가 없어 여기서는 영어 요약을 만들 수 없습니다\./);
    expect(await options.evaluate(() => document.querySelector<HTMLButtonElement>('button.op-translate-all')?.disabled)).toBe(true);
    expect(Object.keys(await ext.storage()).filter((k) => k.startsWith('t:') || k === 'translate-all')).toEqual([]);
    expect(arxiv.errors).toEqual([]);
  });

  test('the privacy link names the policy shipped in the package, and that page opens offline', async ({ ext }) => {
    const options = await ext.openPage('options.html', READY);
    expect(await options.evaluate(() => [...document.querySelectorAll('footer a')].map((a) => [a.getAttribute('href'), a.getAttribute('target')]))).toEqual([['privacy.html', '_blank']]);
    const policy = await ext.openPage('privacy.html', 'section[lang="ko"] h1');
    expect(await policy.evaluate(() => [...document.querySelectorAll('h1')].map((h) => h.textContent))).toEqual(['Privacy — arXiv Daily Papers', '개인정보 처리방침']);
    expect(await text(policy, 'section[lang="en"]')).toContain('makes no request to any server');
  });

  test('export → delete every day → restore gives back the same days, byte for byte', async ({ ext, firefox }) => {
    const options = await ext.openPage('options.html', READY);
    await importFiles(options, [onDisk(`${NEW_DATE}.md`, newDayMd()), onDisk(`${NEW_DATE}.en.json`, newDayEn()), onDisk(`${SECOND_DATE}.md`, secondDayMd())], `${NEW_DATE}, ${SECOND_DATE}`);
    const before = await storedDays(ext);
    expect(Object.keys(before).sort()).toEqual([`import:${NEW_DATE}`, `import:${SECOND_DATE}`]);
    expect(before[`import:${NEW_DATE}`]).toEqual({ md: newDayMd(), en: newDayEn() });

    const old = new Set(readdirSync(firefox.downloads));
    await options.click('section[aria-labelledby="op-backup-h"] .op-actions button');
    await expect.poll(() => text(options, 'section[aria-labelledby="op-backup-h"] .op-status')).toMatch(/^백업 파일을 만들었습니다: daily-papers-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const name = (await text(options, 'section[aria-labelledby="op-backup-h"] .op-status'))!.split(': ')[1]!;
    const saved = path.join(firefox.downloads, name);
    // Firefox writes a .part file first, then renames it
    await expect.poll(() => existsSync(saved) && !readdirSync(firefox.downloads).some((f) => f.endsWith('.part')), { timeout: 10_000 }).toBe(true);
    expect(old.has(name)).toBe(false);
    const backup = readFileSync(saved, 'utf8');
    rmSync(saved);

    await deleteDay(options, NEW_DATE);
    await deleteDay(options, SECOND_DATE);
    expect(await storedDays(ext)).toEqual({});

    await upload(options, 'input[type="file"]:not([multiple])', onDisk('restore.json', backup));
    await options.waitForSelector('section[aria-labelledby="op-backup-h"] .op-preview button.op-primary:not([disabled])');
    expect(await count(options, 'section[aria-labelledby="op-backup-h"] .op-preview tbody tr')).toBe(2);
    await options.click('section[aria-labelledby="op-backup-h"] .op-preview button.op-primary');
    await expect.poll(() => text(options, status('backup'))).toBe(`날짜 2개를 저장했습니다: ${NEW_DATE}, ${SECOND_DATE}.`);
    expect(await storedDays(ext)).toEqual(before);
  });
});

test.describe('Firefox: options page speed', () => {
  test('open time with 100 imported days (budget 300 ms) and import time of a 68-paper day (budget 1 s), measured', async ({ ext, firefox }) => {
    test.setTimeout(180_000);
    const saved = await firefox.control.evaluate((files) => browser.runtime.sendMessage({ type: 'daily-papers:importSave', files, confirm: [] }), syntheticDays(100, 15));
    expect((saved as { value: { saved: string[] } }).value.saved).toHaveLength(100);

    const page = await ext.openPage('options.html', 'table.op-days');
    const url = `${ext.origin}/options.html`;
    let n = 0;
    const open = async () => {
      const search = `?open=${++n}`;
      page.goto(`${url}${search}`, { timeout: 0 }).catch(() => undefined);
      // navigation start of the new document → its first frame with all 100 rows
      const t = await page.waitForFunction(
        (s) => location.search === s && document.querySelectorAll('table.op-days tbody tr').length === 100 && performance.now(),
        { polling: 'raf', timeout: 10_000 },
        search,
      );
      return (await t.jsonValue()) as number;
    };
    await open();
    const times: number[] = [];
    for (let i = 0; i < 7; i++) times.push(await open());
    console.log(`[options] open with 100 days (Firefox): median ${median(times).toFixed(0)} ms (${times.map((x) => x.toFixed(0)).join(', ')})`);
    expect(median(times)).toBeLessThan(budgetLimit(300));

    await clearImports(firefox);
    const options = await ext.openPage('options.html', READY);
    await options.evaluate(installActionClock);
    const runs: { preview: number; save: number }[] = [];
    for (const date of ['2025-07-01', '2025-07-02', '2025-07-03']) {
      const big = bigDayAs(date);
      const file = onDisk(big.name, big.text);
      await upload(options, 'input[type="file"][multiple]', file);
      const t1 = (await (await options.waitForFunction(() => document.querySelector('.op-preview button.op-primary:not([disabled])') && performance.now(), { polling: 'raf' })).jsonValue()) as number;
      expect(await text(options, '.op-preview tbody tr td:nth-of-type(2)')).toBe(String(big.papers));
      await options.click('.op-preview button.op-primary');
      const t3 = (await (await options.waitForFunction((d) => document.querySelector('section[aria-labelledby="op-import-h"] .op-status')?.textContent?.includes(d) && performance.now(), { polling: 'raf' }, date)).jsonValue()) as number;
      // from the file's change event to a usable preview, from the click on Save to the status line
      const at = await options.evaluate(actionTimes);
      runs.push({ preview: t1 - at.change!, save: t3 - at.click! });
    }
    console.log(`[options] import of a 68-paper day (Firefox): ${runs.map((t) => `preview ${t.preview.toFixed(0)} + save ${t.save.toFixed(0)} ms`).join('; ')}`);
    expect(median(runs.map((t) => t.preview + t.save))).toBeLessThan(budgetLimit(1000));
  });
});
