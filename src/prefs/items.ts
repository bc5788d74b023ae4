import { browser } from 'wxt/browser';
import { isBool, isLang, parseOr, type Guard, type Lang } from './schema';

export interface Pref<T> {
  get(): Promise<T>;
  set(value: T): Promise<void>;
  /** Calls back with every valid new value, from any tab or extension page; returns the unwatch function. */
  watch(cb: (value: T) => void): () => void;
}

/**
 * A typed value in `storage.local` with a default. Written directly against the storage API rather than
 * `@wxt-dev/storage`: the content script has a 12 KB gzip budget, and these three values need no more
 * than get/set/onChanged.
 */
export function definePref<T>(key: string, guard: Guard<T>, fallback: T): Pref<T> {
  return {
    async get() {
      const stored = await browser.storage.local.get(key);
      return parseOr(guard, stored[key], fallback);
    },
    set: (value) => browser.storage.local.set({ [key]: value }),
    watch(cb) {
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'local' && key in changes) cb(parseOr(guard, changes[key]!.newValue, fallback));
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}

/** Summary language for panel and popup; Korean is the digest's source language. */
export const langPref = definePref<Lang>('lang', isLang, 'ko');
/** Whether the panel on abs pages is collapsed to its header. */
export const collapsedPref = definePref<boolean>('panelCollapsed', isBool, false);
/** Teaser images live on a third-party CDN: only shown once the user asks. */
export const teaserPref = definePref<boolean>('showTeaser', isBool, false);
