/**
 * What the search engine indexes: one document per (day, paper). A paper featured on two days is two
 * documents, so a result can always say which day's digest it came from.
 */
import type { Day } from '../digest/schema';
import { shownText } from '../digest/segments';

/** The searchable fields, in ranking order. Numbers are stored in postings: keep them below 8. */
export const FIELDS = ['id', 'title', 'authors', 'ko', 'en'] as const;
export type SearchField = (typeof FIELDS)[number];
export const FIELD = { id: 0, title: 1, authors: 2, ko: 3, en: 4 } as const satisfies Record<SearchField, number>;

export interface SearchDoc {
  date: string;
  /** Position of the paper in its day's digest (tie-break after the date). */
  order: number;
  id: string;
  title: string;
  authors: string[];
  /** Korean summary: one line per bullet. */
  ko: string;
  /** English summary, when the day has a translation: one line per bullet. */
  en?: string;
}

/**
 * The visible text of a bullet segment (segments.ts): takes any value rather than the schema's union, so a
 * damaged or unknown segment reads as nothing. A nested item's start reads as a line break.
 */
export const segmentText: (seg: unknown) => string = shownText;

function summaryText(bullets: readonly (readonly unknown[])[]): string {
  // One line per bullet: snippets stay inside one bullet, and no term matches across two of them.
  return bullets.map((b) => b.map(segmentText).join('').replace(/\n/g, ' ')).join('\n');
}

/** The document with `bullets` as its English (English made on the device for a paper that had none). */
export function withEnglishText(doc: SearchDoc, bullets: readonly (readonly unknown[])[]): SearchDoc {
  return { ...doc, en: summaryText(bullets) };
}

export function docsOfDay(day: Day): SearchDoc[] {
  return day.papers.map((p, order) => {
    const doc: SearchDoc = { date: day.date, order, id: p.id, title: p.title, authors: [...p.authors], ko: summaryText(p.summary.ko.bullets) };
    if (p.summary.en) doc.en = summaryText(p.summary.en.bullets);
    return doc;
  });
}

/** The text of one field of a document ('' when absent). Authors read as one comma-separated line. */
export function fieldText(doc: SearchDoc, field: number): string {
  switch (field) {
    case FIELD.id:
      return doc.id;
    case FIELD.title:
      return doc.title;
    case FIELD.authors:
      return doc.authors.join(', ');
    case FIELD.ko:
      return doc.ko;
    case FIELD.en:
      return doc.en ?? '';
    default:
      return '';
  }
}
