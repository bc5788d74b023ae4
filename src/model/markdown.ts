/**
 * A paper's summary as Markdown for the clipboard: the title linked to its abs page, the bullets in the
 * language the reader chose (with the same notes the panel shows), and the digest's credit line. Built from
 * the same bullet parts the panel renders, so what is a link, a label or code is decided once. Pure.
 */
import { absUrl } from '../arxiv/id';
import { DIGEST_SOURCE_URL, panelT } from '../i18n/panel-strings';
import type { Lang } from '../prefs/schema';
import { bulletParts, type BulletPart } from './bullet-parts';
import type { PaperHit } from './paper-hit';
import { summaryFor } from './summary-view';
import type { DeviceEnglish } from '../translate/record';

/**
 * Text that must read as itself: Markdown's inline markers escaped. A backslash is only escaped where it
 * would escape the next character (TeX such as `$\times$` stays readable), an underscore only where it could
 * start or end emphasis (`snake_case` stays as it is).
 */
export function markdownText(text: string): string {
  return text
    .replace(/\\(?=[!-/:-@[-`{-~]|$)/g, '\\\\')
    .replace(/[*`[\]<~]/g, '\\$&')
    .replace(/_/g, (m, i: number, s: string) => (/[\p{L}\p{N}]/u.test(s[i - 1] ?? '') && /[\p{L}\p{N}]/u.test(s[i + 1] ?? '') ? m : '\\_'))
    .replace(/&(?=#?\w+;)/g, '\\&');
}

/** A link destination in the form that survives parentheses and spaces. */
function destination(href: string): string {
  return /[\s()<>]/.test(href) ? `<${href.replace(/[<>]/g, encodeURIComponent)}>` : href;
}

/** Inline code with a fence longer than any run of backticks inside. */
function code(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** Continuation lines stay inside their list item (indented under "- "). */
const CONTINUATION = '\n  ';

function partMarkdown(p: BulletPart): string {
  switch (p.kind) {
    case 'link':
      // A bare URL as an autolink: its end is exact even before a Korean particle ("(<https://x.io>)에서").
      return p.text === p.href && !/[\s<>]/.test(p.href) ? `<${p.href}>` : `[${markdownText(p.text)}](${destination(p.href)})`;
    case 'bold':
    case 'label':
      return `**${markdownText(p.text)}**`;
    case 'code':
      return code(p.text);
    case 'break':
      return CONTINUATION;
    default:
      return markdownText(p.text);
  }
}

/** The Markdown the "Copy" button puts on the clipboard, ending with a newline. */
export function paperMarkdown({ paper, date }: Pick<PaperHit, 'paper' | 'date'>, lang: Lang, device?: DeviceEnglish): string {
  const s = panelT(lang);
  const view = summaryFor(paper, lang, device);
  const lines = [`[${markdownText(paper.title)}](${destination(absUrl(paper.id))})`, ''];
  if (view.fallback) lines.push(`*${markdownText(s.noEnglish)}*`, '');
  for (const bullet of view.summary.bullets) lines.push(`- ${bulletParts(bullet).map(partMarkdown).join('').trim()}`);
  lines.push('');
  if (view.source) {
    const note = view.summary.note ? ` ${s.translatorNote}: ${view.summary.note}` : '';
    lines.push(`*${markdownText(`${view.source === 'device' ? s.deviceNote : s.yoursNote}${note}`)}*`, '');
  }
  lines.push(`${markdownText(s.creditBefore)}[${markdownText(s.creditLink)}](${DIGEST_SOURCE_URL}) (${date})`);
  return `${lines.join('\n')}\n`;
}
