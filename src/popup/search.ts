import type { Bullet, Paper } from '../digest/schema';
import { bulletText } from '../model/bullet-parts';

function normalize(s: string): string {
  // NFKC folds full-width Latin and compatibility Hangul jamo, so "ＧＰＴ" and "GPT" meet.
  return s.normalize('NFKC').toLocaleLowerCase();
}

/** The whitespace-separated terms of a query, normalised; empty for a blank query. */
export function searchTerms(query: string): string[] {
  return normalize(query).split(/\s+/).filter(Boolean);
}

function bulletsText(bullets: readonly Bullet[] | undefined): string[] {
  return bullets ? bullets.map((b) => normalize(bulletText(b))) : [];
}

/** All searchable text of a paper: title, authors, ID and both languages' summaries. */
export function searchText(p: Paper): string {
  return [normalize([p.title, p.authors.join(' '), p.id].join('\n')), ...bulletsText(p.summary.ko.bullets), ...bulletsText(p.summary.en?.bullets)].join('\n');
}

/** Papers matching every whitespace-separated term of the query (case- and width-insensitive). */
export function filterPapers<P extends Paper>(papers: readonly P[], query: string): P[] {
  const terms = searchTerms(query);
  if (terms.length === 0) return [...papers];
  return papers.filter((p) => {
    const text = searchText(p);
    return terms.every((term) => text.includes(term));
  });
}

/** The first of `bullets` that contains a term (so a collapsed entry can show why it matched), or -1. */
export function matchingBullet(bullets: readonly Bullet[], terms: readonly string[]): number {
  if (terms.length === 0) return -1;
  return bulletsText(bullets).findIndex((text) => terms.some((t) => text.includes(t)));
}

/** Whether any term is in what the entry shows in `bullets`' language (title, authors, ID, those bullets). */
export function matchesShownText(p: Paper, bullets: readonly Bullet[], terms: readonly string[]): boolean {
  const shown = [normalize([p.title, p.authors.join(' '), p.id].join('\n')), ...bulletsText(bullets)].join('\n');
  return terms.some((t) => shown.includes(t));
}
