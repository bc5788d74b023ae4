import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleMessage } from '../src/background/handle-message';
import { packagedRepository } from '../src/data/packaged';

export default defineBackground(() => {
  const repo = packagedRepository();
  browser.runtime.onMessage.addListener((message: unknown) => handleMessage(repo, message));
});
