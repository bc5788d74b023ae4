import type { Paper, Summary } from '../digest/schema';
import type { Lang } from '../prefs/schema';
import type { DeviceEnglish } from '../translate/record';

/** Where English comes from: the reader's own imported translation, or the browser's translator on this device. */
export type EnglishSource = 'yours' | 'device';

export interface SummaryView {
  summary: Summary;
  /** Language the bullets are actually in (Korean when no English exists yet). */
  lang: Lang;
  /** The user asked for English but this paper has none (yet). */
  fallback: boolean;
  /** For English: whose it is, so it is always labelled. */
  source?: EnglishSource;
}

/**
 * The summary to show in `lang`: the reader's imported English first (their own choice), then English made
 * on this device for this Korean text, else the Korean.
 */
export function summaryFor(paper: Paper, lang: Lang, device?: DeviceEnglish): SummaryView {
  if (lang === 'en') {
    if (paper.summary.en) return { summary: paper.summary.en, lang: 'en', fallback: false, source: 'yours' };
    if (device) return { summary: { bullets: device.bullets, translated: true, ...(device.note ? { note: device.note } : {}) }, lang: 'en', fallback: false, source: 'device' };
  }
  return { summary: paper.summary.ko, lang: 'ko', fallback: lang === 'en' };
}
