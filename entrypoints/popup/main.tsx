import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../assets/popup.css';
import { logError } from '../../src/lib/log';
import { typedSend } from '../../src/messaging/send';
import { readerUrl } from '../../src/pages/reader-url';
import { remoteRepository, remoteStart } from '../../src/pages/remote-repository';
import { browserEnglishDeps } from '../../src/pages/use-english';
import { PopupApp } from '../../src/popup/PopupApp';
import { namedTabId, targetTab } from '../../src/popup/tab';
import { langPref } from '../../src/prefs/store';

const send = typedSend((m) => browser.runtime.sendMessage(m));
const repo = remoteRepository(send);
const params = new URLSearchParams(location.search);
// The opening view asks the background, which reads the tab itself (one round trip before the first paint,
// not a tabs call and then a message); the popup reads the tab only to open a link in it.
const tab = () => targetTab(browser.tabs, params);
const tabId = namedTabId(params);
const startFor = () => remoteStart(send, tabId === undefined ? {} : { tabId });
// The opening view is asked for while the language is read. The first render waits for both, so the list
// is in the first paint; if that view failed, PopupApp's first call takes the failure (its error state),
// and Retry asks again.
const first = startFor();
let early: ReturnType<typeof startFor> | undefined = first;
first.catch(() => undefined);
function loadStart() {
  const p = early ?? startFor();
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
        repo={repo}
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
