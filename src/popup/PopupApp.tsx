import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Credit } from '../pages/Credit';
import type { Repository } from '../model/repository';
import type { Day, Paper } from '../digest/schema';
import { t, type Strings } from '../i18n/strings';
import { logError } from '../lib/log';
import type { Pref } from '../prefs/store';
import type { Lang } from '../prefs/schema';
import { DayToolbar } from './DayToolbar';
import { filterPapers, searchTerms } from './search';
import { useStickyTop } from './sticky-top';
import type { PopupNotice, PopupStart } from '../messaging/protocol';
import { LangSwitch } from '../pages/LangSwitch';
import { onListKeyDown } from './list-keys';
import { PaperItem } from './PaperItem';
import { EnglishStatus } from '../pages/English';
import { paperFailedLine, statusLine } from '../i18n/english-strings';
import { papersOnScreen } from '../pages/on-screen';
import { usePageEnglish, type EnglishDeps, type PageEnglish } from '../pages/use-english';


export interface PopupAppProps {
  repo: Repository;
  /** The opening view (the day of the tab's paper, or the newest day); called again by Retry. */
  loadStart: () => Promise<PopupStart>;
  lang: Pref<Lang>;
  initialLang: Lang;
  /**
   * The opening view when it is already there: the popup then paints its list in the first render, not one
   * effect (a frame) later.
   */
  initialStart?: PopupStart;
  /** Opens an abs page: in the target tab when it shows arXiv, else in a new tab. */
  openUrl: (url: string, inTargetTab: boolean) => void;
  /** Opens the options page (import, imported days, backup). */
  openOptions: () => void;
  /** The reader page's URL for a day ("open the whole day"); no link without it. */
  readerUrl?: (date: string) => string;
  /** Storage and the translation port, for English made on this device. */
  englishDeps: EnglishDeps;
}

type State = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; start: PopupStart; day?: Day };

export function PopupApp({ repo, loadStart, lang: langPref, initialLang, initialStart, openUrl, openOptions, readerUrl, englishDeps }: PopupAppProps) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [state, setState] = useState<State>(initialStart ? { status: 'ready', start: initialStart, day: initialStart.day } : { status: 'loading' });
  const [query, setQuery] = useState('');
  const [attempt, setAttempt] = useState(0);
  // The day last asked for: the toolbar steps from it, not from the day still shown while it loads (two
  // quick clicks on › go two days on; › right after picking a date goes on from that date).
  const [wanted, setWanted] = useState<string>();
  // Only the newest day request may land: a slow earlier load must not replace a later choice.
  const request = useRef(0);
  const top = useStickyTop();
  const s = t(lang);

  useEffect(() => langPref.watch(setLang), [langPref]);

  useEffect(() => {
    if (attempt === 0 && initialStart) return;
    const mine = ++request.current;
    setWanted(undefined);
    setState({ status: 'loading' });
    loadStart().then(
        (start) => mine === request.current && setState({ status: 'ready', start, day: start.day }),
        (e: unknown) => {
          logError('popup', e);
          if (mine === request.current) setState({ status: 'error', message: e instanceof Error ? e.message : String(e) });
        },
      );
    return () => {
      request.current++;
    };
  }, [loadStart, attempt, initialStart]);

  // The click on English that asked for it: this popup may start the language pack's download.
  const clicked = useRef(false);
  function changeLang(l: Lang) {
    clicked.current = l === 'en';
    setLang(l);
    langPref.set(l).catch((e: unknown) => logError('saving language', e));
  }

  function goTo(date: string) {
    const mine = ++request.current;
    setWanted(date);
    repo.day(date).then(
      (day) => mine === request.current && setState((st) => (st.status === 'ready' ? { ...st, day } : st)),
      (e: unknown) => {
        logError('popup', e);
        if (mine === request.current) setState({ status: 'error', message: e instanceof Error ? e.message : String(e) });
      },
    );
  }

  const day = state.status === 'ready' ? state.day : undefined;
  const papers = useMemo(() => (day ? filterPapers(day.papers, query) : []), [day, query]);
  const english = usePageEnglish(lang, day?.papers, day?.date, englishDeps);

  return (
    <div class="pp" lang={lang}>
      <div class="pp-top" ref={top}>
        <header class="pp-header">
          <h1 class="pp-h1">
            {s.digestName}
            {day && <span class="pp-count"> · {query.trim() ? s.matchCount(papers.length, day.papers.length) : s.papersCount(day.papers.length)}</span>}
          </h1>
          <LangSwitch lang={lang} onChange={changeLang} />
        </header>
        {state.status === 'ready' && day && <DayToolbar s={s} dates={state.start.dates} date={wanted ?? day.date} query={query} setQuery={setQuery} goTo={goTo} readerUrl={readerUrl} openReader={(url) => openUrl(url, false)} />}
      </div>
      {state.status === 'loading' && <p class="pp-state" role="status">{s.loading}</p>}
      {state.status === 'error' && (
        <div class="pp-state pp-error" role="alert">
          <p>{s.loadFailed}</p>
          <p class="pp-detail">{state.message}</p>
          <button type="button" onClick={() => setAttempt(attempt + 1)}>{s.retry}</button>
        </div>
      )}
      {state.status === 'ready' && <DayView s={s} lang={lang} start={state.start} day={day} papers={papers} query={query} openUrl={openUrl} english={english} clicked={clicked} />}
      <footer class="pp-footer">
        <button type="button" class="pp-options" onClick={openOptions}>
          {s.manageDays}
        </button>
        <p class="pp-credit">
          <Credit s={s} />
        </p>
      </footer>
    </div>
  );
}

