/**
 * Everything the background does, wired to the browser object it is given (the real one in
 * entrypoints/background.ts, `fakeBrowser` in tests).
 */
import type { browser as browserApi } from 'wxt/browser';
import { IMPORTS_KEY } from '../digest/import-records';
import { logError } from '../lib/log';
import type { Repository } from '../model/repository';
import { settingsChanges } from '../prefs/settings';
import { migrateSettings, readSettings } from '../prefs/store';
import { createDispatcher } from './dispatch';
import { backgroundHandlers } from './handlers';
import { importStore } from './imports';
import { lookupKeeper, refreshLookup } from './lookup-store';
import { mergedRepository } from './merged-repository';
import { pushSettings } from './push-settings';

type BrowserApi = Pick<typeof browserApi, 'runtime' | 'storage' | 'tabs'>;

export interface Background {
  /** Settled once the lookup table is complete for this version (tests wait on it). */
  lookupReady: Promise<void>;
}

/** `bundled`: the packaged days; imported days are merged over them here. */
export function startBackground(browser: BrowserApi, bundled: Repository, identity: Promise<string>): Background {
  const storage = browser.storage.local;
  const imports = importStore(storage, { has: async (d) => (await bundled.dates()).includes(d), day: (d) => bundled.day(d) });
  const repo = mergedRepository(bundled, () => imports.state());
  const keeper = identity.then((version) => lookupKeeper({ repo, storage, version }));
  const changed = async (ids: string[]) => {
    // An entry left stale would show an old summary: when the targeted update fails, refill everything.
    await refreshLookup({ repo, storage }, ids).catch(async (e: unknown) => {
      logError('updating the lookup table', e);
      await (await keeper).refill();
    });
  };
  const dispatch = createDispatcher(backgroundHandlers({ repo, imports, settings: () => readSettings(storage), changed }));
  browser.runtime.onMessage.addListener((message: unknown) => dispatch(message));
  browser.storage.onChanged.addListener((changes, area) => {
    // Open panels follow settings changed anywhere (popup, another tab) through this push.
    const changedSettings = settingsChanges(changes, area);
    if (changedSettings) pushSettings(browser.tabs, changedSettings).catch((e: unknown) => logError('pushing settings', e));
    if (area === 'local' && IMPORTS_KEY in changes) imports.invalidate();
  });
  browser.runtime.onInstalled.addListener(() => {
    migrateSettings(storage).catch((e: unknown) => logError('migrating settings', e));
  });
  // Every start of the worker checks the lookup table (cheap: one storage read) and fills it after an
  // install or update, or when an earlier fill was cut short. Until then the content script asks here.
  const lookupReady = keeper.then((k) => k.ensure()).catch((e: unknown) => logError('filling the lookup table', e));
  return { lookupReady };
}
