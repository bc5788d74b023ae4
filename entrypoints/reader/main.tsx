import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../assets/reader.css';
import { logError } from '../../src/lib/log';
import { typedSend } from '../../src/messaging/send';
import { remoteRepository } from '../../src/pages/remote-repository';
import { dataSource } from '../../src/reader/data-source';
import { createIndexFeeder } from '../../src/reader/index-feeder';
import { loadDay } from '../../src/reader/load-day';
import { ReaderApp } from '../../src/reader/ReaderApp';
import { createSearchClient, type ShippedBase } from '../../src/reader/search-client';
import { statsSink, type ReaderStats } from '../../src/reader/stats';
import { browserHistory } from '../../src/reader/url-history';
import { startSearchWorker } from '../../src/reader/worker';
import { langPref } from '../../src/prefs/store';
import { browserEnglishDeps } from '../../src/pages/use-english';
import { watchLandedEnglish } from '../../src/reader/english-updates';
import { DATA_VERSION_URL, SHIPPED_INDEX_URL } from '../../src/reader/shipped-index';
import { getStored, type KeyedStorage } from '../../src/reader/stored-english';

const send = typedSend((m) => browser.runtime.sendMessage(m));
// A reader tab may stay open for days of browsing: only the days last shown are kept.
const source = dataSource(() => remoteRepository(send, 64), browser.storage.onChanged);
const history = browserHistory();

// The day the URL names is asked for while the language is read, and the first render waits for both, so
// the day is in the first paint. If it failed, the app asks again and shows the error (with Retry).
const askedAt = performance.now();
const firstDay = loadDay(source.repo(), history.read().date).then(
  (loaded) => ({ loaded, askedAt }),
  () => undefined,
);

const worker = startSearchWorker((reason) => logError('no search worker, searching on the page', reason));
const client = createSearchClient(worker);
const packaged = (path: string) => browser.runtime.getURL(path as '/');
const loadShipped = () => client.loadShipped(packaged(SHIPPED_INDEX_URL), packaged(DATA_VERSION_URL));
// The index of the bundled days ships with the package: the worker reads it while the day is painted, on
// the other core; the feeder then lays the imports and this device's English over it.
let preloaded: Promise<ShippedBase> | undefined = loadShipped();
preloaded.catch(() => undefined);
// Fresh date lists (not the repository's cache): imports change them.
const feeder = createIndexFeeder({
  client,
  dates: () => send('dates', {}),
  daysJson: (dates) => send('days', { dates }),
  // The index of the bundled days comes with the package; only imports and this device's English are read.
  shipped: () => {
    const base = preloaded ?? loadShipped();
    preloaded = undefined;
    return base;
  },
  importedDates: async () => (await send('importList', {})).days.map((d) => d.date),
  storedEnglish: (keys) => getStored(browser.storage.local as KeyedStorage, keys),
  onShippedFailed: (reason) => logError('shipped search index not used, indexing the days', reason),
});
source.subscribe((change) => void feeder.importsChanged(change));
// English made on this device lands while the reader is open: its days are indexed again, a second after
// the last one landed (a whole day translating re-indexes once per pause, not once per paper).
watchLandedEnglish(browser.storage.onChanged, (dates) => void feeder.refresh(dates));
const stats = statsSink(performance, window as unknown as { __readerStats?: ReaderStats });

function whenIdle(cb: () => void) {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(cb, { timeout: 500 });
  else setTimeout(cb, 50);
}

Promise.all([langPref.get(), firstDay]).then(
  ([lang, initialDay]) => {
    document.documentElement.lang = lang;
    render(
      <ReaderApp
        source={source}
        feeder={feeder}
        client={client}
        mode={() => worker.mode}
        lang={langPref}
        initialLang={lang}
        history={history}
        stats={stats}
        whenIdle={whenIdle}
        englishDeps={browserEnglishDeps(browser)}
        {...(initialDay ? { initialDay } : {})}
      />,
      document.getElementById('app')!,
    );
  },
  (e: unknown) => logError('reader start', e),
);
