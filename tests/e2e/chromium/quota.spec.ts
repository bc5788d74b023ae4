/**
 * Storage faults in Chromium, with a real quota: a release whose manifest leaves out `unlimitedStorage`, so
 * storage.local has Chrome's 10 MiB (10,485,760 bytes), and an archive whose lookup table does not fit in it.
 *
 * What Chromium 156 does (checked here): the real archive's table takes 10,301,735 bytes, just under the
 * quota, so the archive here has ~700 more papers. A write over the quota is refused whole with
 * "Resource::kQuotaBytes quota exceeded" (nothing of it stored). Here: the fill fails part-way and drops its
 * table, panels still show (the background answers them), an import that does not fit says so in plain words
 * on the options page and stores nothing, and once room is made the same Save goes through.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page, type Worker } from '@playwright/test';
import { CHROME_BUILD } from '../browsers';
import { launchProfile } from '../chromium-profile';
import { serveArxiv } from '../fixtures';
import { bigDayAs, syntheticDays } from '../options-page';
import { deleteThroughPage, file, importThroughPage, optionsOf } from '../options-ui';
import { panelOf } from '../panel-page';
import { compileArchive, installFiles, KNOWN, makeRelease, NEW_ONLY, newOnlyDay } from '../releases';

const QUOTA = 10 * 1024 * 1024;
const VERSION = '1.1.0';

let root: string;
let release: string;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  root = mkdtempSync(path.join(tmpdir(), 'dp-quota-'));
  const data = path.join(root, 'data');
  await compileArchive(data, { digests: () => true, extra: [{ name: `${NEW_ONLY.date}.md`, text: newOnlyDay() }, ...syntheticDays(70, 10)] });
  release = makeRelease(CHROME_BUILD, data, path.join(root, 'release'), { version: VERSION, limitedStorage: true });
});
test.afterAll(() => rmSync(root, { recursive: true, force: true }));

const bytesInUse = (sw: Worker) => sw.evaluate(() => chrome.storage.local.getBytesInUse(null));
const records = (sw: Worker) =>
  sw.evaluate(async () => {
    const keys = (await chrome.storage.local.getKeys()).filter((k) => k === 'settings' || k === 'imports' || k.startsWith('import:'));
    return chrome.storage.local.get(keys);
  });

/** Days imported under dates of their own: the archive's 68-paper day, ~118 KB each. */
const day = (n: number, first = 0) => Array.from({ length: n }, (_, i) => bigDayAs(`2027-${String(1 + Math.floor((first + i) / 28)).padStart(2, '0')}-${String(1 + ((first + i) % 28)).padStart(2, '0')}`));

/** What one imported day takes in storage.local: its record and its catalog entry, as Chromium counts bytes. */
function storedBytes(d: { name: string; text: string; papers: number }): number {
  const date = d.name.slice(0, 10);
  const record = { v: 2, date, md: d.text, replacesBundled: false, importedAt: '2025-06-01T10:00:00.000Z' };
  const entry = { papers: d.papers, digest: true, english: false, replacesBundled: false, importedAt: record.importedAt, bytes: 123456 };
  return Buffer.byteLength(`import:${date}`) + Buffer.byteLength(JSON.stringify(record)) + Buffer.byteLength(JSON.stringify({ [date]: entry }));
}

async function openAbs(page: Page, id: string) {
  await page.goto(`https://arxiv.org/abs/${id}`);
  return panelOf(page);
}

test('over the quota: the fill fails cleanly, panels still show, an import that does not fit says so and stores nothing, and Save works once there is room', async () => {
  test.setTimeout(240_000);
  const folder = path.join(root, 'extension');
  installFiles(release, folder);
  const profile = await launchProfile(path.join(root, 'profile'));
  try {
    const { context } = profile;
    const arxiv = await serveArxiv(context);
    arxiv.serve(`https://arxiv.org/abs/${KNOWN.id}`, 'abs-2311.12983.html');
    arxiv.serve(`https://arxiv.org/abs/${NEW_ONLY.id}`, 'abs-unknown-2401.00001.html');
    const id = await profile.load(folder);
    const sw = await profile.worker(VERSION);

    // The fill runs out of room part-way: it says so, and takes its table away again.
    await expect.poll(() => sw.evaluate(async () => (await chrome.storage.local.get('lookup')).lookup), { timeout: 90_000 }).toMatchObject({
      version: expect.stringMatching(/^1\.1\.0\//),
      failed: { error: 'Resource::kQuotaBytes quota exceeded' },
    });
    expect(await bytesInUse(sw)).toBeLessThan(1000);
    expect(profile.console.join('\n')).toContain('[daily-papers] filling the lookup table Error: Resource::kQuotaBytes quota exceeded');

    // Panels still show: without a table, the background answers.
    const page = await context.newPage();
    await expect((await openAbs(page, KNOWN.id)).host).toHaveAttribute('data-arxiv-id', KNOWN.id);
    await expect((await openAbs(page, NEW_ONLY.id)).bullets).toHaveText([NEW_ONLY.bullet]);

    // The reader's own data: the language, and three imported days.
    const options = await context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    await options.getByRole('button', { name: 'English' }).click();
    const first = day(3);
    await importThroughPage(options, first.map((d) => file(d.name, d.text)), first.map((d) => d.name.slice(0, 10)));
    const before = await records(sw);
    expect(before.settings).toMatchObject({ lang: 'en' });

    // An import that does not fit next to them, but would alone.
    const used = await bytesInUse(sw);
    const big: ReturnType<typeof day> = [];
    let size = 0;
    while (size + storedBytes(day(1, 3 + big.length)[0]!) < QUOTA - used / 2) {
      big.push(day(1, 3 + big.length)[0]!);
      size += storedBytes(big.at(-1)!);
    }
    expect(used + size).toBeGreaterThan(QUOTA);
    const o = optionsOf(options);
    await o.pick.setInputFiles(big.map((d) => file(d.name, d.text)));
    await expect(o.save).toBeEnabled({ timeout: 30_000 });
    await o.save.click();
    const failed = o.status('import');
    await expect(failed).toHaveAttribute('role', 'alert', { timeout: 30_000 });
    await expect(failed).toContainText('Not saved: the storage the browser gives this extension is full. What was stored before is unchanged.');
    await expect(failed.locator('.op-detail')).toHaveText('Resource::kQuotaBytes quota exceeded');
    expect(await records(sw)).toEqual(before);
    for (const d of first) await expect(o.day(d.name.slice(0, 10))).toBeVisible();

    // Room made by deleting the three days; the preview is still there, and the same Save goes through.
    for (const d of first) await deleteThroughPage(options, d.name.slice(0, 10));
    await o.save.click();
    await expect(o.status('import')).toContainText(`Saved ${big.length} days`, { timeout: 60_000 });
    await expect(o.days).toHaveCount(big.length);
    expect((await records(sw)).settings).toEqual(before.settings);
    // The table cannot be written next to them either: pages keep asking the background.
    await expect((await openAbs(page, KNOWN.id)).host).toHaveAttribute('data-arxiv-id', KNOWN.id);
  } finally {
    await profile.close();
  }
});
