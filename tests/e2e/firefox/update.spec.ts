/**
 * An update that loses nothing, in Firefox ESR (puppeteer-core over WebDriver BiDi): the previous release is
 * installed as a temporary add-on, the reader imports a day on the options page and sets the preferences;
 * then the next release, with the same add-on ID, is installed over it. Checked here with Firefox ESR 153:
 * that is an upgrade (`runtime.onInstalled` `{ reason: 'update', previousVersion, temporary: true }`) and
 * storage.local is kept. Every imported day, preference and stored record is still there and used, panels
 * show all through the refill, and records of an unknown version are kept and reported.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { absPageOf } from '../archive-eras';
import { FIREFOX_BUILD } from '../browsers';
import { expect, fixtureHtml, gotoExtensionPage, interceptArxiv, launchFirefox, panelState, PANEL, readGeckoId, test } from '../firefox-fixtures';
import { KNOWN, NEW_ONLY, NEW_VERSION, OLD_VERSION, updateReleases } from '../releases';
import { deviceEnglishPapers, deviceEnglishRecords, IMPORTED, importedDay, KNOWN_ENGLISH, NEW_ONLY_ENGLISH, PREFERENCES, readerRecords, UNKNOWN_VERSIONS } from '../update-data';

let root: string;
let releases: Awaited<ReturnType<typeof updateReleases>>;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  root = mkdtempSync(path.join(tmpdir(), 'dp-update-firefox-'));
  releases = await updateReleases(FIREFOX_BUILD, root);
});
test.afterAll(() => rmSync(root, { recursive: true, force: true }));

const absUrl = (id: string) => `https://arxiv.org/abs/${id}`;
const OPTIONS_READY = '.op-empty, table.op-days';

type Marker = { ready?: boolean; version?: string } | undefined;
const marker = (page: Page): Promise<Marker> => page.evaluate(async () => (await browser.storage.local.get('lookup')).lookup as Marker);

/** What the panel of a page shows, beyond `panelState`: the UI language and whether its body is collapsed. */
const panelView = (page: Page) =>
  page.evaluate((tag) => {
    const root = document.querySelector(tag)?.shadowRoot;
    return {
      id: document.querySelector<HTMLElement>(tag)?.dataset.arxivId ?? null,
      lang: root?.querySelector('section')?.getAttribute('lang') ?? null,
      collapsed: root?.querySelector('.dp-body')?.hasAttribute('hidden') ?? null,
      teaser: root?.querySelector('.dp-teaser img')?.getAttribute('src') ?? null,
    };
  }, PANEL);

