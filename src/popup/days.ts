/** Previous and next day around `date` in a sorted list of dates; undefined at the ends. */
export function neighbours(dates: readonly string[], date: string): { prev?: string; next?: string } {
  const i = dates.indexOf(date);
  if (i < 0) return {};
  return { prev: dates[i - 1], next: dates[i + 1] };
}

/**
 * The day to show for a date the user picked: that day if it has a digest, else the closest earlier one,
 * else the first day. `dates` is sorted; undefined only when it is empty.
 */
export function nearestDate(dates: readonly string[], wanted: string): string | undefined {
  let best: string | undefined;
  for (const d of dates) {
    if (d > wanted) break;
    best = d;
  }
  return best ?? dates[0];
}
