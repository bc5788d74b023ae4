import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Credit } from '../pages/Credit';
import { readerT } from '../i18n/reader-strings';
import { logError } from '../lib/log';
import { LangSwitch } from '../pages/LangSwitch';
import { sameReaderState, type DaySort, type ReaderState } from '../pages/reader-url';
import type { Lang } from '../prefs/schema';
import type { Pref } from '../prefs/store';
import { Calendar } from './Calendar';
import type { DataSource } from './data-source';
import { DayNav } from './DayNav';
import { DayView } from './DayView';
import type { IndexFeeder, IndexStatus } from './index-feeder';
import { IndexLine } from './IndexLine';
import { nextInList } from './list-keys';
import type { LoadedDay } from './load-day';
import { titleIdOf } from './PaperArticle';
import { Results } from './Results';
import type { SearchClient } from './search-client';
import { SearchBox } from './SearchBox';
import type { StatsSink } from './stats';
import type { UrlHistory } from './url-history';
import { useDay, useSlashToSearch } from './use-day';
import { useSearch } from './use-search';

export interface ReaderAppProps {
  source: DataSource;
  feeder: IndexFeeder;
  client: SearchClient;
  /** Where the index runs: a worker, or the page when no worker could start. */
  mode: () => 'worker' | 'page';
  lang: Pref<Lang>;
  initialLang: Lang;
  history: UrlHistory;
  stats: StatsSink;
  /** Runs `cb` when the page is idle: the index is built after the first day is on screen. */
  whenIdle: (cb: () => void) => void;
  /**
   * The day the URL names, when it is already there: the first render then shows it, instead of a
   * loading line and one more render (a frame) later.
   */
  initialDay?: { loaded: LoadedDay; askedAt: number };
  now?: () => number;
}

/** Results asked for at a time; "show more" asks for this many more. */
export const RESULTS_PAGE = 50;

/** The index's state and generation: progress ticks are IndexLine's business, not the whole page's. */
function useIndexReady(feeder: IndexFeeder): IndexStatus {
  const [status, setStatus] = useState(feeder.status());
  useEffect(() => {
    const keep = (next: IndexStatus) => setStatus((old) => (old.state === next.state && old.ready?.generation === next.ready?.generation ? old : next));
    keep(feeder.status());
    return feeder.subscribe(keep);
  }, [feeder]);
  return status;
}

const performanceNow = () => performance.now();

