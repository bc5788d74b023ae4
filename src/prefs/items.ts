import { browser } from 'wxt/browser';
import { isBool, isLang, parseOr, type Guard, type Lang } from './schema';

export interface Pref<T> {
  /** The storage.local key. */
  readonly key: string;
  get(): Promise<T>;
  set(value: T): Promise<void>;
  /** Calls back with every valid new value, from any tab or extension page; returns the unwatch function. */
  watch(cb: (value: T) => void): () => void;
  /** A stored (or received) raw value, validated: anything invalid reads as the default. */
  parse(raw: unknown): T;
}

/**
 * A typed value in `storage.local` with a default. Written directly against the storage API rather than
 * `@wxt-dev/storage`: the content script has a 12 KB gzip budget, and these three values need no more
 * than get/set/onChanged.
 */
export function definePref<T>(key: string, guard: Guard<T>, fallback: T): Pref<T> {
  const parse = (raw: unknown) => parseOr(guard, raw, fallback);
  return {
    key,
    parse,
    async get() {
      const stored = await browser.storage.local.get(key);
      return parse(stored[key]);
    },
    set: (value) => browser.storage.local.set({ [key]: value }),
    watch(cb) {
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'local' && key in changes) cb(parse(changes[key]!.newValue));
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

export interface PanelPrefValues {
  lang: Lang;
  collapsed: boolean;
  teaser: boolean;
}

export const panelPrefs = { lang: langPref, collapsed: collapsedPref, teaser: teaserPref };

/** Validates raw values (from storage, or from a message) into the panel's preferences. */
export function parsePanelPrefs(raw: unknown): PanelPrefValues {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  return { lang: langPref.parse(r.lang), collapsed: collapsedPref.parse(r.collapsed), teaser: teaserPref.parse(r.teaser) };
}

/** The panel's three preferences in one storage read (the background answers them with a lookup). */
export async function readPanelPrefs(): Promise<PanelPrefValues> {
  const fields = Object.entries(panelPrefs);
  const stored = await browser.storage.local.get(fields.map(([, pref]) => pref.key));
  return parsePanelPrefs(Object.fromEntries(fields.map(([field, pref]) => [field, stored[pref.key]])));
}
