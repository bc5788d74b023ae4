import type { Segment } from './schema';
import { shownText } from './segments';

/**
 * Splits text into plain-text and link segments. Only http(s) URLs become links.
 *
 * A URL ends at the first character that cannot be part of one (white space, Hangul, `{`, `」`, …), then
 * trailing sentence punctuation and unbalanced closing brackets are given back to the text:
 * `(https://ziplora.github.io)에서` links `https://ziplora.github.io`.
 */

/** What `linkify` returns: text and bare URLs. */
export type LinkSegment = string | { url: string };

// RFC 3986 characters, minus the ones that in prose almost always end a URL rather than belong to it.
/** What may be a URL: the inline parser reads no markup inside it (`_` and `*` are URL characters). */
export const URL_CANDIDATE = /https?:\/\/[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+/;
const CANDIDATE = new RegExp(URL_CANDIDATE.source, 'g');
const TRAILING_PUNCTUATION = /[.,;:!?'*]+$/;
const PAIRS: Record<string, string> = { ')': '(', ']': '[' };

function count(s: string, ch: string): number {
  let n = 0;
  for (const c of s) if (c === ch) n++;
  return n;
}

/** Shortens a candidate until its end is plausible; returns '' when nothing URL-like is left. */
function trimUrl(candidate: string): string {
  let url = candidate;
  for (;;) {
    const before = url;
    url = url.replace(TRAILING_PUNCTUATION, '');
    const last = url.at(-1);
    if (last && last in PAIRS && count(url, last) > count(url, PAIRS[last]!)) url = url.slice(0, -1);
    if (url === before) break;
  }
  return isHttpUrl(url) ? url : '';
}

export function isHttpUrl(s: string): boolean {
  if (!/^https?:\/\/[A-Za-z0-9]/.test(s)) return false;
  try {
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0;
  } catch {
    return false;
  }
}

export function linkify(text: string): LinkSegment[] {
  const out: LinkSegment[] = [];
  let last = 0;
  for (const m of text.matchAll(CANDIDATE)) {
    const url = trimUrl(m[0]);
    if (!url) continue;
    const start = m.index;
    if (start > last) out.push(text.slice(last, start));
    out.push({ url });
    last = start + url.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/**
 * The text a reader sees for a list of segments (a label with its colon, a link's text, a URL as itself,
 * nothing of markup): for plain text and URLs it is the inverse of `linkify`.
 */
export function segmentsText(segments: readonly Segment[]): string {
  return segments.map((s) => (typeof s === 'object' && 'label' in s ? `${s.label}:` : shownText(s))).join('');
}

/** The link targets among the segments (bare URLs and markdown links), in order. */
export function segmentUrls(segments: readonly Segment[]): string[] {
  return segments.flatMap((s) => (typeof s === 'object' && 'url' in s ? [s.url] : []));
}
