/**
 * Korean → English for one bullet, keeping exact what must not change. Pure: the translator is a function.
 *
 * A bullet is typed segments (src/digest/schema.ts). Each line of it is translated as one sentence, so the
 * translator sees the whole sentence, with every non-text segment (a URL, code, a link, bold) and every arXiv
 * ID written into it as its final text: URLs, code and IDs as they are, the text of bold and of links in
 * English (translated on their own first). The answer is then cut back into segments by finding each of
 * those texts in it. When that cannot be done without guessing — a piece is missing, changed, or appears a
 * different number of times — the line is translated piece by piece instead: the text between the exact
 * pieces goes to the translator, the exact pieces never do. Either way a URL, a code span or an ID in the
 * result is the source's, byte for byte, and bold stays bold, a link stays a link.
 */
import type { Bullet, Segment, Summary } from '../digest/schema';

export type TranslateText = (text: string) => Promise<string>;

/** Hangul syllables and jamo: text without any is left as it is (titles of methods, English labels, numbers). */
const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/;

export function hasHangul(text: string): boolean {
  return HANGUL.test(text);
}

/**
 * arXiv identifiers written in running text (`2311.12983`, `2311.12983v2`, `hep-th/9901001`): kept out of
 * the translator. Loose on purpose: a number shaped like an ID is kept exact too, which costs nothing.
 */
const ARXIV_ID_IN_TEXT = /\b\d{4}\.\d{4,5}(?:v\d+)?\b|\b[a-z]+(?:-[a-z]+)?(?:\.[A-Z]{2})?\/\d{7}(?:v\d+)?\b/g;

export function arxivIdsIn(text: string): string[] {
  return text.match(ARXIV_ID_IN_TEXT) ?? [];
}

/** A piece of one line: text to translate, or a mark that comes back as the segment it was. */
type Piece = { text: string } | { mark: Mark };

interface Mark {
  /** The text the mark stands as in the sentence, and in the result. */
  text: string;
  /** The segment built around that text in the result. */
  build: (text: string) => Segment;
}

/**
 * How each kind of segment takes part: `exact` ones (URLs, code) are never translated; the text of the
 * others is, on its own, and the segment is rebuilt around the English. A plain string is sentence text.
 */
function markOf(s: Exclude<Segment, string>, english: (text: string) => Promise<string>): Promise<Mark> | Mark {
  if ('code' in s) return { text: s.code, build: (code) => ({ code }) };
  if ('b' in s) return translatedMark(s.b, english, (b) => ({ b }));
  if ('em' in s) return translatedMark(s.em, english, (em) => ({ em }));
  if ('text' in s) {
    const url = s.url;
    return translatedMark(s.text, english, (text) => ({ text, url }));
  }
  if ('url' in s) return { text: s.url, build: (url) => ({ url }) };
  // A label is only ever first, and is handled before the line is split (translateBullet).
  throw new Error('a label inside a line');
}

async function translatedMark(text: string, english: (text: string) => Promise<string>, build: (text: string) => Segment): Promise<Mark> {
  return { text: await english(text), build };
}

/** The pieces of one line: strings split around arXiv IDs, other segments as marks. */
async function piecesOf(line: readonly Segment[], english: (text: string) => Promise<string>): Promise<Piece[]> {
  const pieces: Piece[] = [];
  for (const s of line) {
    if (typeof s !== 'string') {
      pieces.push({ mark: await markOf(s, english) });
      continue;
    }
    let last = 0;
    for (const m of s.matchAll(ARXIV_ID_IN_TEXT)) {
      if (m.index > last) pieces.push({ text: s.slice(last, m.index) });
      pieces.push({ mark: { text: m[0], build: (id) => id } });
      last = m.index + m[0].length;
    }
    if (last < s.length) pieces.push({ text: s.slice(last) });
  }
  return pieces;
}

/** `text`'s surrounding white space around `core`, so a translated piece sits in its line as the source did. */
function keepSpacing(text: string, core: string): string {
  const lead = /^\s*/.exec(text)![0];
  const trail = /\s*$/.exec(text)![0];
  return `${lead}${core.trim()}${trail}`;
}

/** Translates `text` unless it has no Korean in it; the answer must not be empty. */
async function english(text: string, translate: TranslateText): Promise<string> {
  if (!hasHangul(text)) return text;
  const out = await translate(text.trim());
  if (typeof out !== 'string' || !out.trim()) throw new TranslationError('empty', 'the translator gave an empty answer');
  return keepSpacing(text, out);
}

export type TranslationFailure = 'empty' | 'too-long' | 'busy' | 'aborted' | 'failed';

export class TranslationError extends Error {
  constructor(
    readonly reason: TranslationFailure,
    message: string,
  ) {
    super(message);
    this.name = 'TranslationError';
  }
}

