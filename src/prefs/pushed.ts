import { browser } from 'wxt/browser';
import type { PrefsChangedMessage } from '../data/messages';
import type { PanelPrefValues, Pref } from './items';

function isPrefsChanged(m: unknown): m is PrefsChangedMessage {
  return typeof m === 'object' && m !== null && (m as { type?: unknown }).type === 'daily-papers:prefs-changed' && typeof (m as { changes?: unknown }).changes === 'object';
}

/**
 * A panel preference as the content script sees it: read with the lookup answer, written to storage, and
 * watched through the background's `daily-papers:prefs-changed` messages (see background/push-prefs.ts)
 * instead of storage.onChanged. The page then never loads the storage API's bindings unless the user
 * changes something: measured at ~2–3 ms of arXiv's main thread per page load (bench/README.md).
 */
export function pushedPref<T>(pref: Pref<T>, field: keyof PanelPrefValues): Pref<T> {
  return {
    ...pref,
    watch(cb) {
      const listener = (message: unknown) => {
        if (isPrefsChanged(message) && field in message.changes) cb(pref.parse(message.changes[field]));
        // Not an answer to anyone: other listeners (none today) keep the channel.
        return undefined;
      };
      browser.runtime.onMessage.addListener(listener);
      return () => browser.runtime.onMessage.removeListener(listener);
    },
  };
}
