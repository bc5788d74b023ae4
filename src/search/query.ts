/**
 * Answers a query: documents holding every term (as a substring of their normalised text, in any
 * field), ranked (rank.ts), the best `limit` of them with a snippet each.
 *
 * Terms are read rarest first: the first term's postings make the candidates, each later term only
 * keeps those it also matches, so the work is bounded by the rarest term plus a pass over the others'.
 */
import { FIELD, FIELDS, fieldText, type SearchDoc, type SearchField } from './doc';
import { MAX_TF_PER_TERM, rankOrder, recency, scoreOf } from './rank';
import type { SearchIndex } from './search-index';
import { postingCount, tokensContaining } from './segment';
import { makeSnippet, type Range } from './snippet';
import { queryTerms, type Term } from './terms';
import { topK } from './top-k';

export interface SearchOptions {
  /** How many results to return (default 50). `total` still counts every match. */
  limit?: number;
  /** Which summary the snippet prefers when both match (the reader's language; default 'ko'). */
  lang?: 'ko' | 'en';
}

export interface Snippet {
  field: SearchField;
  /** About 120 characters of one line of the field's original text, `…` where it was cut. */
  text: string;
  /** Ranges of `text` to highlight. */
  highlights: Range[];
}

export interface SearchResult {
  date: string;
  id: string;
  title: string;
  authors: string[];
  /** Higher ranks first; only comparable within one query (see rank.ts). */
  score: number;
  /** The highest-ranking field a term matched: id, title, authors, then the summaries. */
  field: SearchField;
  /** Every field where some term matched, in that order. */
  fields: SearchField[];
  /** From a summary when a term matched one (the reader's language first), else from the best other field. */
  snippet: Snippet;
}

export interface SearchResponse {
  /** The normalised terms searched for, e.g. to highlight a title (see `highlightRanges`). */
  terms: string[];
  /** Documents matching every term. */
  total: number;
  results: SearchResult[];
}

export const DEFAULT_LIMIT = 50;
const SUMMARIES = (1 << FIELD.ko) | (1 << FIELD.en);

/** Per document number (only those in `docs` are meaningful). */
interface Matches {
  /** Documents matching every term. */
  docs: number[];
  score: Float64Array;
  recency: Float64Array;
  /** Bit f set: some term matched field f. */
  fields: Uint8Array;
}

export function search(index: SearchIndex, query: string, options: SearchOptions = {}): SearchResponse {
  const terms = queryTerms(query);
  const texts = terms.map((t) => t.text);
  const m = terms.length ? matchAll(index, terms) : undefined;
  if (!m) return { terms: texts, total: 0, results: [] };
  const { score, recency: recencies } = m;
  const best = topK(m.docs, options.limit ?? DEFAULT_LIMIT, rankOrder(score, recencies));
  const lang = options.lang ?? 'ko';
  return { terms: texts, total: m.docs.length, results: best.map((d) => result(index.docs[d]!, score[d]!, m.fields[d]!, texts, lang)) };
}

function matchAll(index: SearchIndex, terms: readonly Term[]): Matches | undefined {
  // Each term's matching tokens in each segment, and what reading their postings costs.
  const plans = terms
    .map((term) => {
      const tokens = index.segments.map((seg) => tokensContaining(seg, term.text));
      const cost = index.segments.reduce((n, seg, s) => n + postingCount(seg, tokens[s]!), 0);
      return { term, tokens, cost };
    })
    .sort((a, b) => a.cost - b.cost);
  if (!plans.length || plans[0]!.cost === 0) return undefined;

  const n = index.docs.length;
  // matched[d] = how many terms document d has matched so far; a document stays a candidate only while
  // it has matched every term read before.
  const matched = new Uint8Array(n);
  const idExact = new Uint8Array(n);
  const titleTerms = new Uint8Array(n);
  const authorTerms = new Uint8Array(n);
  const summaryTf = new Uint16Array(n);
  const fields = new Uint8Array(n);
  // This term's fields and summary count per document, cleared after each term.
  const termFields = new Uint8Array(n);
  const termTf = new Uint32Array(n);
  let touched: number[] = [];

  for (let k = 0; k < plans.length; k++) {
    const { term, tokens } = plans[k]!;
    touched = [];
    index.segments.forEach((seg, s) => {
      for (const t of tokens[s]!) {
        for (let i = seg.postStart[t]!, end = seg.postStart[t + 1]!; i < end; i++) {
          const p = seg.posts[i]!;
          const d = p >>> 6;
          if (matched[d] === k) {
            if (index.docs[d] === null) continue;
            matched[d] = k + 1;
            touched.push(d);
          } else if (matched[d] !== k + 1) continue;
          const field = (p >>> 3) & 7;
          termFields[d]! |= 1 << field;
          if (field >= FIELD.ko) termTf[d]! += p & 7;
        }
      }
    });
    if (!touched.length) return undefined;
    for (const d of touched) {
      const f = termFields[d]!;
      if (f & ((1 << FIELD.title) | (1 << FIELD.id))) titleTerms[d]!++;
      if (f & (1 << FIELD.authors)) authorTerms[d]!++;
      if (term.id && f & (1 << FIELD.id) && index.docs[d]!.id.toLowerCase() === term.text) idExact[d] = 1;
      summaryTf[d]! += Math.min(termTf[d]!, MAX_TF_PER_TERM);
      fields[d]! |= f;
      termFields[d] = 0;
      termTf[d] = 0;
    }
  }
  // Documents touched by the last term have matched all of them.
  const score = new Float64Array(n);
  const recencies = new Float64Array(n);
  for (const d of touched) {
    const doc = index.docs[d]!;
    score[d] = scoreOf({ idExact: idExact[d] === 1, titleTerms: titleTerms[d]!, authorTerms: authorTerms[d]!, summaryTf: summaryTf[d]! });
    recencies[d] = recency(doc.date, doc.order);
  }
  return { docs: touched, score, recency: recencies, fields };
}

function result(doc: SearchDoc, score: number, matched: number, terms: readonly string[], lang: 'ko' | 'en'): SearchResult {
  const fields = FIELDS.filter((_, f) => matched & (1 << f));
  const summaries = lang === 'en' ? [FIELD.en, FIELD.ko] : [FIELD.ko, FIELD.en];
  const field = fields.find((f) => f !== 'ko' && f !== 'en') ?? FIELDS[summaries.find((f) => matched & (1 << f))!]!;
  return { date: doc.date, id: doc.id, title: doc.title, authors: doc.authors, score, field, fields, snippet: snippetOf(doc, matched, terms, summaries) };
}

function snippetOf(doc: SearchDoc, matched: number, terms: readonly string[], summaries: readonly number[]): Snippet {
  // A summary whenever one matched: the title and authors are shown with every result anyway.
  const candidates = matched & SUMMARIES ? summaries : [FIELD.title, FIELD.authors, FIELD.id];
  let best: { field: number; snippet: ReturnType<typeof makeSnippet> } | undefined;
  for (const field of candidates) {
    if (!(matched & (1 << field))) continue;
    const snippet = makeSnippet(fieldText(doc, field), terms);
    if (!best || snippet.found > best.snippet.found) best = { field, snippet };
  }
  // Every hit matched some field, so `best` is only missing if the index and documents disagree.
  const field = best?.field ?? FIELD.ko;
  const { text, highlights } = best?.snippet ?? makeSnippet(doc.ko, terms);
  return { field: FIELDS[field]!, text, highlights };
}
