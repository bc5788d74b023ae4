import { existsSync } from 'node:fs';
import path from 'node:path';

/** System browsers (Debian packages); override with CHROMIUM_PATH / FIREFOX_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Flags of every Chromium the suites start: no sandbox (containers), nothing fetched or synced on its own. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

export const CHROME_BUILD = path.resolve('.output/chrome-mv3');
export const FIREFOX_BUILD = path.resolve('.output/firefox-mv2');

/**
 * Prefs that keep Firefox from talking to the network on its own (updates, telemetry, first-run pages …), for
 * every Firefox this project starts: the e2e suite and the benchmark.
 */
export const FIREFOX_QUIET_PREFS: Record<string, unknown> = {
  'app.normandy.enabled': false,
  'app.update.auto': false,
  'app.update.enabled': false,
  'browser.aboutwelcome.enabled': false,
  'browser.newtabpage.enabled': false,
  'browser.newtabpage.activity-stream.feeds.section.topstories': false,
  'browser.newtabpage.activity-stream.feeds.topsites': false,
  'browser.ping-centre.telemetry': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.search.update': false,
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.startup.page': 0,
  'captivedetect.canonicalURL': '',
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.update.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disableIPv6': true,
  'network.dns.disablePrefetch': true,
  'network.http.speculative-parallel-limit': 0,
  'network.prefetch-next': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.reporterEnabled': false,
  'toolkit.telemetry.server': '',
  'xpinstall.signatures.required': false,
};

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
