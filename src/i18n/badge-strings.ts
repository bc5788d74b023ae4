import type { Lang } from '../prefs/schema';

/**
 * The toolbar button on a tab whose paper has a summary. In the in-app language, like the panel (the
 * default tooltip, on every other tab, is the manifest's and follows the browser's language).
 */
const badgeStrings = {
  // A badge fits about four narrow characters.
  ko: { text: '요약', title: (date: string) => `arXiv Daily Papers: 이 논문의 요약이 있습니다 (${date} Daily Papers)` },
  en: { text: 'TLDR', title: (date: string) => `arXiv Daily Papers: this paper has a summary (Daily Papers of ${date})` },
} satisfies Record<Lang, Record<string, unknown>>;

export function badgeT(lang: Lang) {
  return badgeStrings[lang];
}
