import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleMessage } from '../src/background/handle-message';
import { panelPrefChanges, pushPrefChanges } from '../src/background/push-prefs';
import { packagedRepository } from '../src/data/packaged';
import { logError } from '../src/log';

export default defineBackground(() => {
  const repo = packagedRepository();
  browser.runtime.onMessage.addListener((message: unknown) => handleMessage(repo, message));
  // Open panels follow preference changes made anywhere (popup, another tab) through this push.
  browser.storage.onChanged.addListener((changes, area) => {
    const changed = panelPrefChanges(changes, area);
    if (changed) pushPrefChanges(browser.tabs, changed).catch((e: unknown) => logError('pushing preferences', e));
  });
});
