/**
 * A BibTeX `@misc` entry for a paper, from what the digest knows: ID, title and authors (no venue, no
 * abstract). Fields and key follow arXiv's own "Export BibTeX citation" (`mialon2023gaia`), so an entry
 * copied here and one copied from arXiv look alike. Pure.
 */
import { absUrl, arxivYear, oldStyleArchive } from '../arxiv/id';
import type { Paper } from '../digest/schema';

export type CitedPaper = Pick<Paper, 'id' | 'title' | 'authors'>;

/** Words a key skips at the start of a title, as arXiv's keys do ("A Survey of …" → `survey`). */
const KEY_STOP_WORDS = new Set(['a', 'an', 'the', 'on', 'of', 'in', 'for', 'to', 'towards', 'toward', 'with', 'and', 'at', 'by', 'from', 'via']);

/** Letters NFD does not split into a base letter and a mark. */
const FOLD: Record<string, string> = { ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** Lower-case ASCII letters and digits only: what a key may hold everywhere (BibTeX, biber, LaTeX's \cite). */
function asciiKeyPart(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ßøæœłđðþı]/g, (c) => FOLD[c]!)
    .replace(/[^a-z0-9]/g, '');
}

const SUFFIX = /^(jr|sr|ii|iii|iv)\.?$/i;

/** The family name as a key part: "Grégoire Mialon" → `mialon`, "Mialon, Grégoire" → `mialon`, "Martin Luther King Jr." → `king`. */
export function surnameKey(name: string): string {
  const comma = name.indexOf(',');
  if (comma > 0) return asciiKeyPart(name.slice(0, comma).split(/\s+/).at(-1) ?? '');
  const words = name.trim().split(/\s+/);
  while (words.length > 1 && SUFFIX.test(words.at(-1)!)) words.pop();
  return asciiKeyPart(words.at(-1) ?? '');
}

/** The title's first meaningful word as a key part, TeX removed: "LLM$\times$MapReduce: …" → `llmmapreduce`. */
export function titleKeyWord(title: string): string {
  const plain = title.replace(/\$[^$]*\$/g, '').replace(/\\[A-Za-z]+/g, '');
  for (const word of plain.split(/\s+/)) {
    const part = asciiKeyPart(word);
    if (part && !KEY_STOP_WORDS.has(part)) return part;
  }
  return '';
}

/** `mialon2023gaia`: first author's family name, year of the ID, first word of the title. */
export function bibtexKey(paper: CitedPaper): string {
  const first = paper.authors[0];
  // Names in scripts with no ASCII folding (Hangul, Han) give no key part: the key says arXiv instead.
  const who = (first && surnameKey(first)) || 'arxiv';
  return `${who}${arxivYear(paper.id) ?? ''}${titleKeyWord(paper.title)}`;
}

/** Characters that mean something to TeX in running text; written escaped unless already escaped. */
const TEX_SPECIAL = /(?<!\\)([&%#_])/g;

function balancedBraces(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (text[i - 1] === '\\') continue;
    if (c === '{') depth++;
    else if (c === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

/** Text outside math: specials escaped, and braces too when they do not balance (the field must still close). */
function texText(text: string, balanced: boolean): string {
  const escaped = text.replace(/(?<!\\)\$/g, '\\$');
  return (balanced ? escaped : escaped.replace(/(?<!\\)([{}])/g, '\\$1')).replace(TEX_SPECIAL, '\\$1');
}

/**
 * Words whose capitals must survive a bibliography style that lower-cases titles ("GAIA", "ZipLoRA",
 * "PG-Video-LLaVA") go in braces; a capital only at the start of a word is the style's to change.
 */
function protectCapitals(text: string): string {
  return text.replace(/(?:\\.|[^\s{}\\$])+/g, (word) => {
    const [, body, trailing] = /^(.*?)([:;,.!?]*)$/.exec(word) as unknown as [string, string, string];
    return /.\p{Lu}/u.test(body) ? `{${body}}${trailing}` : word;
  });
}

/**
 * The title as a BibTeX field value: TeX math (`$\times$`) and commands kept as written, text specials
 * escaped, capitals protected. A lone `$` is text, not math.
 */
export function bibtexTitle(title: string): string {
  const balanced = balancedBraces(title);
  return title
    .split(/(\$[^$]+\$)/)
    .map((part, i) => {
      if (i % 2 === 1) return part; // math
      // Text that already uses TeX grouping or commands is left to its author.
      const plain = balanced && !/(?<!\\)[{}]|\\[A-Za-z]/.test(part);
      return texText(plain ? protectCapitals(part) : part, balanced);
    })
    .join('');
}

/** One author as BibTeX reads it ("First Last" is parsed by BibTeX itself); specials escaped. */
function bibtexName(name: string): string {
  return texText(name.trim(), balancedBraces(name));
}

/** The whole `@misc` entry, ending with a newline. */
export function bibtexEntry(paper: CitedPaper): string {
  const fields: [string, string][] = [['title', bibtexTitle(paper.title)]];
  if (paper.authors.length > 0) fields.push(['author', paper.authors.map(bibtexName).join(' and ')]);
  const year = arxivYear(paper.id);
  if (year) fields.push(['year', String(year)]);
  fields.push(['eprint', paper.id], ['archivePrefix', 'arXiv']);
  const archive = oldStyleArchive(paper.id);
  if (archive) fields.push(['primaryClass', archive]);
  fields.push(['url', absUrl(paper.id)]);
  return `@misc{${bibtexKey(paper)},\n${fields.map(([k, v]) => `  ${k} = {${v}},`).join('\n')}\n}\n`;
}
