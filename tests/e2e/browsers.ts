import { existsSync } from 'node:fs';
import path from 'node:path';

/** System browsers (Debian packages); override with CHROMIUM_PATH / FIREFOX_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export const CHROME_BUILD = path.resolve('.output/chrome-mv3');
export const FIREFOX_BUILD = path.resolve('.output/firefox-mv2');

export const PAGES_DIR = path.resolve('tests/e2e/fixtures/pages');

export function missingBrowsers(): string[] {
  const missing: string[] = [];
  if (!existsSync(CHROMIUM_PATH)) missing.push(`Chromium not found at ${CHROMIUM_PATH}`);
  if (!existsSync(FIREFOX_PATH)) missing.push(`Firefox not found at ${FIREFOX_PATH}`);
  return missing;
}

export const BROWSER_HELP =
  'Install the test browsers with `npm run browsers` (Debian: apt-get install chromium firefox-esr), ' +
  'or point CHROMIUM_PATH / FIREFOX_PATH at existing binaries.';
