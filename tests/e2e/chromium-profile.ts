/**
 * A Chromium with a persistent profile, in which the extension is installed and then updated in place, as
 * a store update does: the same extension ID, its storage kept, `runtime.onInstalled` with reason `update`.
 *
 * What works in Chromium 156 (checked here): loading the unpacked folder again over the DevTools protocol
 * (`Extensions.loadUnpacked`, which needs `--enable-unsafe-extension-debugging` and the pipe Playwright
 * connects through) after its files were replaced is an update: storage kept, onInstalled
 * `{ reason: 'update', previousVersion }`, the new service worker started. Relaunching the browser with
 * `--load-extension` over replaced files keeps the storage too, but fires onInstalled with reason `install`
 * on every launch; `chrome.runtime.reload()` leaves a command-line unpacked extension unloaded (its pages
 * answer ERR_BLOCKED_BY_CLIENT, no worker starts).
 */
import { chromium, expect, type BrowserContext, type CDPSession, type Worker } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browsers';

export interface ChromiumProfile {
  context: BrowserContext;
  /** Loads the unpacked extension in `folder`; loading it again after its files changed is an update. Its ID. */
  load(folder: string): Promise<string>;
  /** The extension's service worker once the running version is `version`. */
  worker(version: string): Promise<Worker>;
  /** Every console message of the extension's workers and pages, as `type: text`. */
  console: string[];
  close(): Promise<void>;
}

export async function launchProfile(profileDir: string): Promise<ChromiumProfile> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    // Playwright starts Chromium with --disable-extensions unless told not to.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: ['--enable-unsafe-extension-debugging', ...CHROMIUM_ARGS],
  });
  const cdp: CDPSession = await context.browser()!.newBrowserCDPSession();
  const messages: string[] = [];
  context.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  return {
    context,
    console: messages,
    async load(folder) {
      const { id } = (await cdp.send('Extensions.loadUnpacked' as never, { path: folder } as never)) as { id: string };
      return id;
    },
    async worker(version) {
      let found: Worker | undefined;
      await expect
        .poll(
          async () => {
            for (const w of context.serviceWorkers()) {
              const v = await w.evaluate(() => chrome.runtime.getManifest().version).catch(() => undefined);
              if (v === version) found = w;
            }
            return found !== undefined;
          },
          { timeout: 20_000, message: `the service worker of version ${version}` },
        )
        .toBe(true);
      return found!;
    },
    close: () => context.close(),
  };
}
