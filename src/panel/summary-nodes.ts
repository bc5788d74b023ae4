/**
 * The summary as the page shows it, in plain DOM: bullets, the notes around them and the credit line. One
 * renderer for the abs and HTML panels and the listing page's expanded entries.
 */
import type { Bullet, Paper } from '../digest/schema';
import { DIGEST_SOURCE_URL, type PanelStrings } from '../i18n/panel-strings';
import { bulletView, type BulletPart, type SubList } from '../model/bullet-parts';
import { hitDays, type PaperHit } from '../model/paper-hit';
import { summaryFor } from '../model/summary-view';
import type { Lang } from '../prefs/schema';
import { el, type Child } from './dom';

/** Summary bullets as text; http(s) URL segments become links, anything else stays text. */
export function bulletList(bullets: readonly Bullet[], lang: Lang): HTMLUListElement {
  return el('ul', { class: 'dp-bullets', lang }, ...bullets.map(bulletItem));
}

function bulletItem(bullet: Bullet): HTMLLIElement {
  const { parts, lists } = bulletView(bullet);
  return el('li', {}, ...parts.map(partNode), ...lists.map(subList));
}

function subList({ ordered, start, items }: SubList): HTMLElement {
  const list = items.map((parts) => el('li', {}, ...parts.map(partNode)));
  return ordered ? el('ol', { class: 'dp-sub', start: start === undefined ? null : String(start) }, ...list) : el('ul', { class: 'dp-sub' }, ...list);
}

function partNode(p: BulletPart): Node | string {
  switch (p.kind) {
    case 'link':
      return el('a', { href: p.href, target: '_blank', rel: 'noopener noreferrer' }, p.text);
    case 'bold':
      return el('strong', {}, p.text);
    case 'em':
      return el('em', {}, p.text);
    case 'label':
      return el('strong', { class: 'dp-label' }, p.text);
    case 'code':
      return el('code', {}, p.text);
    case 'break':
      return el('br');
    default:
      return p.text;
  }
}

/**
 * The bullets in `lang` (Korean when the paper has no English), with the fallback and translation notes. A
 * paper the digest listed on several days shows each day's summary under its date, first day first.
 */
export function summaryNodes(hit: Pick<PaperHit, 'date' | 'paper' | 'alsoOn'>, lang: Lang, s: PanelStrings, dayHeading: 'h3' | 'p' = 'h3'): Child[] {
  const days = hitDays(hit);
  if (days.length === 1) return daySummaryNodes(hit.paper, lang, s);
  return days.map(({ date, paper }) =>
    el('section', { class: 'dp-day' }, el(dayHeading, { class: 'dp-day-heading' }, el('time', { datetime: date }, date)), ...daySummaryNodes(paper, lang, s)),
  );
}

function daySummaryNodes(paper: Paper, lang: Lang, s: PanelStrings): Child[] {
  const view = summaryFor(paper, lang);
  const note = view.summary.translated ? `${s.translatedNote}${view.summary.note ? ` ${s.translatorNote}: ${view.summary.note}` : ''}` : '';
  return [
    view.fallback && el('p', { class: 'dp-note', role: 'note' }, s.noEnglish),
    bulletList(view.summary.bullets, view.lang),
    note && el('p', { class: 'dp-note dp-translated' }, note),
  ];
}

/** Where the summary comes from, wherever it is shown (the digest's licence asks for the credit). */
export function creditNodes(s: PanelStrings): Child[] {
  return [s.creditBefore, el('a', { href: DIGEST_SOURCE_URL, target: '_blank', rel: 'noopener noreferrer' }, s.creditLink), s.creditAfter];
}
