import type { Paper, Summary } from '../digest/schema';
import type { Lang } from '../prefs/schema';

export interface SummaryView {
  summary: Summary;
  /** Language the bullets are actually in (Korean when no English exists yet). */
  lang: Lang;
  /** The user asked for English but this paper has none. */
  fallback: boolean;
}

export function summaryFor(paper: Paper, lang: Lang): SummaryView {
  if (lang === 'en' && paper.summary.en) return { summary: paper.summary.en, lang: 'en', fallback: false };
  return { summary: paper.summary.ko, lang: 'ko', fallback: lang === 'en' };
}
