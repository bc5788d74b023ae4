/**
 * Search text normalisation: NFKC, then lower case, the same fold the popup's filter uses, so
 * `ＧＰＴ` finds `GPT` and compatibility jamo (`ㄱㅏ`) meet the syllable they spell (`가`).
 *
 * NFKC changes lengths (`ﬁ` → `fi`, `㈜` → `(주)`, jamo compose), so highlights found in normalised text
 * cannot be used on the original directly: `normalizeWithMap` also says, for every normalised code
 * unit, which range of the original it came from.
 */

// Printable ASCII, usual white space and precomposed Hangul syllables are left alone by NFKC (and
// nothing composes with them unless a character outside this set follows): most digest text is only these.
const NFKC_STABLE = /^[\t\n\r\x20-\x7e\uac00-\ud7a3]*$/;

export function normalize(s: string): string {
  return (NFKC_STABLE.test(s) ? s : s.normalize('NFKC')).toLowerCase();
}

export interface MappedText {
  /** `normalize(original)`. */
  text: string;
  /** The range of the original text that normalised range [start, end) came from (end > start). */
  original(start: number, end: number): [number, number];
}

// What NFKC may fold into one character: a run of Hangul jamo (conjoining or compatibility), after the
// syllable they may extend (가 + ᆨ = 각), or any code point with its combining marks.
const CLUSTER = /[\uac00-\ud7a3]?(?:[\u1100-\u11ff\u3131-\u318e\ua960-\ua97f\ud7b0-\ud7ff]\p{M}*)+|[^]\p{M}*/gu;
// NFKC never composes across white space, so pieces split there normalise independently.
const PIECE = /\s+|\S+/g;

export function normalizeWithMap(original: string): MappedText {
  const text = normalize(original);
  // Nothing changed length and NFKC changed nothing: code unit i came from code unit i.
  if (text.length === original.length && NFKC_STABLE.test(original)) return { text, original: (s, e) => [s, e] };
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of original.matchAll(PIECE)) mapPiece(m[0], m.index, out, starts, ends);
  return { text: out.join(''), original: (s, e) => [starts[s]!, ends[e - 1]!] };
}

function mapPiece(piece: string, at: number, out: string[], starts: number[], ends: number[]): void {
  const nfkc = piece.normalize('NFKC');
  const folded = nfkc.toLowerCase();
  out.push(folded);
  // The common case (already NFKC, lower-casing kept the length): code unit i came from code unit i.
  if (nfkc === piece && folded.length === piece.length) {
    for (let i = 0; i < piece.length; i++) {
      starts.push(at + i);
      ends.push(at + i + 1);
    }
    return;
  }
  // Otherwise map cluster by cluster; if folding clusters one by one does not give the same text
  // (context-dependent folds), every unit maps to the whole piece: coarser, never wrong.
  const parts: [string, number, number][] = [];
  let joined = '';
  for (const c of piece.matchAll(CLUSTER)) {
    const f = normalize(c[0]);
    parts.push([f, at + c.index, at + c.index + c[0].length]);
    joined += f;
  }
  if (joined !== folded) {
    for (let i = 0; i < folded.length; i++) {
      starts.push(at);
      ends.push(at + piece.length);
    }
    return;
  }
  for (const [f, s, e] of parts) {
    for (let i = 0; i < f.length; i++) {
      starts.push(s);
      ends.push(e);
    }
  }
}
