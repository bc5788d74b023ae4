/**
 * Firefox fixtures for Playwright Test. Playwright cannot drive Debian's firefox-esr, so these fixtures drive it with
 * puppeteer-core over WebDriver BiDi: one Firefox per worker with the production build (.output/firefox-mv2)
 * installed as a temporary add-on, arXiv pages served from saved fixtures at their real URLs through request
 * interception, and every other network request blocked and recorded. Specs must not use Playwright's own
 * `page` / `context` / `browser` fixtures.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import puppeteer, { type Browser, type ElementHandle, type HTTPRequest, type Page } from 'puppeteer-core';
import { FIREFOX_BUILD, FIREFOX_PATH, FIREFOX_QUIET_PREFS } from './browsers';
import { fixtureHtml, PANEL } from './fixtures';

export { expect, fixtureHtml, PANEL };

/** The installed extension in this worker's Firefox. */
export interface FirefoxExtension {
  browser: Browser;
  /** `browser_specific_settings.gecko.id` from the built manifest. */
  geckoId: string;
  /** moz-extension://<uuid> (the UUID is pinned through `extensions.webextensions.uuids`). */
  origin: string;
  /**
   * An extension page (popup.html, no tabId) kept open for the whole worker: it has the `browser.*` API and is used
   * to clear storage, read storage, list tabs, and record the messages content scripts send.
   */
  control: Page;
  /** Where this worker's Firefox saves downloads, without asking. */
  downloads: string;
}

export interface ArxivServer {
  /** Serve fixture `file` (in tests/e2e/fixtures/pages) at this arXiv URL; other arXiv URLs get a 404. */
  serve(url: string, file: string): void;
  /** Serve this HTML at an arXiv URL. */
  serveHtml(url: string, html: string): void;
  /** Non-arXiv http(s)/ws(s) requests that were blocked during the test. */
  external: string[];
  /** Page errors (uncaught exceptions, including content-script ones) and console errors, from every test page. */
  errors: string[];
  /** A new tab with the arXiv interception installed; closed at the end of the test. */
  newPage(): Promise<Page>;
}

export interface ExtensionHelpers {
  origin: string;
  /** storage.local as the extension sees it, without the lookup table the background wrote on install. */
  storage(): Promise<Record<string, unknown>>;
  /** The `tabs.Tab.id` of the open tab showing exactly this URL. */
  tabIdOf(url: string): Promise<number>;
  /** IDs the content scripts asked the background about since the test started. */
  requestedIds(): Promise<string[]>;
  /** Opens popup.html (optionally `?tabId=`) in a new intercepted tab and waits for the paper list or a state message. */
  openPopup(tabId?: number): Promise<Page>;
  /** Opens another extension page (`reader.html?date=…`) in a new intercepted tab and waits for `ready` (a selector). */
  openPage(path: string, ready: string): Promise<Page>;
}

type WorkerFixtures = { firefox: FirefoxExtension };
type TestFixtures = { arxiv: ArxivServer; tab: Page; ext: ExtensionHelpers };

const NOT_FOUND = '<!doctype html><title>Not found</title><p>Not found</p>';

