import type { Lang } from '../prefs/schema';

const LOCALE: Record<Lang, string> = { ko: 'ko-KR', en: 'en-GB' };

/** Storage sizes as people read them: B, KB, MB (1024-based, like the limits). */
export function formatBytes(bytes: number, lang: Lang): string {
  const n = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 1 });
  if (bytes < 1024) return `${n.format(bytes)} B`;
  if (bytes < 1024 * 1024) return `${n.format(bytes / 1024)} KB`;
  return `${n.format(bytes / 1024 / 1024)} MB`;
}

/** When a day was imported, in the reader's language; undefined for a time the record does not know. */
export function formatImportedAt(iso: string, lang: Lang): string | undefined {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return undefined;
  return new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'medium', timeStyle: 'short' }).format(time);
}
