/**
 * The markdown the digests use inside a bullet, read once at parse time into typed segments so that no
 * renderer ever parses markup: a leading label (`***What's New***:`), `**bold**`, `*emphasis*`, `` `code` ``,
 * links `[text](https://…)`, bare URLs, and nested list items in continuation lines (`  - (1) …`). Everything
 * else is text, kept byte for byte: `bulletSource` gives the bullet's source back exactly, which the archive
 * test checks for every bullet. The kinds are listed in segments.ts.
 */
import { isHttpUrl, linkify, URL_CANDIDATE } from './linkify';
import type { Segment } from './schema';

type Label = Extract<Segment, { label: string }>;

// Two or three asterisks, the label, one to three asterisks, a colon. The archive has `***L***:` (most),
// `**L**:` and once `***L*:`; nothing else at the start of a bullet is a label.
const LABEL = /^(\*{2,3})([^*\n]+?)(\*{1,3}):/;

// A continuation line that starts a nested list item (segments.ts's ITEM_MARKER, with its text after it).
const ITEM = /\n[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?=\S)/g;

// Leftmost wins: a URL (left to linkify, and nothing inside it is markup: `_` and `*` are URL characters),
// code, bold (no space just inside the asterisks, no asterisk or line break within), a link, emphasis (one
// `*` or `_` on each side, within a line; `isEmphasis` decides). A link whose target is not http(s) stays
// text, `[EoT](End of Text)` included.
const INLINE = new RegExp(
  [
    `(${URL_CANDIDATE.source})`,
    '`([^`\\n]+)`',
    '\\*\\*([^\\s*](?:[^*\\n]*[^\\s*])?)\\*\\*',
    '\\[([^\\]\\n]+)\\]\\(([^\\s()]+)\\)',
    '(?<![*\\\\])\\*([^*\\n]+)\\*(?!\\*)',
    '(?<![_\\\\])_([^_\\n]+)_(?!_)',
  ].join('|'),
  'g',
);

// What may stand next to an emphasis mark, after CommonMark's flanking rules. A letter or digit of a script
// that separates words with spaces makes a mark part of a word (`AtP*를`, `1120*1120`, `snake_case`, `π_ref`),
// never emphasis. Korean attaches particles to words (`*Generative AI*의`, `_6.92%_의`), so Hangul next to a
// mark is a word's edge, as a space or punctuation is.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const HANGUL = /\p{Script=Hangul}/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;
const SPACE = /\s/u;
const inWord = (c: string | undefined) => c !== undefined && LETTER_OR_DIGIT.test(c) && !HANGUL.test(c);
const edge = (c: string | undefined) => c === undefined || SPACE.test(c) || PUNCTUATION.test(c) || HANGUL.test(c);

/** Whether `*inner*` (or `_inner_`) between `before` and `after` is emphasis rather than asterisks in text. */
function isEmphasis(before: string | undefined, inner: string, after: string | undefined): boolean {
  const first = inner[0]!;
  const last = inner.at(-1)!;
  if (SPACE.test(first) || SPACE.test(last) || last === '\\' || before === '\\') return false;
  // Code, a link or a URL inside would be read as text: leave the marks as they are instead.
  if (/`|\]\(|:\/\//.test(inner)) return false;
  if (inWord(before) || inWord(after)) return false;
  // `(*X\)를 … \(*X`: a mark between punctuation and a letter only opens (or only closes) emphasis.
  if (PUNCTUATION.test(first) && !edge(before)) return false;
  return !(PUNCTUATION.test(last) && !edge(after));
}

export function parseInline(text: string): Segment[] {
  const out: Segment[] = [];
  let rest = text;
  const label = LABEL.exec(text);
  if (label) {
    out.push(labelSegment(label[2]!, label[1]!.length, label[3]!.length));
    rest = text.slice(label[0].length);
  }
  let last = 0;
  for (const m of rest.matchAll(ITEM)) {
    inlineSegments(rest.slice(last, m.index), out);
    out.push({ li: m[0] });
    last = m.index + m[0].length;
  }
  inlineSegments(rest.slice(last), out);
  // `***L*: … .**`: the asterisks the label did not close come later, unpaired; they are markup, not text.
  const missing = label ? label[1]!.length - label[3]!.length : 0;
  if (missing >= 2) markStray(out, missing);
  return out;
}

function inlineSegments(text: string, out: Segment[]): void {
  let plain = '';
  const flush = () => {
    if (plain) out.push(...linkify(plain));
    plain = '';
  };
  let last = 0;
  INLINE.lastIndex = 0;
  for (let m = INLINE.exec(text); m; m = INLINE.exec(text)) {
    const [whole, url, code, bold, linkText, target, star, under] = m;
    const emphasis = star ?? under;
    let seg: Segment | undefined;
    if (url !== undefined) {
      // left in the text for linkify
    } else if (code !== undefined) seg = { code };
    else if (bold !== undefined) seg = { b: bold };
    else if (linkText !== undefined && target !== undefined) {
      if (isHttpUrl(target)) seg = { text: linkText, url: target };
    } else if (emphasis !== undefined) {
      if (!isEmphasis(text[m.index - 1], emphasis, text[m.index + whole.length])) {
        // Not emphasis: its closing mark may still open one (`A*B *c*`), so read on from the next character.
        INLINE.lastIndex = m.index + 1;
        continue;
      }
      seg = under === undefined ? { em: emphasis } : { em: emphasis, by: '_' };
    }
    if (seg) {
      plain += text.slice(last, m.index);
      flush();
      out.push(seg);
      last = m.index + whole.length;
    }
  }
  plain += text.slice(last);
  flush();
}

function markStray(out: Segment[], stars: number): void {
  const run = new RegExp(`(?<=[^\\s*])\\*{${stars}}(?!\\*)`);
  for (let i = 1; i < out.length; i++) {
    const s = out[i]!;
    const m = typeof s === 'string' ? run.exec(s) : null;
    if (typeof s !== 'string' || !m) continue;
    const parts: Segment[] = [s.slice(0, m.index), { stray: m[0] }, s.slice(m.index + stars)];
    out.splice(i, 1, ...parts.filter((p) => p !== ''));
    return;
  }
}

function labelSegment(label: string, open: number, close: number): Label {
  return {
    label,
    ...(open === 2 ? { stars: 2 as const } : {}),
    ...(close !== open ? { close: close as 1 | 2 | 3 } : {}),
  };
}

/** The markdown a list of segments was read from (inverse of `parseInline`). */
export function bulletSource(segments: readonly Segment[]): string {
  return segments.map(segmentSource).join('');
}

function segmentSource(s: Segment): string {
  if (typeof s === 'string') return s;
  if ('label' in s) {
    const open = s.stars ?? 3;
    return `${'*'.repeat(open)}${s.label}${'*'.repeat(s.close ?? open)}:`;
  }
  if ('b' in s) return `**${s.b}**`;
  if ('em' in s) return `${s.by ?? '*'}${s.em}${s.by ?? '*'}`;
  if ('code' in s) return `\`${s.code}\``;
  if ('text' in s) return `[${s.text}](${s.url})`;
  if ('li' in s) return s.li;
  if ('stray' in s) return s.stray;
  return s.url;
}