export function readGeckoId(build = FIREFOX_BUILD): string {
  const manifest = JSON.parse(readFileSync(path.join(build, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: unknown } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (typeof id !== 'string' || !id) throw new Error(`${build}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

/**
 * Opens an extension page. `page.goto` to a moz-extension:// URL never resolves over BiDi, so the navigation is
 * started without awaiting it and the page's own content is awaited instead.
 */
export async function gotoExtensionPage(page: Page, url: string, ready: string): Promise<void> {
  page.goto(url, { timeout: 0 }).catch(() => undefined);
  // page.url() is not updated for these navigations: ask the document itself.
  const href = () => page.evaluate(() => location.href).catch(() => '');
  await expect.poll(href, { timeout: 10_000, message: `navigation to ${url}` }).toBe(url);
  await page.waitForSelector(ready, { timeout: 10_000 });
}

/**
 * Firefox ESR with the quiet prefs, add-ons installable from a folder, and the add-on `geckoId`'s internal
 * UUID pinned to `uuid` (so its pages are at moz-extension://<uuid>/), plus `prefs`.
 */
export function launchFirefox(geckoId: string, uuid: string, prefs: Record<string, unknown> = {}): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { ...FIREFOX_QUIET_PREFS, 'extensions.autoDisableScopes': 0, 'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }), ...prefs },
  });
}

/** Serves `pages` (URL → HTML) at their arXiv URLs in `page` (404 for other arXiv URLs); other hosts are blocked and recorded. */
export async function interceptArxiv(page: Page, pages: ReadonlyMap<string, string>, external: string[]): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (req: HTTPRequest) => {
    if (req.isInterceptResolutionHandled()) return;
    const url = new URL(req.url());
    // data:, blob:, moz-extension: … are not network requests (Firefox itself loads a data: font).
    if (!/^(https?|wss?):$/.test(url.protocol)) return void req.continue().catch(() => undefined);
    if (/(^|\.)arxiv\.org$/.test(url.hostname)) {
      const body = pages.get(url.href);
      return void req
        .respond(
          body === undefined ? { status: 404, contentType: 'text/html; charset=utf-8', body: NOT_FOUND } : { status: 200, contentType: 'text/html; charset=utf-8', body },
        )
        .catch(() => undefined);
    }
    external.push(url.href);
    return void req.abort('blockedbyclient').catch(() => undefined);
  });
}

/** `page.waitForTimeout` does not exist over BiDi. */
export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export const test = base.extend<TestFixtures, WorkerFixtures>({
  firefox: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const geckoId = readGeckoId();
      const uuid = randomUUID();
      const downloads = mkdtempSync(path.join(tmpdir(), 'dp-firefox-downloads-'));
      const ff = await launchFirefox(geckoId, uuid, {
        // downloads (the options page's backup) go to a known folder, without a dialog
        'browser.download.folderList': 2,
        'browser.download.dir': downloads,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.download.alwaysOpenPanel': false,
      });
      try {
        const installed = await ff.installExtension(FIREFOX_BUILD);
        if (installed !== geckoId) throw new Error(`installed add-on id ${installed}, manifest says ${geckoId}`);
        const origin = `moz-extension://${uuid}`;
        const control = await ff.newPage();
        await gotoExtensionPage(control, `${origin}/popup.html`, '#app > *');
        // The background page starts after installExtension resolves: wait until it answers lookups, or the first
        // test's content script could ask before anyone listens.
        await expect
          .poll(
            () =>
              control
                .evaluate(async () => {
                  const res: unknown = await browser.runtime.sendMessage({ type: 'daily-papers:lookup', id: '2311.12983' });
                  return typeof res === 'object' && res !== null && 'ok' in res;
                })
                .catch(() => false),
            { timeout: 15_000, message: 'the background page answers' },
          )
          .toBe(true);
        // Wait for the lookup table too, so the tests see the path users see.
        await expect
          .poll(() => control.evaluate(async () => ((await browser.storage.local.get('lookup')).lookup as { ready?: boolean } | undefined)?.ready === true), {
            timeout: 80_000,
            message: 'the background filled the lookup table',
          })
          .toBe(true);
        await control.evaluate(() => {
          const g = globalThis as unknown as { __dpSeen?: unknown[] };
          g.__dpSeen = [];
          browser.runtime.onMessage.addListener((m: unknown) => {
            g.__dpSeen!.push(m);
            return undefined; // never answers: the background does
          });
        });
        await use({ browser: ff, geckoId, origin, control, downloads });
      } finally {
        await ff.close();
        rmSync(downloads, { recursive: true, force: true });
      }
    },
    { scope: 'worker', timeout: 120_000 },
  ],

  arxiv: async ({ firefox }, use) => {
    // Fresh preferences and message log for every test; the browser itself is shared by the worker.
    // The background's lookup table (written on install) stays.
    await firefox.control.evaluate(async () => {
      const all = await browser.storage.local.get(null);
      const keep = (k: string) => k === 'lookup' || k === 'lookup:ids' || k.startsWith('p:');
      await browser.storage.local.remove(Object.keys(all).filter((k) => !keep(k)));
      (globalThis as unknown as { __dpSeen: unknown[] }).__dpSeen.length = 0;
    });
    const pages = new Map<string, string>();
    const opened: Page[] = [];
    const server: ArxivServer = {
      serve: (url, file) => void pages.set(new URL(url).href, fixtureHtml(file)),
      serveHtml: (url, html) => void pages.set(new URL(url).href, html),
      external: [],
      errors: [],
      async newPage() {
        const page = await firefox.browser.newPage();
        opened.push(page);
        // Over BiDi an Error object logged to the console arrives as "JSHandle@error" (its message is not readable
        // from here); the source location at least tells the content script from the page.
        page.on('pageerror', (e) => server.errors.push(`pageerror: ${e instanceof Error ? e.message : String(e)}`));
        page.on('console', (m) => {
          if (m.type() === 'error') server.errors.push(`console.error: ${m.text()} (at ${m.location().url ?? '?'})`);
        });
        await interceptArxiv(page, pages, server.external);
        return page;
      },
    };
    await use(server);
    for (const page of opened) await page.close().catch(() => undefined);
  },

  tab: async ({ arxiv }, use) => use(await arxiv.newPage()),

  ext: async ({ firefox, arxiv }, use) => {
    const { control, origin } = firefox;
    await use({
      origin,
      storage: () =>
        control.evaluate(async () => {
          const all = await browser.storage.local.get(null);
          return Object.fromEntries(Object.entries(all).filter(([k]) => k !== 'lookup' && k !== 'lookup:ids' && !k.startsWith('p:')));
        }),
      async tabIdOf(url) {
        let id: number | undefined;
        await expect
          .poll(async () => {
            id = await control.evaluate(async (u) => (await browser.tabs.query({})).find((t) => t.url === u)?.id, url);
            return id;
          }, { message: `a tab showing ${url}` })
          .toEqual(expect.any(Number));
        return id!;
      },
      requestedIds: () =>
        control.evaluate(() =>
          (globalThis as unknown as { __dpSeen: unknown[] }).__dpSeen.flatMap((m) =>
            m && typeof m === 'object' && 'id' in m && typeof m.id === 'string' ? [m.id] : [],
          ),
        ),
      async openPopup(tabId) {
        const page = await arxiv.newPage();
        const url = `${origin}/popup.html${tabId === undefined ? '' : `?tabId=${tabId}`}`;
        await gotoExtensionPage(page, url, 'li.pp-item, .pp-state');
        return page;
      },
      async openPage(path, ready) {
        const page = await arxiv.newPage();
        await gotoExtensionPage(page, `${origin}/${path}`, ready);
        return page;
      },
    });
  },
});

