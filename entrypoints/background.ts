import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleMessage } from '../src/background/handle-message';
import { createRepository, packagedJsonLoader } from '../src/data/repository';

export default defineBackground(() => {
  const repo = createRepository(packagedJsonLoader((p) => browser.runtime.getURL(p as '/')));
  browser.runtime.onMessage.addListener((message: unknown) => handleMessage(repo, message));
});
