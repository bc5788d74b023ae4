import type { browser as browserApi } from 'wxt/browser';
import { TOGGLE_LANGUAGE_COMMAND } from '../model/shortcuts';
import { readSettings, writeSettings } from '../prefs/store';

type BrowserApi = Pick<typeof browserApi, 'storage'>;

/**
 * A keyboard shortcut of the manifest's `commands`. Switching the language is a settings write: the usual
 * storage change then updates every open panel, listing and popup, and the badges. The popup's shortcut is
 * the browser's own and never arrives here.
 */
export async function handleCommand(browser: BrowserApi, command: string): Promise<void> {
  if (command !== TOGGLE_LANGUAGE_COMMAND) return;
  const { lang } = await readSettings(browser.storage.local);
  await writeSettings({ lang: lang === 'ko' ? 'en' : 'ko' }, browser.storage.local);
}
