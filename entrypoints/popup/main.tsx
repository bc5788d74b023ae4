import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../assets/popup.css';
import { logError } from '../../src/lib/log';
import { typedSend } from '../../src/messaging/send';
import { readerUrl } from '../../src/pages/reader-url';
import { createRepository, packagedJsonLoader } from '../../src/packaged/repository';
import { remoteRepository, remoteStart } from '../../src/pages/remote-repository';
import { browserEnglishDeps } from '../../src/pages/use-english';
import { PopupApp } from '../../src/popup/PopupApp';
import { popupData } from '../../src/popup/popup-data';
import { namedTabId, targetTab } from '../../src/popup/tab';
import { langPref } from '../../src/prefs/store';

const send = typedSend((m) => browser.runtime.sendMessage(m));
const params = new URLSearchParams(location.search);
const tab = () => targetTab(browser.tabs, params);
const tabId = namedTabId(params);
// A running background is asked (it reads the tab itself); a stopped one is left asleep and the packaged
// files are read here, unless imported days are stored (src/popup/popup-data.ts).
const data = popupData({
  packaged: createRepository(packagedJsonLoader((path) => browser.runtime.getURL(path as '/'))),
  remote: remoteRepository(send),
  remoteStart: () => remoteStart(send, tabId === undefined ? {} : { tabId }),
  tabUrl: () => tab().then((t) => t?.url),
  storage: browser.storage.local,
  ...(typeof browser.runtime.getContexts === 'function'
    ? { backgroundRunning: () => browser.runtime.getContexts({ contextTypes: ['BACKGROUND'] }).then((c) => c.length > 0) }
    : {}),
});
// The opening view is asked for while the language is read. The first render waits for both, so the list
// is in the first paint; if that view failed, PopupApp's first call takes the failure (its error state),
// and Retry asks again.
const first = data.loadStart();
let early: typeof first | undefined = first;
first.catch(() => undefined);
function loadStart() {
  const p = early ?? data.loadStart();
  early = undefined;
  return p;
}

function openUrl(url: string, inTargetTab: boolean) {
  tab()
    .then((t) => (inTargetTab && t?.id !== undefined ? browser.tabs.update(t.id, { url }) : browser.tabs.create({ url })))
    .then(() => window.close())
    .catch((e: unknown) => logError('opening link', e));
}

function openOptions() {
  browser.runtime
    .openOptionsPage()
    .then(() => window.close())
    .catch((e: unknown) => logError('opening the options page', e));
}

Promise.all([langPref.get(), first.then((start) => start, () => undefined)]).then(
  ([lang, initialStart]) => {
    document.documentElement.lang = lang;
    render(
      <PopupApp
        repo={data.repo}
        loadStart={loadStart}
        lang={langPref}
        initialLang={lang}
        {...(initialStart ? { initialStart } : {})}
        openUrl={openUrl}
        openOptions={openOptions}
        readerUrl={(date) => browser.runtime.getURL(`/${readerUrl({ date })}`)}
        englishDeps={browserEnglishDeps(browser)}
      />,
      document.getElementById('app')!,
    );
  },
  (e: unknown) => logError('popup start', e),
);
