import { formatDay, type ReaderStrings } from '../i18n/reader-strings';
import { neighbours } from '../popup/days';
import type { Lang } from '../prefs/schema';

interface DayNavProps {
  s: ReaderStrings;
  lang: Lang;
  dates: readonly string[];
  /** The day shown. */
  date: string;
  goTo: (date: string) => void;
}

/** Previous / next day (skipping weekends and gaps: only days with a digest) and a date input bounded by the data. */
export function DayNav({ s, lang, dates, date, goTo }: DayNavProps) {
  const { prev, next } = neighbours(dates, date);
  return (
    <nav class="rd-nav" aria-label={s.dayNav}>
      <button type="button" class="rd-icon-btn" disabled={!prev} onClick={() => prev && goTo(prev)} aria-label={prev ? `${s.prevDay}: ${formatDay(prev, lang)}` : s.prevDay} title={s.prevDay}>
        <span aria-hidden="true">‹</span>
      </button>
      <input
        type="date"
        class="rd-date"
        aria-label={s.jumpToDay}
        min={dates[0]}
        max={dates.at(-1)}
        value={date}
        onChange={(e) => {
          // A date without a digest is opened too: the reader then says so and shows the closest day.
          const wanted = (e.target as HTMLInputElement).value;
          if (wanted && wanted !== date) goTo(wanted);
        }}
      />
      <button type="button" class="rd-icon-btn" disabled={!next} onClick={() => next && goTo(next)} aria-label={next ? `${s.nextDay}: ${formatDay(next, lang)}` : s.nextDay} title={s.nextDay}>
        <span aria-hidden="true">›</span>
      </button>
    </nav>
  );
}
