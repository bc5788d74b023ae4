/**
 * The summary as the page shows it, in plain DOM: bullets, the notes around them and the credit line. One
 * renderer for the abs and HTML panels and the listing page's expanded entries.
 */
import type { Bullet, Paper } from '../digest/schema';
import { DIGEST_SOURCE_URL, type PanelStrings } from '../i18n/panel-strings';
import { bulletParts, type BulletPart } from '../model/bullet-parts';
import { hitDays, type PaperHit } from '../model/paper-hit';
import { summaryFor } from '../model/summary-view';
import type { Lang } from '../prefs/schema';
import { el, type Child } from './dom';
import type { EnglishSlot } from './english-slot';
import type { StatusLine } from '../i18n/english-strings';

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

/** How a panel or listing entry shows one day's summary's English (src/panel/english-slot.ts), and its two buttons. */
export interface EnglishView {
  slot: EnglishSlot;
  /** "Show Korean" / "Show English" for this paper. */
  onToggle(): void;
  /** The status line's button (download, translate, try again): a click, so a download may start. */
  onAction(): void;
}

/** One view per day of the hit: a paper on two days has two summaries, each with its own English. */
export type EnglishViews = (date: string) => EnglishView | undefined;

/** The language the bullets of this paper are read in: Korean where the reader chose to see it. */
export function shownLang(lang: Lang, english?: EnglishView): Lang {
  return english?.slot.showKorean ? 'ko' : lang;
}

function statusNode(line: StatusLine, onAction: () => void): HTMLElement {
  const action = line.action ? el('button', { type: 'button', class: 'dp-link-btn dp-english-action' }, line.action) : undefined;
  action?.addEventListener('click', onAction);
  const progress = line.progress === undefined ? undefined : el('progress', { max: '1', value: String(line.progress), 'aria-hidden': 'true' });
  return el('p', { class: 'dp-note dp-english-status', role: 'status', 'data-busy': line.busy }, line.text, progress, action && ' ', action);
}

function toggleNode(label: string, onToggle: () => void): HTMLButtonElement {
  const b = el('button', { type: 'button', class: 'dp-link-btn dp-english-toggle' }, label);
  b.addEventListener('click', onToggle);
  return b;
}

/**
 * The bullets in `lang`, labelled by where English comes from (made on this device, or the reader's own),
 * with the one click that shows this paper's Korean; while English is asked for and not there, the Korean
 * with a line that says where the request stands and why.
 */
function paperNodes(paper: Paper, lang: Lang, s: PanelStrings, english?: EnglishView): Child[] {
  const slot = english?.slot;
  const view = summaryFor(paper, shownLang(lang, english), slot?.english);
  const canShowEnglish = lang === 'en' && !!(paper.summary.en || slot?.english);
  let note: Child = false;
  if (view.source) {
    const text = `${view.source === 'device' ? s.deviceNote : s.yoursNote}${view.summary.note ? ` ${s.translatorNote}: ${view.summary.note}` : ''}`;
    note = el('p', { class: 'dp-note dp-translated' }, text, english && ' ', english && toggleNode(s.showKorean, english.onToggle));
  } else if (canShowEnglish && english) {
    note = el('p', { class: 'dp-note dp-translated' }, s.koreanShown, ' ', toggleNode(s.showEnglish, english.onToggle));
  }
  const line = view.fallback ? slot?.line(lang) : undefined;
  return [
    view.fallback && (line?.text ? statusNode(line, english!.onAction) : el('p', { class: 'dp-note', role: 'note' }, s.noEnglish)),
    bulletList(view.summary.bullets, view.lang),
    note,
  ];
}

/**
 * Every summary of the hit in `lang`, each labelled by where its English comes from; a paper the digest
 * listed on several days shows each day's summary under a heading with its date, first day first.
 */
export function summaryNodes(hit: Pick<PaperHit, 'date' | 'paper' | 'alsoOn'>, lang: Lang, s: PanelStrings, english?: EnglishViews): Child[] {
  const days = hitDays(hit);
  return days.flatMap(({ date, paper }) => [
    // styled as the panel's own heading, which names the first day
    days.length > 1 && el('h3', { class: 'dp-heading' }, el('time', { datetime: date }, date)),
    ...paperNodes(paper, lang, s, english?.(date)),
  ]);
}

/** Where the summary comes from, wherever it is shown (the digest's licence asks for the credit). */
export function creditNodes(s: PanelStrings): Child[] {
  return [s.creditBefore, el('a', { href: DIGEST_SOURCE_URL, target: '_blank', rel: 'noopener noreferrer' }, s.creditLink), s.creditAfter];
}
