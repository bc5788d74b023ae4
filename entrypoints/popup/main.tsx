import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../assets/popup.css';
import { packagedRepository } from '../../src/data/packaged';
import { logError } from '../../src/log';
import { langPref } from '../../src/prefs/items';
import { targetTab } from '../../src/popup/tab';
import { resolveStart } from '../../src/popup/target';
import { PopupApp } from '../../src/ui/popup/PopupApp';

const repo = packagedRepository();
const tab = targetTab(new URLSearchParams(location.search));
// Start reading the data while the language is read; PopupApp's own calls then hit the repository's cache.
tab.then((t) => resolveStart(repo, t?.url)).catch(() => undefined);

function openUrl(url: string, inTargetTab: boolean) {
  tab
    .then((t) => (inTargetTab && t?.id !== undefined ? browser.tabs.update(t.id, { url }) : browser.tabs.create({ url })))
    .then(() => window.close())
    .catch((e: unknown) => logError('opening link', e));
}

langPref.get().then(
  (lang) => {
    document.documentElement.lang = lang;
    render(<PopupApp repo={repo} tabUrl={() => tab.then((t) => t?.url)} lang={langPref} initialLang={lang} openUrl={openUrl} />, document.getElementById('app')!);
  },
  (e: unknown) => logError('popup start', e),
);
