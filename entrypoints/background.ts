import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../src/background/main';
import { dataIdentity, packagedRepository } from '../src/background/packaged';

export default defineBackground(() => {
  startBackground(browser, packagedRepository(), dataIdentity(), { filterTabEvents: import.meta.env.FIREFOX });
});