export function ReaderApp({ source, feeder, client, mode, lang: langPref, initialLang, history, stats, whenIdle, initialDay, now = performanceNow }: ReaderAppProps) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [view, setView] = useState<ReaderState>(() => history.read());
  const [data, setData] = useState(() => ({ repo: source.repo(), version: source.version() }));
  // How many results are asked for, for the query it was raised for: a new query starts at one page.
  const [more, setMore] = useState({ query: '', limit: RESULTS_PAGE });
  const index = useIndexReady(feeder);
  const s = useMemo(() => readerT(lang), [lang]);
  const searchInput = useRef<HTMLInputElement>(null);
  const results = useRef<HTMLDivElement>(null);
  // The paper to give focus once its day is on screen (after opening a result or a deep link).
  const focusPaper = useRef<string | undefined>(view.id);
  const viewRef = useRef(view);
  viewRef.current = view;

  useEffect(() => langPref.watch(setLang), [langPref]);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = s.readerTitle;
  }, [lang, s]);
  useEffect(
    () =>
      history.listen((next) => {
        focusPaper.current = next.id;
        setView(next);
      }),
    [history],
  );
  useEffect(() => source.subscribe(() => setData({ repo: source.repo(), version: source.version() })), [source]);

  useEffect(() => {
    if (index.state === 'ready' && index.ready) stats.indexReady(index.ready, mode());
  }, [index, stats, mode]);

  const navigate = useCallback(
    (next: ReaderState, how: 'push' | 'replace' = 'push') => {
      if (sameReaderState(next, viewRef.current)) return;
      if (how === 'push') history.push(next);
      else history.replace(next);
      viewRef.current = next;
      setView(next);
    },
    [history],
  );

  const { dayState, retry } = useDay(data, view.date, initialDay, now);

  const query = view.q ?? '';
  const searching = query.trim() !== '';
  const limit = more.query === query ? more.limit : RESULTS_PAGE;
  // A search link is opened: the index is needed now, not after the day.
  useEffect(() => {
    if (searching) void feeder.start();
  }, [searching, feeder]);
  const search = useSearch(client, index, query, lang, limit, (a) => stats.query(a));

  const firstPaint = useRef(true);
  const onPainted = useCallback(
    () => {
      const st = dayState.status === 'ready' ? dayState : undefined;
      stats.dayPainted(st?.askedAt ?? 0);
      if (firstPaint.current) {
        firstPaint.current = false;
        whenIdle(() => void feeder.start());
      }
    },
    // askedAt of the day just painted; dayState changes exactly when a new day lands.
    [dayState, stats, whenIdle, feeder],
  );

  const loaded = dayState.status === 'ready' ? dayState.loaded : undefined;
  const day = loaded?.day;

  // Bring the paper the URL names into view, and give its title focus when it was just opened.
  useEffect(() => {
    if (searching || !day || !view.id) return;
    const el = document.getElementById(view.id);
    if (!el) return;
    el.scrollIntoView?.({ block: 'start' });
    if (focusPaper.current === view.id) {
      document.getElementById(titleIdOf(view.id))?.focus({ preventScroll: true });
      focusPaper.current = undefined;
    }
  }, [day, view.id, searching]);

  useSlashToSearch(searchInput);

  const counts = useMemo(() => {
    const m = new Map(index.ready?.counts ?? []);
    if (day) m.set(day.date, day.papers.length);
    return m;
  }, [index.ready, day]);

  function changeLang(l: Lang) {
    setLang(l);
    langPref.set(l).catch((e: unknown) => logError('saving language', e));
  }

  const goToDay = useCallback((date: string) => navigate({ date, ...(viewRef.current.sort ? { sort: viewRef.current.sort } : {}) }), [navigate]);
  const onSort = useCallback((sort: DaySort) => navigate({ ...viewRef.current, q: undefined, sort: sort === 'votes' ? 'votes' : undefined }, 'replace'), [navigate]);
  const openResult = useCallback(
    (date: string, id: string) => {
      focusPaper.current = id;
      navigate({ date, id, ...(viewRef.current.sort ? { sort: viewRef.current.sort } : {}) });
    },
    [navigate],
  );

  function setQuery(q: string) {
    // The first character leaves the day view (a history entry); further typing refines the same entry.
    navigate({ ...viewRef.current, q: q || undefined, id: undefined }, viewRef.current.q ? 'replace' : 'push');
  }

  function clearSearch() {
    navigate({ ...viewRef.current, q: undefined }, 'replace');
    searchInput.current?.focus();
  }

  const resultLinks = () => [...(results.current?.querySelectorAll<HTMLAnchorElement>('a.rd-result-title') ?? [])];

  function onResultsKey(e: KeyboardEvent) {
    if (e.key === 'Escape') {
      e.preventDefault();
      clearSearch();
      return;
    }
    const links = resultLinks();
    const at = links.indexOf(e.target as HTMLAnchorElement);
    // Arrows move between results only from a result's title (other links in a result keep their keys).
    if (at < 0) return;
    const to = nextInList(links.length, at, e.key);
    if (to === undefined) return;
    e.preventDefault();
    if (to === 'before') searchInput.current?.focus();
    else links[to]!.focus();
  }

  const answer = search.status === 'done' ? search.answer : search.status === 'searching' ? search.previous : undefined;

  return (
    <div class="rd" lang={lang}>
      <header class="rd-top">
        <h1 class="rd-h1">{s.readerTitle}</h1>
        <SearchBox
          s={s}
          value={query}
          inputRef={searchInput}
          onInput={setQuery}
          onClear={clearSearch}
          onDown={() => resultLinks()[0]?.focus()}
        />
        <LangSwitch lang={lang} onChange={changeLang} />
        <IndexLine s={s} feeder={feeder} />
      </header>
      <div class="rd-body">
        <aside class="rd-side" aria-label={s.calendar}>
          {loaded && day && (
            <>
              <DayNav s={s} lang={lang} dates={loaded.dates} date={day.date} goTo={goToDay} />
              <Calendar s={s} lang={lang} dates={loaded.dates} counts={counts} current={day.date} onOpen={goToDay} />
            </>
          )}
        </aside>
        <main class="rd-main" ref={results}>
          {searching ? (
            answer ? (
              <Results
                s={s}
                lang={lang}
                answer={answer}
                stale={search.status === 'searching'}
                onOpen={openResult}
                onOpenDay={goToDay}
                onMore={() => setMore({ query, limit: limit + RESULTS_PAGE })}
                onKeyDown={onResultsKey}
              />
            ) : search.status === 'failed' ? (
              <p class="rd-state rd-error" role="alert">
                {s.loadFailed} <span class="rd-detail">{search.error}</span>
              </p>
            ) : (
              <p class="rd-state" role="status">
                {index.state === 'failed' ? s.indexFailed : s.searching}
              </p>
            )
          ) : dayState.status === 'error' ? (
            <div class="rd-state rd-error" role="alert">
              <p>{s.loadFailed}</p>
              <p class="rd-detail">{dayState.message}</p>
              <button type="button" onClick={retry}>
                {s.retry}
              </button>
            </div>
          ) : !loaded ? (
            <p class="rd-state" role="status">
              {s.loading}
            </p>
          ) : !day ? (
            <p class="rd-state" role="status">
              {s.emptyDataset}
            </p>
          ) : (
            <DayView s={s} lang={lang} day={day} sort={view.sort ?? 'digest'} currentId={view.id} missing={loaded.missing} onSort={onSort} onPainted={onPainted} />
          )}
        </main>
      </div>
      <footer class="rd-credit">
        <Credit s={s} />
      </footer>
    </div>
  );
}
