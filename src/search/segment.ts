/**
 * One immutable slice of the index: the documents of one build (the whole archive, or one import).
 *
 * A term never contains white space, so it occurs in a text exactly when it occurs inside one of the
 * text's white-space-separated tokens (`모델을`, `lora를`, `(llm)은`). So the index keeps:
 * - the vocabulary: every distinct normalised token, with its postings (which documents and fields hold it);
 * - character bigrams of the vocabulary (not of the documents), the candidate filter for a term: the
 *   tokens holding the term's rarest bigram, then a substring check on each token.
 * Bigrams of the documents would need ~3× the postings (English text holds nearly every Latin bigram) and a
 * check against every candidate document's text; the vocabulary is far smaller and gives exact answers.
 *
 * All fields are arrays, typed arrays and strings: the index survives structured cloning (postMessage
 * from a worker) and needs no methods on the receiving side.
 */
import { fieldText, FIELDS, type SearchDoc } from './doc';
import { normalize } from './normalize';

export interface Segment {
  /** Token number → token: normalised, non-empty, no white space. */
  tokens: string[];
  /** Token t's postings are `posts[postStart[t] .. postStart[t + 1])`, in increasing document order. */
  postStart: Uint32Array;
  /** A posting: `doc * 64 + field * 8 + min(count, 7)` (see `posting`). */
  posts: Uint32Array;
  /** Distinct bigrams of the tokens as `unit1 * 65536 + unit2` (UTF-16 code units), ascending. */
  gramKeys: Uint32Array;
  /** Bigram g's tokens are `gramTokens[gramStart[g] .. gramStart[g + 1])`, ascending. */
  gramStart: Uint32Array;
  gramTokens: Uint32Array;
}

/** Counts above this are stored as this: beyond a few occurrences the ranking does not care. */
export const MAX_COUNT = 7;
/** Document numbers must stay below this for postings to fit 32 bits. */
export const MAX_DOCS = 2 ** 26;

export const posting = {
  doc: (p: number) => p >>> 6,
  field: (p: number) => (p >>> 3) & 7,
  count: (p: number) => p & 7,
};

const WHITE_SPACE = /\s+/;

/** Indexes `docs`, numbered from `first` on (document numbers are global across segments). */
export function buildSegment(docs: readonly SearchDoc[], first: number): Segment {
  if (first + docs.length > MAX_DOCS) throw new RangeError(`a search index holds at most ${MAX_DOCS} documents`);
  const vocab = new Map<string, number>();
  const tokens: string[] = [];
  const lists: number[][] = [];
  // Per-token counters for the field being read; `stamp` says which field they belong to, so they never
  // need clearing.
  const stamp: number[] = [];
  const count: number[] = [];
  let now = 0;
  const touched: number[] = [];

  docs.forEach((doc, i) => {
    const base = (first + i) * 64;
    for (let field = 0; field < FIELDS.length; field++) {
      const text = fieldText(doc, field);
      if (!text) continue;
      now++;
      touched.length = 0;
      for (const token of normalize(text).split(WHITE_SPACE)) {
        if (!token) continue;
        let t = vocab.get(token);
        if (t === undefined) {
          t = tokens.length;
          vocab.set(token, t);
          tokens.push(token);
          lists.push([]);
          stamp.push(0);
          count.push(0);
        }
        if (stamp[t] !== now) {
          stamp[t] = now;
          count[t] = 1;
          touched.push(t);
        } else count[t]!++;
      }
      for (const t of touched) lists[t]!.push(base + field * 8 + Math.min(count[t]!, MAX_COUNT));
    }
  });

  const [postStart, posts] = packLists(lists);
  return { tokens, postStart, posts, ...gramIndex(tokens) };
}

/** Lists of numbers as one array plus offsets (one allocation, instead of one per list). */
function packLists(lists: readonly (readonly number[])[]): [Uint32Array, Uint32Array] {
  const start = new Uint32Array(lists.length + 1);
  for (let i = 0; i < lists.length; i++) start[i + 1] = start[i]! + lists[i]!.length;
  const all = new Uint32Array(start[lists.length]!);
  lists.forEach((list, i) => all.set(list, start[i]));
  return [start, all];
}

function gramIndex(tokens: readonly string[]): Pick<Segment, 'gramKeys' | 'gramStart' | 'gramTokens'> {
  const byGram = new Map<number, number[]>();
  tokens.forEach((token, t) => {
    for (let i = 0; i + 1 < token.length; i++) {
      const key = token.charCodeAt(i) * 65536 + token.charCodeAt(i + 1);
      const list = byGram.get(key);
      if (!list) byGram.set(key, [t]);
      else if (list[list.length - 1] !== t) list.push(t); // a bigram twice in one token counts once
    }
  });
  const gramKeys = Uint32Array.from(byGram.keys()).sort();
  const [gramStart, gramTokens] = packLists(Array.from(gramKeys, (k) => byGram.get(k)!));
  return { gramKeys, gramStart, gramTokens };
}

/** The tokens of `seg` that contain `term` (normalised, non-empty), as token numbers. */
export function tokensContaining(seg: Segment, term: string): number[] {
  const out: number[] = [];
  if (term.length < 2) {
    // No bigram to filter with; single characters are rare queries and the vocabulary is small.
    seg.tokens.forEach((token, t) => {
      if (token.includes(term)) out.push(t);
    });
    return out;
  }
  // The rarest bigram of the term gives the fewest candidates; a missing one means no match at all.
  let from = 0;
  let to = Infinity;
  for (let i = 0; i + 1 < term.length; i++) {
    const g = findGram(seg.gramKeys, term.charCodeAt(i) * 65536 + term.charCodeAt(i + 1));
    if (g < 0) return out;
    const s = seg.gramStart[g]!;
    const e = seg.gramStart[g + 1]!;
    if (e - s < to - from) [from, to] = [s, e];
  }
  const exact = term.length === 2; // holding the bigram is holding the term
  for (let i = from; i < to; i++) {
    const t = seg.gramTokens[i]!;
    if (exact || seg.tokens[t]!.includes(term)) out.push(t);
  }
  return out;
}

function findGram(keys: Uint32Array, key: number): number {
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const k = keys[mid]!;
    if (k === key) return mid;
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** How many postings the tokens have: the cost of reading them, used to read the rarest term first. */
export function postingCount(seg: Segment, tokens: readonly number[]): number {
  let n = 0;
  for (const t of tokens) n += seg.postStart[t + 1]! - seg.postStart[t]!;
  return n;
}