function occurrences(haystack: string, needle: string): number[] {
  const at: number[] = [];
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) at.push(i);
  return at;
}

/**
 * Cuts a translated sentence back into segments, or undefined when a mark cannot be placed for certain:
 * every distinct mark text must appear exactly as often as the line has it, without overlapping another.
 */
function reassemble(out: string, marks: readonly Mark[]): Segment[] | undefined {
  const byText = new Map<string, Mark[]>();
  for (const m of marks) byText.set(m.text, [...(byText.get(m.text) ?? []), m]);
  const placed: { at: number; mark: Mark }[] = [];
  for (const [text, same] of byText) {
    if (!text) return undefined;
    const at = occurrences(out, text);
    if (at.length !== same.length) return undefined;
    at.forEach((a, i) => placed.push({ at: a, mark: same[i]! }));
  }
  placed.sort((a, b) => a.at - b.at);
  const segments: Segment[] = [];
  let last = 0;
  for (const { at, mark } of placed) {
    if (at < last) return undefined;
    if (at > last) segments.push(out.slice(last, at));
    segments.push(mark.build(mark.text));
    last = at + mark.text.length;
  }
  if (last < out.length) segments.push(out.slice(last));
  return segments;
}

async function translateLine(line: readonly Segment[], translate: TranslateText): Promise<Segment[]> {
  const pieces = await piecesOf(line, (t) => english(t, translate));
  const textPieces = pieces.filter((p): p is { text: string } => 'text' in p);
  if (!textPieces.some((p) => hasHangul(p.text))) return pieces.map(pieceSegment);
  const marks = pieces.flatMap((p) => ('mark' in p ? [p.mark] : []));
  const sentence = pieces.map((p) => ('text' in p ? p.text : p.mark.text)).join('');
  const whole = await english(sentence, translate);
  const joined = marks.length === 0 ? [whole] : reassemble(whole, marks);
  if (joined) return joined;
  // Piece by piece: the exact pieces stay out of the translator altogether.
  const out: Segment[] = [];
  for (const p of pieces) out.push('text' in p ? await english(p.text, translate) : pieceSegment(p));
  return out;
}

function pieceSegment(p: Piece): Segment {
  return 'text' in p ? p.text : p.mark.build(p.mark.text);
}

/** Adjacent strings joined, empty ones dropped: the shape the parser gives. */
function normalise(segments: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    if (s === '') continue;
    const prev = out.at(-1);
    if (typeof s === 'string' && typeof prev === 'string') out[out.length - 1] = prev + s;
    else out.push(s);
  }
  return out;
}

/**
 * A bullet's lines (its continuation lines are separated by `\n` inside its strings, or start a nested list
 * item: `{ li }`), each with what precedes it. Markup that is never shown (`{ stray }`) is left out.
 */
function linesOf(body: readonly Segment[]): { before?: Segment; line: Segment[] }[] {
  const lines: { before?: Segment; line: Segment[] }[] = [{ line: [] }];
  for (const s of body) {
    if (typeof s !== 'string') {
      if ('li' in s) lines.push({ before: s, line: [] });
      else if (!('stray' in s)) lines.at(-1)!.line.push(s);
      continue;
    }
    s.split('\n').forEach((part, i) => {
      if (i > 0) lines.push({ before: '\n', line: [] });
      if (part) lines.at(-1)!.line.push(part);
    });
  }
  return lines;
}

/** One bullet in English: the label and every line translated, the exact pieces kept. */
export async function translateBullet(bullet: Bullet, translate: TranslateText): Promise<Bullet> {
  const [first, ...rest] = bullet;
  const out: Segment[] = [];
  let body: readonly Segment[] = bullet;
  if (first !== undefined && typeof first === 'object' && 'label' in first) {
    // A label has no asterisk or line break (the schema says so); the English must not bring one.
    const label = (await english(first.label, translate)).replace(/[*\n]/g, ' ').trim() || first.label;
    out.push({ label });
    body = rest;
  }
  for (const { before, line } of linesOf(body)) {
    if (before !== undefined) out.push(before);
    out.push(...(await translateLine(line, translate)));
  }
  const result = normalise(out);
  return result.length ? result : [...bullet];
}

/** A whole summary in English: every bullet, and the note when there is one. */
export async function translateSummary(ko: Pick<Summary, 'bullets' | 'note'>, translate: TranslateText): Promise<{ bullets: Bullet[]; note?: string }> {
  const bullets: Bullet[] = [];
  for (const b of ko.bullets) bullets.push(await translateBullet(b, translate));
  const note = ko.note ? await english(ko.note, translate) : undefined;
  return note ? { bullets, note } : { bullets };
}
