import type { Strings } from '../i18n/strings';
import { nearestDate, neighbours } from './days';

interface DayToolbarProps {
  s: Strings;
  dates: string[];
  date: string;
  query: string;
  setQuery: (q: string) => void;
  goTo: (date: string) => void;
  /** The reader's URL for a day, when the popup can open the reader. */
  readerUrl?: (date: string) => string;
  /** Opens the reader in a new tab (and closes the popup). */
  openReader?: (url: string) => void;
}

/** Previous / next day, the date picker and the search box: kept in the popup's sticky top. */
export function DayToolbar({ s, dates, date, query, setQuery, goTo, readerUrl, openReader }: DayToolbarProps) {
  const { prev, next } = neighbours(dates, date);
  const reader = readerUrl?.(date);
  return (
    <div class="pp-toolbar">
      <nav class="pp-nav" aria-label={s.dayNav}>
        <button type="button" class="pp-day-btn" disabled={!prev} onClick={() => prev && goTo(prev)} aria-label={s.prevDay} title={s.prevDay}>
          <span aria-hidden="true">‹</span>
        </button>
        {/* A date input, not a list: the archive has hundreds of days, and rendering them all made the
            popup's first paint grow with the archive. It is also the popup's one display of the date. */}
        <input
          type="date"
          class="pp-date"
          aria-label={s.jumpToDay}
          min={dates[0]}
          max={dates.at(-1)}
          value={date}
          onChange={(e) => {
            const wanted = (e.target as HTMLInputElement).value;
            const found = nearestDate(dates, wanted);
            if (wanted && found) goTo(found);
          }}
        />
        <button type="button" class="pp-day-btn" disabled={!next} onClick={() => next && goTo(next)} aria-label={s.nextDay} title={s.nextDay}>
          <span aria-hidden="true">›</span>
        </button>
      </nav>
      {reader && (
        <p class="pp-open-day">
          <a
            href={reader}
            target="_blank"
            rel="noopener"
            title={s.openWholeDayHint}
            onClick={(e) => {
              if (!openReader || e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
              e.preventDefault();
              openReader(reader);
            }}
          >
            {s.openWholeDay}
          </a>
        </p>
      )}
      <div class="pp-search" role="search">
        <input
          type="search"
          class="pp-search-input"
          aria-label={s.search}
          placeholder={s.searchPlaceholder}
          value={query}
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        />
      </div>
    </div>
  );
}
