import type { Lang } from '../prefs/schema';

/** The listing-page marker's words (apart from the panel's, so the abs-page script does not carry them). */
const listingStrings = {
  ko: {
    marker: '요약',
    /** The marker's accessible name: its visible word first, then which paper. */
    markerName: (id: string) => `요약: arXiv ${id}`,
    markerShow: 'Daily Papers 요약 펼치기',
    markerHide: 'Daily Papers 요약 접기',
  },
  en: {
    marker: 'Summary',
    markerName: (id: string) => `Summary: arXiv ${id}`,
    markerShow: 'Show the Daily Papers summary',
    markerHide: 'Hide the Daily Papers summary',
  },
} satisfies Record<Lang, Record<string, unknown>>;

export type ListingStrings = (typeof listingStrings)['en'];

export function listingT(lang: Lang): ListingStrings {
  return listingStrings[lang];
}
