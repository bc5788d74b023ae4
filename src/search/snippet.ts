/**
 * The matching text a result shows: a window of about SNIPPET_WIDTH characters of one line (one bullet),
 * cut from the original text, with the ranges to highlight. Terms are found in the normalised text and
 * mapped back (normalize.ts), so `ＧＰＴ` or `ﬁne` in the original is highlighted whole.
 */
import { normalizeWithMap } from './normalize';

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
      out.push({ start: m.starts[i]!, end: m.ends[i + term.length - 1]!, term: k });
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
  const occ = occurrences(text, terms);
  const found = new Set(occ.map((o) => o.term)).size;
  const [ls, le] = bestLine(text, occ);
  const inLine = occ.filter((o) => o.start >= ls && o.start < le);
  const first = inLine[0];
  let start = ls;
  let end = le;
  if (le - ls > width) {
    start = Math.max(ls, (first?.start ?? ls) - LEAD);
    end = Math.min(le, start + width);
    start = Math.max(ls, end - width);
    if (start > ls) start = snapStart(text, start, first?.start ?? start + SNAP);
    if (end < le) end = snapEnd(text, end, first?.end ?? end - SNAP);
  }
  const prefix = start > ls ? ELLIPSIS : '';
  const suffix = end < le ? ELLIPSIS : '';
  const shift = prefix.length - start;
  const highlights = merged(
    inLine.filter((o) => o.start < end && o.end > start).map((o): Range => [Math.max(o.start, start) + shift, Math.min(o.end, end) + shift]),
  );
  return { text: prefix + text.slice(start, end) + suffix, highlights, found };
}

/** The line holding the most distinct terms (the earliest of equals); the first line when none does. */
function bestLine(text: string, occ: readonly Occurrence[]): Range {
  let best: Range = [0, lineEnd(text, 0)];
  let bestCount = 0;
  for (let ls = 0; ls <= text.length; ) {
    const le = lineEnd(text, ls);
    const count = new Set(occ.filter((o) => o.start >= ls && o.start < le).map((o) => o.term)).size;
    if (count > bestCount) [best, bestCount] = [[ls, le], count];
    ls = le + 1;
  }
  return best;
}

function lineEnd(text: string, from: number): number {
  const i = text.indexOf('\n', from);
  return i < 0 ? text.length : i;
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
