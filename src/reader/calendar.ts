/**
 * The month view's model: which days of a month have a digest and how many papers, laid out in weeks
 * (Sunday first), and where the arrow keys go from a day. Dates are YYYY-MM-DD strings throughout;
 * arithmetic is done in UTC so no time zone moves a day.
 */

export interface CalendarCell {
  date: string;
  /** Day of the month, 1–31. */
  day: number;
  hasDigest: boolean;
  /** Papers that day, when known (the search index counts them; the shown day is known at once). */
  count?: number;
}

export interface MonthModel {
  /** YYYY-MM */
  month: string;
  /** Rows of seven; null before the 1st and after the last day. */
  weeks: (CalendarCell | null)[][];
  /** The nearest earlier / later month that has a digest (months without any are skipped). */
  prev?: string;
  next?: string;
}

const DAY_MS = 86_400_000;

export function monthOf(date: string): string {
  return date.slice(0, 7);
}

function toTime(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

function fromTime(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

export function addDaysTo(date: string, n: number): string {
  return fromTime(toTime(date) + n * DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return new Date(toTime(date)).getUTCDay();
}

function daysInMonth(month: string): number {
  const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * The month `month` (YYYY-MM) given the sorted dates that have a digest and the paper counts known so
 * far. Cost: the month's days plus a binary search, whatever the size of the archive.
 */
export function monthModel(month: string, dates: readonly string[], counts: ReadonlyMap<string, number>): MonthModel {
  const first = `${month}-01`;
  const length = daysInMonth(month);
  const from = lowerBound(dates, first);
  const present = new Set<string>();
  for (let i = from; i < dates.length && dates[i]!.startsWith(month); i++) present.add(dates[i]!);

  const cells: (CalendarCell | null)[] = Array.from({ length: weekday(first) }, () => null);
  for (let d = 1; d <= length; d++) {
    const date = `${month}-${String(d).padStart(2, '0')}`;
    const cell: CalendarCell = { date, day: d, hasDigest: present.has(date) };
    const count = counts.get(date);
    if (cell.hasDigest && count !== undefined) cell.count = count;
    cells.push(cell);
  }
  while (cells.length % 7) cells.push(null);
  const weeks: (CalendarCell | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));

  const model: MonthModel = { month, weeks };
  const before = dates[from - 1];
  const afterIndex = lowerBound(dates, `${month}-32`);
  if (before) model.prev = monthOf(before);
  if (dates[afterIndex]) model.next = monthOf(dates[afterIndex]!);
  return model;
}

/** First index whose date is >= `date` (dates sorted). */
function lowerBound(dates: readonly string[], date: string): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (dates[mid]! < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export type CalendarKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

export function isCalendarKey(key: string): key is CalendarKey {
  return ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(key);
}

/**
 * Where focus goes from `from` within the month: ←/→ the previous / next day with a digest, ↑/↓ the
 * same weekday a week before / after (or the nearest digest day of that week), Home/End the first /
 * last digest day of the month. Undefined when there is nowhere to go in this month.
 */
export function moveInMonth(model: MonthModel, from: string, key: CalendarKey): string | undefined {
  const digest = new Set(model.weeks.flat().flatMap((c) => (c?.hasDigest ? [c.date] : [])));
  const inMonth = (d: string) => monthOf(d) === model.month;
  const sorted = [...digest].sort();
  switch (key) {
    case 'Home':
      return sorted[0];
    case 'End':
      return sorted.at(-1);
    case 'ArrowLeft':
    case 'ArrowRight': {
      const step = key === 'ArrowLeft' ? -1 : 1;
      for (let d = addDaysTo(from, step); inMonth(d); d = addDaysTo(d, step)) if (digest.has(d)) return d;
      return undefined;
    }
    default: {
      const step = key === 'ArrowUp' ? -7 : 7;
      for (let target = addDaysTo(from, step); ; target = addDaysTo(target, step)) {
        // The week holding `target`, Sunday to Saturday, limited to this month.
        const sunday = addDaysTo(target, -weekday(target));
        const week = Array.from({ length: 7 }, (_, i) => addDaysTo(sunday, i));
        if (!week.some(inMonth)) return undefined;
        const hit = week.filter((d) => digest.has(d)).sort((a, b) => Math.abs(toTime(a) - toTime(target)) - Math.abs(toTime(b) - toTime(target)) || a.localeCompare(b))[0];
        if (hit) return hit;
      }
    }
  }
}
