import { browser } from 'wxt/browser';
import { pushedSettings } from '../messaging/push';
import { SETTING_FIELDS, type SettingName, type Settings } from '../prefs/settings';
import { writeSettings, type Pref } from '../prefs/store';
import type { PanelPrefs } from './panel-controller';

/**
 * A setting as the content script sees it: read with the lookup answer, written to storage, and watched
 * through the background's settings-changed messages (see background/push-settings.ts) instead of
 * storage.onChanged. The page then never loads the storage API's bindings unless the user changes
 * something: measured at ~2–3 ms of arXiv's main thread per page load (bench/README.md).
 */
export function pushedPref<K extends SettingName>(name: K): Pref<Settings[K]> {
  return {
    get: () => Promise.reject(new Error('the content script gets settings with its lookup')),
    set: (value) => writeSettings({ [name]: value } as Partial<Settings>),
    watch(cb) {
      const listener = (message: unknown) => {
        const changes = pushedSettings(message);
        if (changes && name in changes) cb(changes[name] as Settings[K]);
        // Not an answer to anyone: other listeners (none today) keep the channel.
        return undefined;
      };
      browser.runtime.onMessage.addListener(listener);
      return () => browser.runtime.onMessage.removeListener(listener);
    },
  };
}

export function pushedPrefs(): PanelPrefs {
  return Object.fromEntries(Object.keys(SETTING_FIELDS).map((n) => [n, pushedPref(n as SettingName)])) as PanelPrefs;
}
