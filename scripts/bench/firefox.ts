/**
 * Firefox: cold and warm time to panel with the Firefox build (no budget; reported). Playwright cannot
 * drive Debian's firefox-esr, so this uses puppeteer-core over WebDriver BiDi, like the e2e suite
 * (tests/e2e/firefox-fixtures.ts), with the same fixture page and delays as the Chromium rounds.
 *
 * "Cold" must mean a fresh start of a browser that already has the extension, which a temporary add-on
 * (puppeteer's installExtension, what the e2e suite uses) cannot give: it is gone at the next start. So
 * each dataset gets a persistent profile whose extensions/ folder holds a proxy file (a file named after
 * the add-on ID that contains the path of the unpacked build), which Firefox installs as a regular
 * profile add-on (unsigned add-ons are allowed by xpinstall.signatures.required=false, honoured by ESR).
 *  - install start: the first start of the profile installs the add-on; the fill watch (measure-fill.ts)
 *    runs from an extension page, and a lookup must be answered, or the run fails;
 *  - cold: each later start, the first abs load, sent as soon as the browser accepts commands (the
 *    background page is starting with the browser, as when a reader opens Firefox on an arXiv tab);
 *  - warm: the next loads in that same browser, each in a new tab.
 * Starts are interleaved across datasets in a shuffled order. The build's background is an MV2 page
 * (see its manifest): no idle stop like Chromium's service worker, so there is no "after stop" case.
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import path from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { arxivResponder } from './fixture';
import { FIREFOX_PATH, FIREFOX_QUIET_PREFS } from '../../tests/e2e/browsers';
import { fillWatchExpression, type FillWatch } from './measure-fill';
import { ABS_URL } from './measure-page';
import type { Rng } from './prng';
import { RECORDER, readRecorded, type Recorded } from './recorder';
import type { FirefoxResult, PanelTiming } from './samples';

export const FIREFOX = FIREFOX_PATH;

/** The e2e suite's quiet prefs, plus profile add-ons enabled at startup. */
const PREFS: Record<string, unknown> = {
  ...FIREFOX_QUIET_PREFS,
  // Install and enable the profile's add-ons at startup without asking.
  'extensions.autoDisableScopes': 0,
  'extensions.enabledScopes': 15,
  'extensions.startupScanScopes': 15,
};

const WAIT_MS = 15_000;
const TAB_SETTLE_MS = 50;
const GAP_MS = 100;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function firefoxVersion(): Promise<string> {
  try {
    return (await promisify(execFile)(FIREFOX, ['--version'])).stdout.trim();
  } catch {
    return 'unknown';
  }
}

export interface FirefoxBuild {
  name: string;
  firefoxDir: string;
}

export interface FirefoxOptions {
  /** Fresh starts per dataset after the install start (each gives one cold sample). */
  starts: number;
  /** Warm loads after the cold one in each start. */
  warmPerStart: number;
  fill: FillWatch;
  html: string;
  latencyScale: number;
  tmp: string;
}

interface Profile {
  build: FirefoxBuild;
  dir: string;
  geckoId: string;
  uuid: string;
  result: FirefoxResult;
}

async function prepareProfile(build: FirefoxBuild, tmp: string, index: number): Promise<Profile> {
  const manifest = JSON.parse(await readFile(path.join(build.firefoxDir, 'manifest.json'), 'utf8')) as { browser_specific_settings?: { gecko?: { id?: string } } };
  const geckoId = manifest.browser_specific_settings?.gecko?.id;
  if (!geckoId) throw new Error(`${build.firefoxDir}/manifest.json has no gecko id`);
  const dir = path.join(tmp, 'firefox', build.name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(path.join(dir, 'extensions'), { recursive: true });
  await writeFile(path.join(dir, 'extensions', geckoId), `${path.resolve(build.firefoxDir)}\n`);
  // A fixed moz-extension:// UUID per profile, so the install start can open an extension page.
  const uuid = `00000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`;
  return { build, dir, geckoId, uuid, result: { cold: [], warm: [], fill: null, external: [] } };
}

function launch(p: Profile): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: p.dir,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { ...PREFS, 'extensions.webextensions.uuids': JSON.stringify({ [p.geckoId]: p.uuid }) },
  });
}

