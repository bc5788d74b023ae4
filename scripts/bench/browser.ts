/**
 * One headless Chromium per configuration (no extension, or the build of one dataset), each with the
 * arXiv route and a main-world recorder. Separate browsers, not separate contexts of one browser,
 * because an unpacked extension is loaded per browser profile.
 */
import { chromium, type BrowserContext, type CDPSession, type Worker } from '@playwright/test';
import { routeArxiv, type ArxivRoute, type Listings } from './fixture';
import { RECORDER } from './recorder';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Config {
  /** 'none', a dataset name (9, 1k, 20k, real) or a reference extension's name. */
  name: string;
  extDir?: string;
  /** Whether loads wait for the panel; default: with an extension. (False for comparison extensions.) */
  expectPanel?: boolean;
  /** A reference extension (references.ts, reference-stack.ts): page loads and its popup, no cold-start or memory runs. */
  reference?: boolean;
  /** The listing pages this browser is served, by URL (fixture.ts): its dataset's known papers, none. */
  listings?: Listings;
  /**
   * The same build measured in another state: `en` shows English made on this device (english-seed.ts), so
   * its abs loads go to the English rows, paired with the Korean loads of the build of the same name.
   */
  variant?: 'en';
  /** The dataset a variant belongs to. */
  dataset?: string;
}

export interface Session {
  config: Config;
  context: BrowserContext;
  route: ArxivRoute;
  extensionId?: string;
  launchedAt: number;
}

export async function launch(config: Config, html: string, latencyScale = 1): Promise<Session> {
  const args = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];
  // The baseline gets the same flags minus the extension, so the only difference is the extension.
  if (config.extDir) args.unshift(`--disable-extensions-except=${config.extDir}`, `--load-extension=${config.extDir}`);
  const context = await chromium.launchPersistentContext('', { executablePath: CHROMIUM, headless: true, args });
  const route = await routeArxiv(context, html, latencyScale, config.listings);
  await context.addInitScript({ content: RECORDER });
  const session: Session = { config, context, route, launchedAt: performance.now() };
  if (config.extDir) {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    session.extensionId = new URL(sw.url()).host;
  }
  return session;
}

/** The extension's service worker as Playwright currently knows it (it may have been restarted). */
export function serviceWorker(s: Session): Worker {
  const sw = s.context.serviceWorkers().at(-1);
  if (!sw) throw new Error(`${s.config.name}: no service worker`);
  return sw;
}

/** The browser's tab ID of the first open tab on an abs page (the popup's ?tabId=). */
export async function absTabId(s: Session): Promise<number> {
  const tabs = await serviceWorker(s).evaluate(() => chrome.tabs.query({ url: 'https://arxiv.org/abs/*' }));
  const id = tabs[0]?.id;
  if (id === undefined) throw new Error(`${s.config.name}: no abs tab visible to the extension`);
  return id;
}

/**
 * A CDP session on an extension page: its ServiceWorker domain reaches the extension's worker, which
 * Playwright does not expose to newCDPSession (pages and frames only).
 */
export async function extensionPageSession(s: Session): Promise<{ cdp: CDPSession; close: () => Promise<void> }> {
  const page = await s.context.newPage();
  // The manifest, shown as a document: an extension-origin page that runs no extension code.
  await page.goto(`chrome-extension://${s.extensionId}/manifest.json`);
  const cdp = await s.context.newCDPSession(page);
  return { cdp, close: () => page.close() };
}

/** Stops the extension's service worker (as Chromium does after 30 s idle) and waits until it is stopped. */
export async function stopServiceWorker(cdp: CDPSession, extensionId: string): Promise<void> {
  const scope = `chrome-extension://${extensionId}/`;
  let status = 'unknown';
  const onVersions = (e: { versions: { scriptURL: string; runningStatus: string }[] }) => {
    for (const v of e.versions) if (v.scriptURL.startsWith(scope)) status = v.runningStatus;
  };
  cdp.on('ServiceWorker.workerVersionUpdated', onVersions);
  try {
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    let askedAt = performance.now();
    let asked = 1;
    const deadline = askedAt + 20_000;
    while (status !== 'stopped') {
      if (performance.now() > deadline) throw new Error(`service worker did not stop (status ${status}, asked ${asked} times)`);
      await new Promise((r) => setTimeout(r, 20));
      // An event (e.g. a tab update for the toolbar badge) can start the worker again right after the stop,
      // between two polls: ask again rather than wait for a stop that already happened.
      if (status === 'running' && performance.now() - askedAt > 1_000) {
        await cdp.send('ServiceWorker.stopAllWorkers');
        askedAt = performance.now();
        asked++;
      }
    }
  } finally {
    cdp.off('ServiceWorker.workerVersionUpdated', onVersions);
    await cdp.send('ServiceWorker.disable').catch(() => undefined);
  }
}

/**
 * Used JS heap of the extension's service worker after a forced GC. Service-worker targets have no
 * Performance domain, and Playwright gives no CDP session for workers, so this attaches to the worker
 * through a page session (Target.attachToTarget, non-flat) and asks Runtime.getHeapUsage.
 */
export async function serviceWorkerHeap(cdp: CDPSession, extensionId: string): Promise<number> {
  const usage = await workerHeap(cdp, (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
  return usage.usedSize;
}

/**
 * Runtime.getHeapUsage of the first target `which` picks (a service worker, or a page's dedicated worker
 * such as the reader's search worker), after a forced GC; `backingStorageSize` is the typed arrays'
 * storage outside the JS heap.
 */
export async function workerHeap(
  cdp: CDPSession,
  which: (t: { type: string; url: string }) => boolean,
): Promise<{ usedSize: number; backingStorageSize: number }> {
  type TargetInfo = { targetId: string; type: string; url: string };
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
  const target = targetInfos.find(which);
  if (!target) throw new Error('no such worker target');
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  let nextId = 1;
  const pending = new Map<number, (m: { result?: unknown; error?: { message: string } }) => void>();
  const onMessage = (e: { sessionId?: string; message: string }) => {
    if (e.sessionId !== sessionId) return;
    const m = JSON.parse(e.message) as { id?: number; result?: unknown; error?: { message: string } };
    if (m.id !== undefined) pending.get(m.id)?.(m);
  };
  cdp.on('Target.receivedMessageFromTarget', onMessage);
  const send = async (method: string): Promise<unknown> => {
    const id = nextId++;
    const answer = new Promise<{ result?: unknown; error?: { message: string } }>((r) => pending.set(id, r));
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params: {} }) });
    const m = await answer;
    if (m.error) throw new Error(`${method}: ${m.error.message}`);
    return m.result;
  };
  try {
    await send('HeapProfiler.collectGarbage');
    const u = (await send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
    return { usedSize: u.usedSize, backingStorageSize: u.backingStorageSize ?? 0 };
  } finally {
    cdp.off('Target.receivedMessageFromTarget', onMessage);
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
  }
}

export async function chromiumVersion(s: Session): Promise<string> {
  const page = await s.context.newPage();
  try {
    const cdp = await s.context.newCDPSession(page);
    const v = (await cdp.send('Browser.getVersion')) as { product: string };
    return v.product;
  } finally {
    await page.close();
  }
}
