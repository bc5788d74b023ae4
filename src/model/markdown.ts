/**
 * A paper's summary as Markdown for the clipboard: the title linked to its abs page, the bullets in the
 * language the reader chose (with the same notes the panel shows), and the digest's credit line. Built from
 * the same bullet parts the panel renders, so what is a link, a label or code is decided once. Pure.
 */
import { absUrl } from '../arxiv/id';
import { DIGEST_SOURCE_URL, panelT } from '../i18n/panel-strings';
import type { Lang } from '../prefs/schema';
import { bulletParts, type BulletPart } from './bullet-parts';
import { hitDays, type PaperHit } from './paper-hit';
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

function partMarkdown(p: BulletPart, indent: string): string {
  switch (p.kind) {
    case 'link':
      // A bare URL as an autolink: its end is exact even before a Korean particle ("(<https://x.io>)에서").
      return p.text === p.href && !/[\s<>]/.test(p.href) ? `<${p.href}>` : `[${markdownText(p.text)}](${destination(p.href)})`;
    case 'bold':
    case 'label':
      return `**${markdownText(p.text)}**`;
    case 'em':
      return `*${markdownText(p.text)}*`;
    case 'code':
      return code(p.text);
    case 'break':
      // A continuation line stays inside its list item, indented to the item's text.
      return `\n${indent}`;
    case 'list':
      // Nested under the bullet, each item's lines indented to its text.
      return p.items
        .map((item, i) => {
          const marker = p.ordered ? `${(p.start ?? 1) + i}. ` : '- ';
          return `\n  ${marker}${partsMarkdown(item, ' '.repeat(2 + marker.length))}`;
        })
        .join('');
    default:
      return markdownText(p.text);
  }
}

function partsMarkdown(parts: readonly BulletPart[], indent: string): string {
  return parts
    .map((p) => partMarkdown(p, indent))
    .join('')
    .trim();
}

/** How a day's summary is shown: the language read there, and its English made on this device. */
export type ShownDay = (date: string) => { lang: Lang; device?: DeviceEnglish };

/**
 * The Markdown the "Copy" button puts on the clipboard, ending with a newline: each day's summary as it is
 * shown (`shown`; by default all in `lang`), English labelled by where it comes from. A paper the digest
 * listed on several days gets each day's summary under its date, as the panel shows them.
 */
export function paperMarkdown(hit: Pick<PaperHit, 'paper' | 'date' | 'alsoOn'>, lang: Lang, shown?: ShownDay): string {
  const s = panelT(lang);
  const days = hitDays(hit);
  const lines = [`[${markdownText(hit.paper.title)}](${destination(absUrl(hit.paper.id))})`, ''];
  for (const { date, paper } of days) {
    if (days.length > 1) lines.push(`**${date}**`, '');
    const as = shown?.(date) ?? { lang };
    const view = summaryFor(paper, as.lang, as.device);
    if (view.fallback) lines.push(`*${markdownText(s.noEnglish)}*`, '');
    for (const bullet of view.summary.bullets) lines.push(`- ${partsMarkdown(bulletParts(bullet), '  ')}`);
    lines.push('');
    if (view.source) {
      const note = view.summary.note ? ` ${s.translatorNote}: ${view.summary.note}` : '';
      lines.push(`*${markdownText(`${view.source === 'device' ? s.deviceNote : s.yoursNote}${note}`)}*`, '');
    }
  }
  lines.push(`${markdownText(s.creditBefore)}[${markdownText(s.creditLink)}](${DIGEST_SOURCE_URL}) (${days.map((d) => d.date).join(', ')})`);
  return `${lines.join('\n')}\n`;
}
