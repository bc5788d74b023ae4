/**
 * Everything the background does, wired to the browser object it is given (the real one in
 * entrypoints/background.ts, `fakeBrowser` in tests).
 */
import type { browser as browserApi } from 'wxt/browser';
import type { Repository } from '../model/repository';
import { logError } from '../lib/log';
import { settingsChanges } from '../prefs/settings';
import { migrateSettings, readSettings } from '../prefs/store';
import { createDispatcher } from './dispatch';
import { backgroundHandlers } from './handlers';
import { pushSettings } from './push-settings';

type BrowserApi = Pick<typeof browserApi, 'runtime' | 'storage' | 'tabs'>;

export function startBackground(browser: BrowserApi, repo: Repository): void {
  const dispatch = createDispatcher(backgroundHandlers(repo, () => readSettings(browser.storage.local)));
  browser.runtime.onMessage.addListener((message: unknown) => dispatch(message));
  // Open panels follow settings changed anywhere (popup, another tab) through this push.
  browser.storage.onChanged.addListener((changes, area) => {
    const changed = settingsChanges(changes, area);
    if (changed) pushSettings(browser.tabs, changed).catch((e: unknown) => logError('pushing settings', e));
  });
  browser.runtime.onInstalled.addListener(() => {
    migrateSettings(browser.storage.local).catch((e: unknown) => logError('migrating settings', e));
  });
}
