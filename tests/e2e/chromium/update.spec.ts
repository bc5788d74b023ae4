/**
 * An update that loses nothing, in Chromium: the previous release is installed in a profile, the reader
 * imports a day on the options page, sets the language and the panel preferences, and the extension caches
 * what it caches; then the next release is put in the same folder and loaded again (an update, see
 * chromium-profile.ts). Every imported day, preference and stored record is still there and still used,
 * panels show all through the refill of the lookup table, and records of an unknown version are kept and
 * reported.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page, type Worker } from '@playwright/test';
import { absPageOf } from '../archive-eras';
import { CHROME_BUILD } from '../browsers';
import { launchProfile } from '../chromium-profile';
import { serveArxiv } from '../fixtures';
import { file, importThroughPage, optionsOf } from '../options-ui';
import { panelOf } from '../panel-page';
import { installFiles, KNOWN, NEW_ONLY, NEW_VERSION, OLD_VERSION, updateReleases } from '../releases';
import { deviceEnglishPapers, deviceEnglishRecords, IMPORTED, importedDay, KNOWN_ENGLISH, NEW_ONLY_ENGLISH, PREFERENCES, readerRecords, UNKNOWN_VERSIONS, type ReaderRecords } from '../update-data';

let root: string;
let releases: Awaited<ReturnType<typeof updateReleases>>;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  root = mkdtempSync(path.join(tmpdir(), 'dp-update-chromium-'));
  releases = await updateReleases(CHROME_BUILD, root);
});
test.afterAll(() => rmSync(root, { recursive: true, force: true }));

const absUrl = (id: string) => `https://arxiv.org/abs/${id}`;

/** Everything of ours in storage but the lookup entries (megabytes), read in the extension. */
const stored = (sw: Worker): Promise<ReaderRecords> => sw.evaluate(readerRecords);
const marker = (sw: Worker) => sw.evaluate(async () => (await chrome.storage.local.get('lookup')).lookup as { ready?: boolean; version?: string } | undefined);

async function openAbs(page: Page, id: string) {
  await page.goto(absUrl(id));
  return panelOf(page);
}

