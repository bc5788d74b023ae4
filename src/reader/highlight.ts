import type { Range } from '../search';

export interface TextPart {
  text: string;
  mark: boolean;
}

/**
 * `text` cut at the highlight ranges: rendered as text nodes and <mark> elements, never as markup.
 * Ranges out of bounds, empty or overlapping (none should be) are clipped rather than trusted.
 */
export function highlightParts(text: string, ranges: readonly Range[]): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const [s, e] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const start = Math.max(at, Math.min(s, text.length));
    const end = Math.max(start, Math.min(e, text.length));
    if (end === start) continue;
    if (start > at) parts.push({ text: text.slice(at, start), mark: false });
    parts.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length || parts.length === 0) parts.push({ text: text.slice(at), mark: false });
  return parts;
}
