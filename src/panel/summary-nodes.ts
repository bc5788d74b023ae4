/**
 * The summary as the page shows it, in plain DOM: bullets, the notes around them and the credit line. One
 * renderer for the abs and HTML panels and the listing page's expanded entries.
 */
import type { Bullet } from '../digest/schema';
import { DIGEST_SOURCE_URL, type PanelStrings } from '../i18n/panel-strings';
import { bulletParts, type BulletPart } from '../model/bullet-parts';
import { hitDays, type PaperHit } from '../model/paper-hit';
import { summaryFor } from '../model/summary-view';
import type { Lang } from '../prefs/schema';
import { el, type Child } from './dom';

/** Summary bullets as text; http(s) URL segments become links, anything else stays text. */
export function bulletList(bullets: readonly Bullet[], lang: Lang): HTMLUListElement {
  return el('ul', { class: 'dp-bullets', lang }, ...bullets.map((b) => el('li', {}, ...bulletParts(b).map(partNode))));
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
    case 'list':
      return el(p.ordered ? 'ol' : 'ul', { class: 'dp-sub', start: p.start?.toString() }, ...p.items.map((item) => el('li', {}, ...item.map(partNode))));
    default:
      return p.text;
  }
}

/**
 * The bullets in `lang` (Korean when the paper has no English), with the fallback and translation notes. A
 * paper the digest listed on several days shows each day's summary under a heading with its date, first
 * day first.
 */
export function summaryNodes(hit: Pick<PaperHit, 'date' | 'paper' | 'alsoOn'>, lang: Lang, s: PanelStrings): Child[] {
  const days = hitDays(hit);
  return days.flatMap(({ date, paper }) => {
    const view = summaryFor(paper, lang);
    const note = view.summary.translated ? `${s.translatedNote}${view.summary.note ? ` ${s.translatorNote}: ${view.summary.note}` : ''}` : '';
    return [
      // styled as the panel's own heading, which names the first day
      days.length > 1 && el('h3', { class: 'dp-heading' }, el('time', { datetime: date }, date)),
      view.fallback && el('p', { class: 'dp-note', role: 'note' }, s.noEnglish),
      bulletList(view.summary.bullets, view.lang),
      note && el('p', { class: 'dp-note dp-translated' }, note),
    ];
  });
}

/** Where the summary comes from, wherever it is shown (the digest's licence asks for the credit). */
export function creditNodes(s: PanelStrings): Child[] {
  return [s.creditBefore, el('a', { href: DIGEST_SOURCE_URL, target: '_blank', rel: 'noopener noreferrer' }, s.creditLink), s.creditAfter];
}