test('an update keeps every imported day, preference and record; panels show all through the refill; unknown versions are kept and reported', async () => {
  test.setTimeout(180_000);
  const folder = path.join(root, 'extension');
  installFiles(releases.oldRelease, folder);
  const profile = await launchProfile(path.join(root, 'profile'));
  try {
    const { context } = profile;
    const arxiv = await serveArxiv(context);
    arxiv.serve(absUrl(KNOWN.id), 'abs-2311.12983.html');
    arxiv.serve(absUrl(NEW_ONLY.id), 'abs-unknown-2401.00001.html');
    arxiv.serveBody(absUrl(IMPORTED.id), absPageOf(IMPORTED.id), 'text/html; charset=utf-8');

    // The previous release, and what a reader and the extension leave in it.
    const id = await profile.load(folder);
    let sw = await profile.worker(OLD_VERSION);
    await expect.poll(() => marker(sw), { timeout: 60_000 }).toMatchObject({ ready: true, version: expect.stringMatching(/^1\.0\.0\//) });
    const options = await context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    await importThroughPage(options, [file(`${IMPORTED.date}.md`, importedDay())], [IMPORTED.date]);
    await sw.evaluate(
      async ([prefs, unknown]) => {
        const catalog = (await chrome.storage.local.get('imports')).imports as { v: number; days: Record<string, unknown> };
        // The unknown import record is listed in the catalog, as the version that wrote it would have listed it.
        await chrome.storage.local.set({ settings: prefs, ...unknown, imports: { ...catalog, days: { ...catalog.days, '2025-06-02': catalog.days['2025-06-01'] } } });
      },
      [PREFERENCES, { ...UNKNOWN_VERSIONS, ...deviceEnglishRecords() }] as const,
    );
    const before = await stored(sw);
    expect(before.ids).not.toContain(NEW_ONLY.id);
    expect(await options.evaluate(deviceEnglishPapers)).toBe(2);
    await options.close();

    // The update, and at once (the new background is refilling the table) the abs pages of a paper every
    // archive has, of one only the new archive has, and of one on the imported day.
    installFiles(releases.newRelease, folder);
    await profile.load(folder);
    const newAbs = async (paperId: string) => openAbs(await context.newPage(), paperId);
    const [known, newOnly, imported] = await Promise.all([newAbs(KNOWN.id), newAbs(NEW_ONLY.id), newAbs(IMPORTED.id)]);
    await expect(known.bullets.first()).toHaveText(KNOWN_ENGLISH);
    // In English (the preference), made on the device before the update for this paper's Korean.
    await expect(newOnly.bullets).toHaveText([NEW_ONLY_ENGLISH]);
    await expect(imported.bullets).toHaveText([IMPORTED.bullet]);
    sw = await profile.worker(NEW_VERSION);
    const duringPanels = await marker(sw);
    // The pages were served while the table was being refilled, which is what this test is about.
    expect(duringPanels?.ready === true && duringPanels.version?.startsWith(`${NEW_VERSION}/`), `marker when the panels showed: ${JSON.stringify(duringPanels)}`).toBe(false);
    // The preferences set before the update are the ones the panels use: English, collapsed, teaser shown.
    for (const panel of [known, newOnly, imported]) {
      await expect(panel.host.locator('section')).toHaveAttribute('lang', 'en');
      await expect(panel.body).toBeHidden();
    }
    await expect(known.list).toHaveAttribute('lang', 'en');
    await expect(imported.host.locator('.dp-teaser img')).toHaveAttribute('src', `https://example.org/teaser-${IMPORTED.id}.png`);

    await expect.poll(() => marker(sw), { timeout: 60_000 }).toMatchObject({ ready: true, version: expect.stringMatching(/^1\.1\.0\//) });
    const after = await stored(sw);
    // Nothing of the reader's was touched; the table now holds the new archive and the imported day.
    expect(after.records).toEqual(before.records);
    expect(after.ids).toEqual(expect.arrayContaining([KNOWN.id, NEW_ONLY.id, IMPORTED.id]));
    for (const p of [KNOWN, NEW_ONLY, IMPORTED]) {
      const page = await context.newPage();
      const panel = await openAbs(page, p.id);
      await expect(panel.host).toHaveAttribute('data-arxiv-id', p.id);
      await page.close();
    }

    // The options page lists the imported day, and the record of an unknown version as one it cannot read.
    const list = await context.newPage();
    await list.goto(`chrome-extension://${id}/options.html`);
    await expect(optionsOf(list).day(IMPORTED.date)).toBeVisible();
    await expect(list.locator('.op-problem[data-date="2025-06-02"]')).toContainText('newer version of the extension (format 99)');
    // The English made on this device before the update is the new version's too (the newer record aside).
    expect(await list.evaluate(deviceEnglishPapers)).toBe(2);
    expect(profile.console.join('\n')).toContain('[daily-papers] stored day import:2025-06-02 skipped, kept as it is');

    // Settings of an unknown version: the next start after an update reports them and keeps them.
    await sw.evaluate(() => chrome.storage.local.set({ settings: { v: 99, lang: 'en', layout: 'future' } }));
    await profile.load(folder);
    sw = await profile.worker(NEW_VERSION);
    await expect.poll(() => profile.console.join('\n')).toContain('stored settings settings written by a newer version of the extension (format 99)');
    expect((await stored(sw)).records.settings).toEqual({ v: 99, lang: 'en', layout: 'future' });
    const page = await context.newPage();
    // Read as the defaults meanwhile: Korean, expanded.
    const panel = await openAbs(page, KNOWN.id);
    await expect(panel.host.locator('section')).toHaveAttribute('lang', 'ko');
    await expect(panel.body).toBeVisible();
    expect(arxiv.external.filter((u) => !u.startsWith('https://example.org/teaser-'))).toEqual([]);
  } finally {
    await profile.close();
  }
});
