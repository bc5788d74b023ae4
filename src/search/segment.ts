/**
 * One immutable slice of the index: the documents of one build (the whole archive, or one import).
 *
 * A term never contains white space, so it occurs in a text exactly when it occurs inside one of the
 * text's white-space-separated tokens (`모델을`, `lora를`, `(llm)은`). So the index keeps:
 * - the vocabulary: every distinct normalised token, with its postings (which documents and fields hold it);
 * - character bigrams of the vocabulary (not of the documents), the candidate filter for a term: the
 *   tokens holding the term's rarest bigram, then a substring check on each token.
 * Bigrams of the documents would need 2.4× the postings (3.35 M against 1.32 M token and 0.1 M vocabulary
 * bigram postings at 5,487 synthetic papers: English text holds nearly every Latin bigram) and a check of
 * every candidate document's normalised text, kept in memory or normalised again for each query.
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

/** Exactly the characters of `\s` in a JS regular expression (how queries are split into terms). */
export function isWhiteSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Indexes `docs`, numbered from `first` on (document numbers are global across segments). */
export function buildSegment(docs: readonly SearchDoc[], first: number): Segment {
  if (first + docs.length > MAX_DOCS) throw new RangeError(`a search index holds at most ${MAX_DOCS} documents`);
  const vocab = new Map<string, number>();
  const tokens: string[] = [];
  // Per-token counters for the field being read; `stamp` says which field they belong to, so they never
  // need clearing.
  let stamp = new Uint32Array(1024);
  let count = new Uint32Array(1024);
  let now = 0;
  const touched: number[] = [];
  // (token, posting) pairs in document order, grouped by token at the end: one growing buffer instead of
  // a growing array per token keeps the garbage collector out of the build.
  // Sized for typical prose (a distinct token per field every ~8 characters) so it rarely needs to grow.
  const pairs = new PairBuffer(docs.reduce((n, d) => n + d.title.length + d.ko.length + (d.en?.length ?? 0), 0) / 8);

  const see = (token: string) => {
    let t = vocab.get(token);
    if (t === undefined) {
      t = tokens.length;
      vocab.set(token, t);
      tokens.push(token);
      if (t === stamp.length) [stamp, count] = [grown(stamp), grown(count)];
    }
    if (stamp[t] !== now) {
      stamp[t] = now;
      count[t] = 1;
      touched.push(t);
    } else count[t]!++;
  };

  docs.forEach((doc, i) => {
    const base = (first + i) * 64;
    for (let field = 0; field < FIELDS.length; field++) {
      const text = fieldText(doc, field);
      if (!text) continue;
      now++;
      touched.length = 0;
      const norm = normalize(text);
      let from = -1;
      for (let j = 0; j <= norm.length; j++) {
        if (j < norm.length && !isWhiteSpace(norm.charCodeAt(j))) {
          if (from < 0) from = j;
        } else if (from >= 0) {
          see(norm.slice(from, j));
          from = -1;
        }
      }
      for (const t of touched) pairs.push(t, base + field * 8 + Math.min(count[t]!, MAX_COUNT));
    }
  });

  const [postStart, posts] = pairs.groupBy(tokens.length);
  return { tokens, postStart, posts, ...gramIndex(tokens) };
}

/**
 * A segment from its vocabulary and postings as `buildSegment` made them (the shipped index, packed.ts):
 * the bigrams are worked out again from the vocabulary, which costs less than shipping them.
 */
export function segmentOf(tokens: string[], postStart: Uint32Array, posts: Uint32Array): Segment {
  return { tokens, postStart, posts, ...gramIndex(tokens) };
}

function grown(a: Uint32Array<ArrayBuffer>): Uint32Array<ArrayBuffer> {
  const b = new Uint32Array(a.length * 2);
  b.set(a);
  return b;
}

/** (key, value) pairs appended in order; `groupBy` lists the values by key, keeping their order. */
class PairBuffer {
  private keys: Uint32Array<ArrayBuffer>;
  private values: Uint32Array<ArrayBuffer>;
  private length = 0;

  constructor(capacity = 1024) {
    this.keys = new Uint32Array(Math.max(1024, Math.ceil(capacity)));
    this.values = new Uint32Array(this.keys.length);
  }

  push(key: number, value: number): void {
    if (this.length === this.keys.length) [this.keys, this.values] = [grown(this.keys), grown(this.values)];
    this.keys[this.length] = key;
    this.values[this.length++] = value;
  }

  /** Counting sort: values of key k are `out[start[k] .. start[k + 1])`. */
  groupBy(keyCount: number): [start: Uint32Array, out: Uint32Array] {
    const start = new Uint32Array(keyCount + 1);
    for (let i = 0; i < this.length; i++) start[this.keys[i]! + 1]!++;
    for (let k = 0; k < keyCount; k++) start[k + 1]! += start[k]!;
    const next = start.slice(0, keyCount);
    const out = new Uint32Array(this.length);
    for (let i = 0; i < this.length; i++) out[next[this.keys[i]!]!++] = this.values[i]!;
    return [start, out];
  }
}

function gramIndex(tokens: readonly string[]): Pick<Segment, 'gramKeys' | 'gramStart' | 'gramTokens'> {
  // Bigram keys are sparse 32-bit numbers: number them densely first, then group tokens by that number.
  const ids = new Map<number, number>();
  const keys: number[] = [];
  const pairs = new PairBuffer();
  tokens.forEach((token, t) => {
    let last = -1;
    for (let i = 0; i + 1 < token.length; i++) {
      const key = token.charCodeAt(i) * 65536 + token.charCodeAt(i + 1);
      let g = ids.get(key);
      if (g === undefined) {
        g = keys.length;
        ids.set(key, g);
        keys.push(key);
      }
      if (g === last) continue; // `aaa`: the same bigram twice in a row
      pairs.push(g, t);
      last = g;
    }
  });
  const [start, byGram] = pairs.groupBy(keys.length);
  // Keys ascending for binary search; a token may still be listed twice under one bigram (`abab`), so
  // each list is deduplicated as it is copied.
  const gramKeys = Uint32Array.from(keys).sort();
  const gramStart = new Uint32Array(keys.length + 1);
  const gramTokens = new Uint32Array(byGram.length);
  let n = 0;
  gramKeys.forEach((key, i) => {
    const g = ids.get(key)!;
    let prev = -1;
    for (let j = start[g]!; j < start[g + 1]!; j++) {
      const t = byGram[j]!;
      if (t !== prev) gramTokens[n++] = t;
      prev = t;
    }
    gramStart[i + 1] = n;
  });
  return { gramKeys, gramStart, gramTokens: gramTokens.slice(0, n) };
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
