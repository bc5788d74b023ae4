import { useEffect, useMemo } from 'preact/hooks';
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
}

/** A whole day as a newsletter: every paper in full, in digest order or by votes. */
export function DayView({ s, lang, day, sort, currentId, missing, onSort, onPainted }: DayViewProps) {
  const papers = useMemo(() => sortPapers(day.papers, sort), [day, sort]);
  const votes = hasVotes(day.papers);
  // Most days have English for every paper or for none: then it is said once, not under every paper.
  const noEnglish = lang === 'en' && !day.papers.some((p) => p.summary.en);

  // Preact runs effects after the browser has painted the commit: the day is on screen by now.
  useEffect(() => onPainted(), [day, onPainted]);

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
      {noEnglish && <p class="rd-notice">{s.noEnglish}</p>}
      <ol class="rd-papers">
        {papers.map((p) => (
          <li key={`${day.date}/${p.id}`}>
            <PaperArticle paper={p} lang={lang} s={s} current={p.id === currentId} fallbackNote={!noEnglish} />
          </li>
        ))}
      </ol>
    </section>
  );
}
