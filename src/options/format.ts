import type { Lang } from '../prefs/schema';

const LOCALE: Record<Lang, string> = { ko: 'ko-KR', en: 'en-GB' };

// Made once per language: building an Intl formatter costs far more than using one, and the list of
// imported days formats a time on every row.
const numbers = new Map<Lang, Intl.NumberFormat>();
const times = new Map<Lang, Intl.DateTimeFormat>();

function numberFormat(lang: Lang): Intl.NumberFormat {
  let f = numbers.get(lang);
  if (!f) numbers.set(lang, (f = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 1 })));
  return f;
}

function timeFormat(lang: Lang): Intl.DateTimeFormat {
  let f = times.get(lang);
  if (!f) times.set(lang, (f = new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'medium', timeStyle: 'short' })));
  return f;
}

/** Storage sizes as people read them: B, KB, MB (1024-based, like the limits). */
export function formatBytes(bytes: number, lang: Lang): string {
  const n = numberFormat(lang);
  if (bytes < 1024) return `${n.format(bytes)} B`;
  if (bytes < 1024 * 1024) return `${n.format(bytes / 1024)} KB`;
  return `${n.format(bytes / 1024 / 1024)} MB`;
}

/** When a day was imported, in the reader's language; undefined for a time the record does not know. */
export function formatImportedAt(iso: string, lang: Lang): string | undefined {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return undefined;
  return timeFormat(lang).format(time);
}

/** A count as people read it (5,488; Korean groups the same way). */
export function formatCount(n: number, lang: Lang): string {
  return numberFormat(lang).format(n);
}

/** Time left as whole hours and minutes, rounded up; 0 and 0 under a minute. */
export function hoursAndMinutes(ms: number): [hours: number, minutes: number] {
  if (ms < 60_000) return [0, 0];
  const minutes = Math.ceil(ms / 60_000);
  return [Math.floor(minutes / 60), minutes % 60];
}
