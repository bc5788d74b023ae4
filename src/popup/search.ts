import type { Paper } from '../digest/schema';
import { bulletText } from '../model/bullet-parts';

function normalize(s: string): string {
  // NFKC folds full-width Latin and compatibility Hangul jamo, so "ＧＰＴ" and "GPT" meet.
  return s.normalize('NFKC').toLocaleLowerCase();
}

/** All searchable text of a paper: title, authors, ID and both languages' summaries. */
export function searchText(p: Paper): string {
  const bullets = [p.summary.ko, p.summary.en].flatMap((s) => (s ? s.bullets.map(bulletText) : []));
  return normalize([p.title, p.authors.join(' '), p.id, ...bullets].join('\n'));
}

/** Papers matching every whitespace-separated term of the query (case- and width-insensitive). */
export function filterPapers<P extends Paper>(papers: readonly P[], query: string): P[] {
  const terms = normalize(query).split(/\s+/).filter(Boolean);
  if (terms.length === 0) return [...papers];
  return papers.filter((p) => {
    const text = searchText(p);
    return terms.every((term) => text.includes(term));
  });
}
