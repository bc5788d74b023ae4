/**
 * Turns what the reader typed into search terms: normalised, split at white space, every term required.
 * A term is matched as a substring, never as a whole word, because Korean words carry particles
 * (`모델` must find `모델을`, `모델은`) and Latin words run into them (`lora` finds `LoRA를`).
 */
import { parseArxivId } from '../arxiv/id';
import { arxivRefFromUrl } from '../arxiv/url';
import { normalize } from './normalize';

export interface Term {
  /** Normalised text to find; never empty, never contains white space. */
  text: string;
  /** The term named an arXiv ID (possibly with `arXiv:`, a version or as an arXiv URL): `text` is the bare ID. */
  id: boolean;
}

/** More terms than this are ignored: the ranking counts terms in small integer ranges (see rank.ts). */
export const MAX_TERMS = 32;

export function queryTerms(query: string): Term[] {
  const seen = new Set<string>();
  const terms: Term[] = [];
  for (const word of normalize(query).split(/\s+/)) {
    const term = toTerm(word);
    if (!term || seen.has(term.text)) continue;
    seen.add(term.text);
    terms.push(term);
    if (terms.length === MAX_TERMS) break;
  }
  return terms;
}

function toTerm(word: string): Term | undefined {
  // `arXiv:2311.12983` is how papers cite each other; a lone `arXiv:` (typed before a space) adds nothing.
  const bare = word.replace(/^arxiv:/, '');
  if (!bare) return undefined;
  // Versions are not indexed (a digest features a paper, not a version): `2311.12983v2` finds 2311.12983.
  const ref = parseArxivId(bare) ?? (/^https?:/.test(bare) ? arxivRefFromUrl(bare) : undefined);
  return ref ? { text: normalize(ref.id), id: true } : { text: bare, id: false };
}
