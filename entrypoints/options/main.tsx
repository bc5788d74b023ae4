import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../assets/options.css';
import { logError } from '../../src/lib/log';
import { typedSend } from '../../src/messaging/send';
import { downloadText } from '../../src/options/backup-file';
import { OptionsApp } from '../../src/options/OptionsApp';
import type { Lang } from '../../src/prefs/schema';
import { DEFAULT_SETTINGS } from '../../src/prefs/settings';
import { langPref } from '../../src/prefs/store';

const send = typedSend((m) => browser.runtime.sendMessage(m));
// The list is asked for while the language is read; the app's first call takes that answer.
let early: ReturnType<typeof listDays> | undefined = listDays();
early.catch(() => undefined);
function listDays() {
  return send('importList', {});
}
function loadList() {
  const p = early ?? listDays();
  early = undefined;
  return p;
}
// Manifest commands need no permission; `commands` is missing where the browser has no such API.
const loadCommands = async () => (browser.commands ? browser.commands.getAll() : []);

// A file dropped beside the drop zone would otherwise replace this page with the file.
for (const type of ['dragover', 'drop'] as const) window.addEventListener(type, (e) => e.preventDefault());

function start(lang: Lang) {
  document.documentElement.lang = lang;
  render(
    <OptionsApp
      send={send}
      lang={langPref}
      initialLang={lang}
      loadList={loadList}
      loadCommands={loadCommands}
      download={(text, name) => downloadText(document, text, name)}
      browser={import.meta.env.FIREFOX ? 'firefox' : 'chrome'}
    />,
    document.getElementById('app')!,
  );
}

langPref.get().then(start, (e: unknown) => {
  // The page still works in the default language; the switch saves again.
  logError('reading the language', e);
  start(DEFAULT_SETTINGS.lang);
});