/** What a test needs to know about the panel on a page (in its open shadow root). */
export interface PanelState {
  /** Number of panel hosts in the document. */
  hosts: number;
  /** Tag name (lower case) of the element right after blockquote.abstract. */
  afterAbstract: string | null;
  /** The language of the bullets. */
  lang: string | null;
  /** The language of the panel's own strings (the switch's). */
  ui: string | null;
  /** The English status line (no translator here: its plain sentence). */
  status: string | null;
  bullets: string[];
  /** aria-pressed of the 한국어 / English buttons. */
  pressed: Record<string, string | null>;
  links: string[];
}

export function panelState(page: Page): Promise<PanelState> {
  return page.evaluate((tag) => {
    const root = document.querySelector(tag)?.shadowRoot ?? null;
    const list = root?.querySelector('.dp-bullets') ?? null;
    const pressed: Record<string, string | null> = {};
    for (const b of root?.querySelectorAll('button') ?? []) {
      const label = b.textContent?.trim() ?? '';
      if (label === '한국어' || label === 'English') pressed[label] = b.getAttribute('aria-pressed');
    }
    return {
      hosts: document.querySelectorAll(tag).length,
      afterAbstract: document.querySelector('blockquote.abstract')?.nextElementSibling?.tagName.toLowerCase() ?? null,
      lang: list?.getAttribute('lang') ?? null,
      // The panel's own language (its strings), which follows the switch even where the bullets stay Korean.
      ui: root?.querySelector('section')?.getAttribute('lang') ?? null,
      status: root?.querySelector('.dp-english-status')?.textContent ?? null,
      bullets: [...(list?.querySelectorAll(':scope > li') ?? [])].map((li) => li.textContent ?? ''),
      pressed,
      links: [...(root?.querySelectorAll('a[href]') ?? [])].map((a) => `${a.getAttribute('href')} ${a.textContent}`),
    };
  }, PANEL);
}

/**
 * The button whose text is exactly `label`, inside the shadow root of `shadowHost` or inside the element `within`
 * (a CSS selector). Waits until it exists.
 */
export async function buttonByText(
  page: Page,
  label: string,
  where: { shadowHost: string } | { within: string },
): Promise<ElementHandle<HTMLButtonElement>> {
  const [host, within] = 'shadowHost' in where ? [where.shadowHost, ''] : ['', where.within];
  const handle = await page.waitForFunction(
    (hostSel, withinSel, text) => {
      const scope: ParentNode | null = hostSel
        ? (document.querySelector(hostSel)?.shadowRoot ?? null)
        : document.querySelector(withinSel);
      return [...(scope?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim() === text) ?? false;
    },
    { timeout: 10_000 },
    host,
    within,
    label,
  );
  const el = handle.asElement();
  if (!el) throw new Error(`no button "${label}" in ${JSON.stringify(where)}`);
  return el as ElementHandle<HTMLButtonElement>;
}

/** A marker in the page's own JS realm: gone after a reload or navigation. */
export async function markNoReload(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __dpNoReload?: boolean }).__dpNoReload = true;
  });
}

export function wasReloaded(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __dpNoReload?: boolean }).__dpNoReload !== true);
}

/** The page's DOM serialised, and the same fixture parsed fresh by the same browser. */
export function domVersusSource(page: Page, html: string): Promise<{ live: string; source: string }> {
  return page.evaluate((src) => {
    const fresh = new DOMParser().parseFromString(src, 'text/html');
    return { live: document.documentElement.outerHTML, source: fresh.documentElement.outerHTML };
  }, html);
}

