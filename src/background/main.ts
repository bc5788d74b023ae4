/**
 * Everything the background does, wired to the browser object it is given (the real one in
 * entrypoints/background.ts, `fakeBrowser` in tests).
 */
import type { browser as browserApi } from 'wxt/browser';
import { logError } from '../lib/log';
import type { Repository } from '../model/repository';
import { settingsChanges } from '../prefs/settings';
import { migrateSettings, readSettings } from '../prefs/store';
import { createDispatcher } from './dispatch';
import { backgroundHandlers } from './handlers';
import { lookupKeeper } from './lookup-store';
import { pushSettings } from './push-settings';

type BrowserApi = Pick<typeof browserApi, 'runtime' | 'storage' | 'tabs'>;

export interface Background {
  /** Settled once the lookup table is complete for this version (tests wait on it). */
  lookupReady: Promise<void>;
}

export function startBackground(browser: BrowserApi, repo: Repository, identity: Promise<string>): Background {
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
  // Every start of the worker checks the lookup table (cheap: one storage read) and fills it after an
  // install or update, or when an earlier fill was cut short. Until then the content script asks here.
  const lookupReady = identity
    .then((version) => lookupKeeper({ repo, storage: browser.storage.local, version }).ensure())
    .catch((e: unknown) => logError('filling the lookup table', e));
  return { lookupReady };
}