async function interceptedPage(ff: Browser, p: Profile, respond: ReturnType<typeof arxivResponder>): Promise<Page> {
  const page = await ff.newPage();
  await page.setRequestInterception(true);
  page.on('request', (req: HTTPRequest) => {
    if (req.isInterceptResolutionHandled()) return;
    const href = req.url();
    // data:, blob:, moz-extension: … are not network requests.
    if (!/^https?:/.test(href)) return void req.continue().catch(() => undefined);
    void respond(href).then((answer) => {
      if (answer === 'external') {
        p.result.external.push(href);
        return req.abort('blockedbyclient');
      }
      return req.respond({ status: answer.status, contentType: answer.contentType, body: answer.body, headers: answer.headers ?? {} });
    }).catch(() => undefined);
  });
  await page.evaluateOnNewDocument(RECORDER);
  return page;
}

async function loadAbs(ff: Browser, p: Profile, respond: ReturnType<typeof arxivResponder>): Promise<PanelTiming> {
  const page = await interceptedPage(ff, p, respond);
  try {
    await sleep(TAB_SETTLE_MS);
    await page.goto(ABS_URL, { waitUntil: 'load', timeout: 30_000 });
    const rec = (await page.evaluate(readRecorded('load+panel', WAIT_MS))) as Recorded;
    if (rec.load === null || rec.dcl === null) throw new Error(`firefox ${p.build.name}: no load event`);
    return { panel: rec.panel, bullets: rec.bullets, load: rec.load, dcl: rec.dcl };
  } finally {
    await page.close().catch(() => undefined);
  }
}

/**
 * The first start: installs the add-on. An extension page proves it is there (a lookup is answered) and
 * watches the fill. `page.goto` to a moz-extension:// URL never resolves over BiDi, so the navigation is
 * not awaited; the document is polled instead (as in the e2e fixtures).
 */
async function installStart(p: Profile, fill: FillWatch): Promise<void> {
  const ff = await launch(p);
  try {
    const page = await ff.newPage();
    const url = `moz-extension://${p.uuid}/popup.html`;
    page.goto(url, { timeout: 0 }).catch(() => undefined);
    const deadline = performance.now() + 20_000;
    for (;;) {
      const answered = await page
        .evaluate(`(async () => location.href === ${JSON.stringify(url)} && !!(await browser.runtime.sendMessage({ type: 'daily-papers:lookup', id: '2311.12983' })))()`)
        .catch(() => false);
      if (answered === true) break;
      if (performance.now() > deadline) throw new Error(`firefox ${p.build.name}: the add-on did not answer after install (profile ${p.dir})`);
      await sleep(200);
    }
    p.result.fill = (await page.evaluate(fillWatchExpression(fill))) as FirefoxResult['fill'];
  } finally {
    await ff.close();
  }
}

export async function measureFirefox(builds: FirefoxBuild[], o: FirefoxOptions, rng: Rng, log: (s: string) => void): Promise<Map<string, FirefoxResult>> {
  const respond = arxivResponder(o.html, o.latencyScale);
  const profiles: Profile[] = [];
  for (const [i, b] of builds.entries()) profiles.push(await prepareProfile(b, o.tmp, i));
  for (const p of profiles) {
    await installStart(p, o.fill);
    log(`firefox ${p.build.name}: installed, fill ${p.result.fill?.ms === null || !p.result.fill ? `not seen (${p.result.fill?.ended ?? '?'})` : `${p.result.fill.ms.toFixed(0)} ms`}`);
  }
  for (let i = 0; i < o.starts; i++) {
    for (const p of rng.shuffle(profiles)) {
      const ff = await launch(p);
      try {
        p.result.cold.push(await loadAbs(ff, p, respond));
        for (let w = 0; w < o.warmPerStart; w++) {
          await sleep(GAP_MS);
          p.result.warm.push(await loadAbs(ff, p, respond));
        }
      } finally {
        await ff.close();
      }
    }
    log(`firefox: start ${i + 1}/${o.starts}`);
  }
  return new Map(profiles.map((p) => [p.build.name, p.result]));
}