test('Firefox: an update keeps every imported day, preference and record; panels show all through the refill; unknown versions are kept', async () => {
  test.setTimeout(180_000);
  const uuid = randomUUID();
  const origin = `moz-extension://${uuid}`;
  const ff: Browser = await launchFirefox(readGeckoId(releases.oldRelease), uuid);
  try {
    const pages = new Map([
      [absUrl(KNOWN.id), fixtureHtml('abs-2311.12983.html')],
      [absUrl(NEW_ONLY.id), fixtureHtml('abs-unknown-2401.00001.html')],
      [absUrl(IMPORTED.id), absPageOf(IMPORTED.id)],
    ]);
    const external: string[] = [];
    const newTab = async () => {
      const page = await ff.newPage();
      await interceptArxiv(page, pages, external);
      return page;
    };
    const extensionPage = async (file: string, ready: string) => {
      const page = await newTab();
      await gotoExtensionPage(page, `${origin}/${file}`, ready);
      return page;
    };
    const openAbs = async (id: string) => {
      const page = await newTab();
      await page.goto(absUrl(id));
      return page;
    };

    // The previous release, and what a reader and the extension leave in it.
    await ff.installExtension(releases.oldRelease);
    let options = await extensionPage('options.html', OPTIONS_READY);
    await expect.poll(() => marker(options), { timeout: 60_000 }).toMatchObject({ ready: true, version: expect.stringMatching(/^1\.0\.0\//) });
    const upload = path.join(root, `${IMPORTED.date}.md`);
    writeFileSync(upload, importedDay());
    const input = await options.waitForSelector('input[type="file"][multiple]');
    await (input as unknown as { uploadFile(...p: string[]): Promise<void> }).uploadFile(upload);
    await options.waitForSelector('.op-preview button.op-primary:not([disabled])');
    await options.click('.op-preview button.op-primary');
    await options.waitForSelector(`table.op-days tr[data-date="${IMPORTED.date}"]`);
    await options.evaluate(
      async (prefs, unknown) => {
        const catalog = (await browser.storage.local.get('imports')).imports as { v: number; days: Record<string, unknown> };
        await browser.storage.local.set({ settings: prefs, ...unknown, imports: { ...catalog, days: { ...catalog.days, '2025-06-02': catalog.days['2025-06-01'] } } });
      },
      PREFERENCES,
      { ...UNKNOWN_VERSIONS, ...deviceEnglishRecords() },
    );
    const before = await options.evaluate(readerRecords);
    expect(before.ids).not.toContain(NEW_ONLY.id);
    expect(await options.evaluate(deviceEnglishPapers)).toBe(2);
    expect(await options.evaluate(() => browser.runtime.getManifest().version)).toBe(OLD_VERSION);

    // The update, and at once (the new background is refilling the table) the abs pages.
    await ff.installExtension(releases.newRelease);
    const [known, newOnly, imported] = await Promise.all([openAbs(KNOWN.id), openAbs(NEW_ONLY.id), openAbs(IMPORTED.id)]);
    // Three tabs load at once while the new background starts and refills its table: on a loaded machine
    // that alone took over 5 s, so the polls wait longer (what they check is what is shown, not how fast).
    const shown = { timeout: 20_000 };
    await expect.poll(async () => (await panelState(known)).bullets[0] ?? '', shown).toMatch(KNOWN_ENGLISH);
    // In English (the preference), made on the device before the update for this paper's Korean.
    await expect.poll(async () => (await panelState(newOnly)).bullets, shown).toEqual([NEW_ONLY_ENGLISH]);
    await expect.poll(async () => (await panelState(imported)).bullets, shown).toEqual([IMPORTED.bullet]);
    const control = await extensionPage('popup.html', '#app > *');
    expect(await control.evaluate(() => browser.runtime.getManifest().version)).toBe(NEW_VERSION);
    const duringPanels = await marker(control);
    expect(duringPanels?.ready === true && duringPanels.version?.startsWith(`${NEW_VERSION}/`), `marker when the panels showed: ${JSON.stringify(duringPanels)}`).toBe(false);
    // The preferences set before the update are the ones the panels use: English, collapsed, teaser shown.
    for (const page of [known, newOnly, imported]) expect(await panelView(page)).toMatchObject({ lang: 'en', collapsed: true });
    expect((await panelView(imported)).teaser).toBe(`https://example.org/teaser-${IMPORTED.id}.png`);

    await expect.poll(() => marker(control), { timeout: 90_000 }).toMatchObject({ ready: true, version: expect.stringMatching(/^1\.1\.0\//) });
    const after = await control.evaluate(readerRecords);
    expect(after.records).toEqual(before.records);
    expect(after.ids).toEqual(expect.arrayContaining([KNOWN.id, NEW_ONLY.id, IMPORTED.id]));
    for (const p of [KNOWN, NEW_ONLY, IMPORTED]) {
      const page = await openAbs(p.id);
      await expect.poll(async () => (await panelView(page)).id).toBe(p.id);
      await page.close();
    }

    // The options page lists the imported day, and the record of an unknown version as one it cannot read.
    options = await extensionPage('options.html', OPTIONS_READY);
    await options.waitForSelector(`table.op-days tr[data-date="${IMPORTED.date}"]`);
    expect(await options.evaluate(() => document.querySelector('.op-problem[data-date="2025-06-02"]')?.textContent ?? '')).toContain('newer version of the extension (format 99)');
    // The English made on this device before the update is the new version's too (the newer record aside).
    expect(await options.evaluate(deviceEnglishPapers)).toBe(2);

    // Settings of an unknown version survive the next update too, and are read as the defaults meanwhile.
    await control.evaluate(() => browser.storage.local.set({ settings: { v: 99, lang: 'en', layout: 'future' } }));
    await ff.installExtension(releases.newRelease);
    const again = await extensionPage('popup.html', '#app > *');
    expect((await again.evaluate(readerRecords)).records.settings).toEqual({ v: 99, lang: 'en', layout: 'future' });
    const page = await openAbs(KNOWN.id);
    await expect.poll(async () => (await panelView(page)).lang).toBe('ko');
    expect((await panelView(page)).collapsed).toBe(false);
    expect(external.filter((u) => !u.startsWith('https://example.org/teaser-'))).toEqual([]);
  } finally {
    await ff.close();
  }
});
