/**
 * The markdown the digests use inside a bullet, read once at parse time into typed segments so that no
 * renderer ever parses markup: a leading label (`***What's New***:`), `**bold**`, `` `code` ``, links
 * `[text](https://…)` and bare URLs. Everything else is text, kept byte for byte: `bulletSource` gives
 * the bullet's source back exactly, which the archive test checks for every bullet.
 */
import { isHttpUrl, linkify } from './linkify';
import type { Segment } from './schema';

type Label = Extract<Segment, { label: string }>;

// Two or three asterisks, the label, one to three asterisks, a colon. The archive has `***L***:` (most),
// `**L**:` and once `***L*:`; nothing else at the start of a bullet is a label.
const LABEL = /^(\*{2,3})([^*\n]+?)(\*{1,3}):/;

// Leftmost wins: code, bold (no space just inside the asterisks, no asterisk or line break within), link.
// A link whose target is not http(s) stays text, `[EoT](End of Text)` included.
const INLINE = /`([^`\n]+)`|\*\*([^\s*](?:[^*\n]*[^\s*])?)\*\*|\[([^\]\n]+)\]\(([^\s()]+)\)/g;

export function parseInline(text: string): Segment[] {
  const out: Segment[] = [];
  let rest = text;
  const label = LABEL.exec(text);
  if (label) {
    out.push(labelSegment(label[2]!, label[1]!.length, label[3]!.length));
    rest = text.slice(label[0].length);
  }

  let plain = '';
  const flush = () => {
    if (plain) out.push(...linkify(plain));
    plain = '';
  };
  let last = 0;
  for (const m of rest.matchAll(INLINE)) {
    const [whole, code, bold, linkText, target] = m;
    let seg: Segment | undefined;
    if (code !== undefined) seg = { code };
    else if (bold !== undefined) seg = { b: bold };
    else if (linkText !== undefined && target !== undefined && isHttpUrl(target)) seg = { text: linkText, url: target };
    plain += rest.slice(last, m.index);
    last = m.index + whole.length;
    if (seg) {
      flush();
      out.push(seg);
    } else {
      plain += whole;
    }
  }
  plain += rest.slice(last);
  flush();
  return out;
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
  if ('code' in s) return `\`${s.code}\``;
  if ('text' in s) return `[${s.text}](${s.url})`;
  return s.url;
}
