import { browser } from 'wxt/browser';

/**
 * Loads one of the content scripts' on-demand modules, built by wxt.config.ts into `/modules/NAME.js`:
 * code that only some pages need (English made on the device) stays out of the script every arXiv page runs.
 * Chrome serves them to arXiv pages as web-accessible resources with a dynamic URL (`runtime.getURL` gives
 * it); Firefox lets a content script import its extension's files without exposing them.
 */
export function loadModule<T>(name: 'english' | 'panel' | 'listing' | 'copy'): Promise<T> {
  return import(/* @vite-ignore */ browser.runtime.getURL(`/modules/${name}.js` as '/popup.html')) as Promise<T>;
}
