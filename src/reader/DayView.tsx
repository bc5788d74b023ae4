import { useEffect, useMemo, useRef } from 'preact/hooks';
import { paperFailedLine, statusLine } from '../i18n/english-strings';
import { EnglishStatus } from '../pages/English';
import { papersOnScreen } from '../pages/on-screen';
import { usePageEnglish, type EnglishDeps } from '../pages/use-english';
import type { Day } from '../digest/schema';
import { formatDay, type ReaderStrings } from '../i18n/reader-strings';
import type { DaySort } from '../pages/reader-url';
import type { Lang } from '../prefs/schema';
import { PaperArticle } from './PaperArticle';
import { hasVotes, sortPapers } from './sort';

interface DayViewProps {
  s: ReaderStrings;
  lang: Lang;
  day: Day;
  sort: DaySort;
  /** The paper the URL names (#ID): marked, and brought into view by the app. */
  currentId?: string;
  /** The date asked for, when it has no digest and this is the closest day. */
  missing?: string;
  onSort: (sort: DaySort) => void;
  /** Called once the day is on screen (after the browser painted it). */
  onPainted: () => void;
  /** Storage and the translation port, for English made on this device. */
  englishDeps: EnglishDeps;
  /** A click on English asked for it (a download may start): cleared once asked. */
  clicked?: { current: boolean };
}

/** A whole day as a newsletter: every paper in full, in digest order or by votes. */
export function DayView({ s, lang, day, sort, currentId, missing, onSort, onPainted, englishDeps, clicked }: DayViewProps) {
  const papers = useMemo(() => sortPapers(day.papers, sort), [day, sort]);
  const votes = hasVotes(day.papers);
  const english = usePageEnglish(lang, day.papers, day.date, englishDeps);
  const list = useRef<HTMLOListElement>(null);

  // Preact runs effects after the browser has painted the commit: the day is on screen by now.
  useEffect(() => onPainted(), [day, onPainted]);

  // The day in English, progressively: the papers on screen first, then the rest in the order shown.
  useEffect(() => {
    if (lang !== 'en') return;
    const userAsked = !!clicked?.current;
    if (clicked) clicked.current = false;
    const onScreen = new Set(papersOnScreen(list.current));
    english.ask(papers.filter((p) => onScreen.has(p.id)), day.date, { userAsked, front: true });
    english.ask(papers.filter((p) => !onScreen.has(p.id)), day.date, { userAsked, front: false });
    // Asked once per day and language; `english` changes with every paper that lands.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lang, day]);
  const waiting = lang === 'en' && day.papers.some((p) => !p.summary.en && !english.of(p));

  return (
    <section class="rd-day" aria-labelledby="rd-day-title">
      <div class="rd-day-head">
        <h2 id="rd-day-title" class="rd-day-title">
          {s.dayHeading(formatDay(day.date, lang), day.papers.length)}
        </h2>
        {votes && (
          <label class="rd-sort">
            {s.sortBy}{' '}
            <select value={sort} onChange={(e) => onSort((e.target as HTMLSelectElement).value === 'votes' ? 'votes' : 'digest')}>
              <option value="digest">{s.sortDigest}</option>
              <option value="votes">{s.sortVotes}</option>
            </select>
          </label>
        )}
      </div>
      {missing && (
        <p class="rd-notice" role="status">
          {s.noDigestOn(formatDay(missing, lang), formatDay(day.date, lang))}
        </p>
      )}
      {waiting && english.status && <EnglishStatus line={statusLine(english.status, lang)} onAction={() => english.ask(papers, day.date, { userAsked: true, front: true })} class="rd-notice" />}
      <ol class="rd-papers" ref={list}>
        {papers.map((p) => (
          <li key={`${day.date}/${p.id}`} data-id={p.id}>
            <PaperArticle
              paper={p}
              lang={lang}
              s={s}
              current={p.id === currentId}
              device={english.of(p)}
              {...(english.failed.has(`${p.id}@${day.date}`) ? { line: paperFailedLine(lang) } : {})}
              onAction={() => english.ask([p], day.date, { userAsked: true, front: true })}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}
