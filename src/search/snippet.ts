/**
 * The matching text a result shows: a window of about SNIPPET_WIDTH characters of one line (one bullet),
 * cut from the original text, with the ranges to highlight. Terms are found in the normalised text and
 * mapped back (normalize.ts), so `ＧＰＴ` or `ﬁne` in the original is highlighted whole.
 */
import { normalize, normalizeWithMap } from './normalize';

/** [start, end) in the snippet's (or the given) text, ascending, not overlapping. */
export type Range = [start: number, end: number];

export const SNIPPET_WIDTH = 120;
/** How much text to keep before the first match, so it is read in context. */
const LEAD = 30;
/** How far to move a cut to reach a word boundary. */
const SNAP = 12;
const ELLIPSIS = '…';

interface Occurrence {
  start: number;
  end: number;
  term: number;
}

function occurrences(text: string, terms: readonly string[]): Occurrence[] {
  const m = normalizeWithMap(text);
  const out: Occurrence[] = [];
  terms.forEach((term, k) => {
    if (!term) return;
    for (let i = m.text.indexOf(term); i >= 0; i = m.text.indexOf(term, i + 1)) {
      const [start, end] = m.original(i, i + term.length);
      out.push({ start, end, term: k });
    }
  });
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

function merged(ranges: Iterable<Range>): Range[] {
  const out: Range[] = [];
  for (const [s, e] of ranges) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** Where the (normalised) terms occur in `text`, as ranges of the original text. */
export function highlightRanges(text: string, terms: readonly string[]): Range[] {
  return merged(occurrences(text, terms).map((o): Range => [o.start, o.end]));
}

export interface TextSnippet {
  text: string;
  highlights: Range[];
  /** How many distinct terms occur anywhere in the text: which field makes the better snippet. */
  found: number;
}

export function makeSnippet(text: string, terms: readonly string[], width = SNIPPET_WIDTH): TextSnippet {
  const { line, found } = bestLine(text, terms);
  const occ = occurrences(line, terms);
  const first = occ[0];
  let start = 0;
  let end = line.length;
  if (line.length > width) {
    start = Math.max(0, (first?.start ?? 0) - LEAD);
    end = Math.min(line.length, start + width);
    start = Math.max(0, end - width);
    if (start > 0) start = snapStart(line, start, first?.start ?? start + SNAP);
    if (end < line.length) end = snapEnd(line, end, first?.end ?? end - SNAP);
  }
  const prefix = start > 0 ? ELLIPSIS : '';
  const suffix = end < line.length ? ELLIPSIS : '';
  const shift = prefix.length - start;
  const highlights = merged(occ.filter((o) => o.start < end && o.end > start).map((o): Range => [Math.max(o.start, start) + shift, Math.min(o.end, end) + shift]));
  return { text: prefix + line.slice(start, end) + suffix, highlights, found };
}

/**
 * The line holding the most distinct terms (the earliest of equals; the first line when none does), and
 * how many distinct terms the whole text holds. Lines are compared on normalised text without offsets:
 * only the chosen line needs mapping back to the original.
 */
function bestLine(text: string, terms: readonly string[]): { line: string; found: number } {
  const lines = text.split('\n');
  let best = lines[0]!;
  let bestCount = 0;
  const seen = new Set<number>();
  for (const line of lines) {
    const norm = normalize(line);
    let count = 0;
    terms.forEach((term, k) => {
      if (term && norm.includes(term)) {
        count++;
        seen.add(k);
      }
    });
    if (count > bestCount) [best, bestCount] = [line, count];
  }
  return { line: best, found: seen.size };
}

// Cuts move to a word boundary when one is near (never past the first match), and never split a
// surrogate pair.
function snapStart(text: string, start: number, limit: number): number {
  for (let i = start; i < Math.min(start + SNAP, limit); i++) if (/\s/.test(text[i]!)) return i + 1;
  return isLowSurrogate(text, start) ? start + 1 : start;
}

function snapEnd(text: string, end: number, limit: number): number {
  for (let i = end; i > Math.max(end - SNAP, limit); i--) if (/\s/.test(text[i - 1]!)) return i - 1;
  return isLowSurrogate(text, end) ? end - 1 : end;
}

function isLowSurrogate(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff;
}
