import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../assets/options.css';
import { logError } from '../../src/lib/log';
import { typedSend } from '../../src/messaging/send';
import { downloadText } from '../../src/options/backup-file';
import { OptionsApp } from '../../src/options/OptionsApp';
import { DEFAULT_SETTINGS } from '../../src/prefs/settings';
import { langPref } from '../../src/prefs/store';
import type { Connect } from '../../src/translate/client';

const send = typedSend((m) => browser.runtime.sendMessage(m));
const loadList = () => send('importList', {});
// The list is asked for while the language is read; the first render waits for both, so the list is in
// the first paint (a failure shows as the list's error, with its Retry).
const firstList = loadList().catch((e: unknown) => {
  logError('listing imported days', e);
  return e instanceof Error ? e : new Error(String(e));
});
// Manifest commands need no permission; `commands` is missing where the browser has no such API (Chrome,
// when the manifest declares none).
const loadCommands = async () => (browser.commands ? browser.commands.getAll() : []);

// The translation port (English made on this device) and where "Translate every day now" stands.
const english = { connect: browser.runtime.connect as unknown as Connect, storage: browser.storage.local };

// A file dropped beside the drop zone would otherwise replace this page with the file.
for (const type of ['dragover', 'drop'] as const) window.addEventListener(type, (e) => e.preventDefault());

const language = langPref.get().catch((e: unknown) => {
  // The page still works in the default language; the switch saves again.
  logError('reading the language', e);
  return DEFAULT_SETTINGS.lang;
});

Promise.all([language, firstList]).then(([lang, initialList]) => {
  document.documentElement.lang = lang;
  render(
    <OptionsApp
      send={send}
      lang={langPref}
      initialLang={lang}
      loadList={loadList}
      initialList={initialList}
      loadCommands={loadCommands}
      english={english}
      download={(text, name) => downloadText(document, text, name)}
      browser={import.meta.env.FIREFOX ? 'firefox' : 'chrome'}
    />,
    document.getElementById('app')!,
  );
});