function noticeText(s: Strings, n: PopupNotice): string {
  if (n.kind === 'not-arxiv') return s.notArxiv;
  if (n.kind === 'empty') return s.emptyDataset;
  return s.notInDataset(n.id);
}

interface DayViewProps {
  s: Strings;
  lang: Lang;
  start: PopupStart;
  day?: Day;
  /** The day's papers that match the query. */
  papers: Paper[];
  query: string;
  openUrl: (url: string, inTargetTab: boolean) => void;
  english: PageEnglish;
  /** Set by a click on English in this popup, cleared once the English is asked for. */
  clicked: { current: boolean };
}

function DayView({ s, lang, start, day, papers, query, openUrl, english, clicked }: DayViewProps) {
  const listRef = useRef<HTMLUListElement>(null);
  const terms = useMemo(() => searchTerms(query), [query]);

  // English for the day: the papers on screen first, then the rest, without holding the list back.
  useEffect(() => {
    if (lang !== 'en' || !day) return;
    const userAsked = clicked.current;
    clicked.current = false;
    const onScreen = new Set(papersOnScreen(listRef.current));
    english.ask(day.papers.filter((p) => onScreen.has(p.id)), day.date, { userAsked, front: true });
    english.ask(day.papers.filter((p) => !onScreen.has(p.id)), day.date, { userAsked, front: false });
    // Asked once per day and language; `english` changes with every paper that lands.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lang, day]);

  useEffect(() => {
    const el = start.highlight ? listRef.current?.querySelector('[aria-current="true"]') : null;
    el?.scrollIntoView?.({ block: 'center' });
  }, [start.highlight, day?.date]);

  return (
    <>
      {start.notice && <p class="pp-notice" role="status">{noticeText(s, start.notice)}</p>}
      {lang === 'en' && day && english.status && day.papers.some((p) => !p.summary.en && !english.of(p)) && (
        <EnglishStatus line={statusLine(english.status, lang)} onAction={() => english.ask(day.papers, day.date, { userAsked: true, front: true })} class="pp-notice" />
      )}
      {day &&
        (papers.length === 0 ? (
          <p class="pp-state" role="status">{s.noResults(query.trim())}</p>
        ) : (
          <ul class="pp-list" ref={listRef} onKeyDown={(e) => onListKeyDown(e, listRef.current)}>
            {papers.map((p) => (
              <PaperItem
                key={`${day.date}/${p.id}`}
                paper={p}
                date={day.date}
                lang={lang}
                s={s}
                terms={terms}
                current={p.id === start.highlight}
                device={english.of(p)}
                {...(english.failed.has(`${p.id}@${day.date}`) ? { line: paperFailedLine(lang) } : {})}
                onAction={() => english.ask([p, ...day.papers.filter((q) => q !== p)], day.date, { userAsked: true, front: true })}
                onOpen={(url, e) => {
                  // Plain clicks go through the extension so the popup can reuse the arXiv tab;
                  // modified clicks keep the browser's own behaviour (new tab, new window).
                  if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
                  e.preventDefault();
                  openUrl(url, start.tabIsArxiv);
                }}
              />
            ))}
          </ul>
        ))}
    </>
  );
}
