import type { Bullet } from '../digest/schema';
import { DIGEST_SOURCE_URL, panelT, type PanelStrings } from '../i18n/panel-strings';
import { bulletParts, type BulletPart } from '../model/bullet-parts';
import type { PaperHit } from '../model/paper-hit';
import { summaryFor } from '../model/summary-view';
import { LANG_SWITCH_CLASS, langSwitch } from '../model/lang-switch';
import type { Lang } from '../prefs/schema';
import type { Settings } from '../prefs/settings';
import { el, fill, setAttrs } from './dom';

export type PanelViewState = Settings & { teaserFailed: boolean };

export interface PanelHandlers {
  onLang: (lang: Lang) => void;
  onCollapsed: (collapsed: boolean) => void;
  onTeaser: (show: boolean) => void;
  onTeaserError: () => void;
  /** Another attempt after a failed load. */
  onTeaserRetry: () => void;
}

export interface PanelView {
  root: HTMLElement;
  update(state: PanelViewState): void;
}

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

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/**
 * The summary panel under the abstract. Written with plain DOM calls rather than Preact: it is the only UI
 * that runs inside arXiv's page while the page loads, and the bench measured Preact's first render at
 * about 8 ms of the page's main thread there (bench/README.md). The elements are built once; `update`
 * changes them in place, so focus stays on the button the user pressed. Text is always set as text.
 */
export function createPanelView({ paper, date }: PaperHit, initial: PanelViewState, on: PanelHandlers): PanelView {
  let state = initial;
  const digestName = document.createTextNode('');
  const heading = el('h2', { id: 'dp-heading', class: 'dp-heading' }, digestName, ' · ', el('time', { datetime: date }, date));
  const langButtons = langSwitch(initial.lang).buttons.map(({ lang: l, label }) => {
    const b = el('button', { type: 'button', lang: l, class: LANG_SWITCH_CLASS.button }, label);
    b.addEventListener('click', () => l !== state.lang && on.onLang(l));
    return b;
  });
  const langGroup = el('div', { class: LANG_SWITCH_CLASS.group, role: 'group' }, ...langButtons);
  const collapseIcon = el('span', { 'aria-hidden': 'true' });
  const collapse = el('button', { type: 'button', class: 'dp-collapse', 'aria-controls': 'dp-body' }, collapseIcon);
  collapse.addEventListener('click', () => on.onCollapsed(!state.collapsed));
  const summary = el('div', { class: 'dp-summary' });

  // The teaser lives on a third-party CDN: no <img> (so no request) until the user asks.
  const teaserButton = el('button', { type: 'button', class: 'dp-link-btn' });
  teaserButton.addEventListener('click', () => on.onTeaser(!state.teaser));
  /** What follows the button: the hint, the image or the failure message. */
  let teaserExtra: Element = el('span');
  let img: HTMLImageElement | undefined;
  const teaser = paper.image ? el('div', { class: 'dp-teaser' }, teaserButton, teaserExtra) : null;

  const credit = el('p', { class: 'dp-credit' });
  const body = el('div', { id: 'dp-body', class: 'dp-body' }, el('p', { class: 'dp-title', lang: 'en' }, paper.title), el('p', { class: 'dp-authors', lang: 'en' }, paper.authors.join(', ')), summary, teaser, credit);
  const root = el('section', { class: 'dp-panel', 'aria-labelledby': 'dp-heading' }, el('header', { class: 'dp-head' }, heading, langGroup, collapse), body);

  function showAfterTeaserButton(node: Element) {
    if (node !== teaserExtra) teaserExtra.replaceWith(node);
    teaserExtra = node;
  }

  function drawTeaser(s: PanelStrings, image: string) {
    teaserButton.textContent = state.teaser ? s.hideTeaser : s.showTeaser;
    setAttrs(teaserButton, { 'aria-expanded': String(state.teaser) });
    if (!state.teaser) {
      img = undefined;
      // The host on one line: a CDN name broken mid-word reads as two names.
      showAfterTeaserButton(el('span', { class: 'dp-hint' }, s.teaserHint, ' ', el('span', { class: 'dp-host' }, hostOf(image))));
      return;
    }
    if (state.teaserFailed) {
      img = undefined;
      const retry = el('button', { type: 'button', class: 'dp-link-btn' }, s.retryTeaser);
      retry.addEventListener('click', () => on.onTeaserRetry());
      showAfterTeaserButton(el('p', { class: 'dp-hint', role: 'status' }, s.teaserFailed, ' ', retry));
      return;
    }
    // The same element across redraws (a language switch), so the image is requested once.
    if (!img) {
      img = el('img', { src: image, loading: 'lazy', referrerpolicy: 'no-referrer', decoding: 'async' });
      img.addEventListener('error', () => on.onTeaserError());
    }
    img.alt = s.teaserAlt(paper.title);
    showAfterTeaserButton(img);
  }

  function update(next: PanelViewState) {
    state = next;
    const s = panelT(state.lang);
    digestName.data = s.digestName;
    const view = summaryFor(paper, state.lang);
    setAttrs(root, { lang: state.lang });
    const langs = langSwitch(state.lang);
    setAttrs(langGroup, { 'aria-label': langs.label });
    langButtons.forEach((b, i) => setAttrs(b, { 'aria-pressed': String(langs.buttons[i]!.pressed) }));
    const label = state.collapsed ? s.expand : s.collapse;
    setAttrs(collapse, { 'aria-expanded': String(!state.collapsed), 'aria-label': label, title: label });
    collapseIcon.textContent = state.collapsed ? '▸' : '▾';
    setAttrs(body, { hidden: state.collapsed });
    const note = view.summary.translated ? `${s.translatedNote}${view.summary.note ? ` ${s.translatorNote}: ${view.summary.note}` : ''}` : '';
    fill(
      summary,
      view.fallback && el('p', { class: 'dp-note', role: 'note' }, s.noEnglish),
      bulletList(view.summary.bullets, view.lang),
      note && el('p', { class: 'dp-note dp-translated' }, note),
    );
    if (paper.image) drawTeaser(s, paper.image);
    fill(credit, s.creditBefore, el('a', { href: DIGEST_SOURCE_URL, target: '_blank', rel: 'noopener noreferrer' }, s.creditLink), s.creditAfter);
  }

  update(initial);
  return { root, update };
}
