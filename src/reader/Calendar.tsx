import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatDay, formatMonth, weekdayNames, type ReaderStrings } from '../i18n/reader-strings';
import { neighbours } from '../popup/days';
import type { Lang } from '../prefs/schema';
import { isCalendarKey, monthModel, monthOf, moveInMonth, type MonthModel } from './calendar';

interface CalendarProps {
  s: ReaderStrings;
  lang: Lang;
  /** Every date with a digest, sorted. */
  dates: readonly string[];
  /** Papers per day, where known. */
  counts: ReadonlyMap<string, number>;
  /** The day shown. */
  current: string;
  onOpen: (date: string) => void;
}

const firstDigest = (m: MonthModel) => m.weeks.flat().find((c) => c?.hasDigest)?.date;
const lastDigest = (m: MonthModel) => m.weeks.flat().filter((c) => c?.hasDigest).at(-1)?.date;

/**
 * A month at a time: which days have a digest and how many papers. One tab stop (the shown day, or the
 * month's first digest day); arrow keys move between digest days, across months at the edges; Page Up /
 * Page Down change the month; Enter opens a day.
 */
export function Calendar({ s, lang, dates, counts, current, onOpen }: CalendarProps) {
  const [month, setMonth] = useState(monthOf(current));
  const [focusOn, setFocusOn] = useState<string>();
  const grid = useRef<HTMLTableElement>(null);
  const model = useMemo(() => monthModel(month, dates, counts), [month, dates, counts]);
  const weekdays = useMemo(() => weekdayNames(lang), [lang]);
  const captionId = 'rd-cal-caption';

  // Another day opened elsewhere (buttons, date input, a result): show its month.
  useEffect(() => setMonth(monthOf(current)), [current]);

  useEffect(() => {
    if (!focusOn) return;
    grid.current?.querySelector<HTMLButtonElement>(`button[data-date="${focusOn}"]`)?.focus();
    setFocusOn(undefined);
  }, [focusOn, model]);

  const tabStop = monthOf(current) === month ? current : firstDigest(model);

  function go(date: string | undefined) {
    if (!date) return;
    setMonth(monthOf(date));
    setFocusOn(date);
  }

  function onKeyDown(e: KeyboardEvent) {
    const from = (e.target as HTMLElement).dataset?.date;
    if (!from) return;
    if (e.key === 'PageUp' || e.key === 'PageDown') {
      e.preventDefault();
      const to = e.key === 'PageUp' ? model.prev : model.next;
      if (to) go(e.key === 'PageUp' ? lastDigest(monthModel(to, dates, counts)) : firstDigest(monthModel(to, dates, counts)));
      return;
    }
    if (!isCalendarKey(e.key)) return;
    e.preventDefault();
    const inMonth = moveInMonth(model, from, e.key);
    if (inMonth) return go(inMonth);
    // Past the month's first or last digest day: on to the neighbouring digest day.
    const { prev, next } = neighbours(dates, from);
    if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') go(prev);
    else if (e.key === 'ArrowRight' || e.key === 'ArrowDown') go(next);
  }

  return (
    <section class="rd-cal" aria-labelledby={captionId}>
      <div class="rd-cal-head">
        <button type="button" class="rd-icon-btn" disabled={!model.prev} onClick={() => model.prev && setMonth(model.prev)} aria-label={s.prevMonth} title={s.prevMonth}>
          <span aria-hidden="true">‹</span>
        </button>
        <h2 class="rd-cal-title" id={captionId} aria-live="polite">
          {formatMonth(month, lang)}
        </h2>
        <button type="button" class="rd-icon-btn" disabled={!model.next} onClick={() => model.next && setMonth(model.next)} aria-label={s.nextMonth} title={s.nextMonth}>
          <span aria-hidden="true">›</span>
        </button>
      </div>
      <table class="rd-cal-grid" ref={grid} aria-labelledby={captionId} aria-describedby="rd-cal-help" onKeyDown={onKeyDown}>
        <thead>
          <tr>
            {weekdays.short.map((d, i) => (
              <th key={i} scope="col" abbr={weekdays.long[i]}>
                {d}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.weeks.map((week, w) => (
            <tr key={w}>
              {week.map((cell, i) =>
                !cell ? (
                  <td key={i} />
                ) : cell.hasDigest ? (
                  <td key={i}>
                    <button
                      type="button"
                      class="rd-cal-day"
                      data-date={cell.date}
                      tabIndex={cell.date === tabStop ? 0 : -1}
                      aria-current={cell.date === current ? 'date' : undefined}
                      aria-label={s.dayCell(formatDay(cell.date, lang), cell.count)}
                      onClick={() => onOpen(cell.date)}
                    >
                      <span class="rd-cal-num">{cell.day}</span>
                      <span class="rd-cal-count" aria-hidden="true">
                        {cell.count ?? '•'}
                      </span>
                    </button>
                  </td>
                ) : (
                  <td key={i} class="rd-cal-none" title={s.noDigestDay(formatDay(cell.date, lang))}>
                    {cell.day}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <p id="rd-cal-help" class="dp-sr">
        {s.calendarHelp}
      </p>
    </section>
  );
}
