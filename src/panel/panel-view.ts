import { panelT } from '../i18n/panel-strings';
import type { PaperHit } from '../model/paper-hit';
import { LANG_SWITCH_CLASS, langSwitch } from '../model/lang-switch';
import type { Lang } from '../prefs/schema';
import type { Settings } from '../prefs/settings';
import { createCopyActions, type WriteText } from './copy-actions';
import { el, fill, setAttrs } from './dom';
import type { HitEnglish } from './english-slot';
import { creditNodes, summaryNodes } from './summary-nodes';
import { createTeaserView, type TeaserHandlers } from './teaser-view';

export type PanelViewState = Settings & { teaserFailed: boolean };

export interface PanelHandlers extends TeaserHandlers {
  onLang: (lang: Lang) => void;
  onCollapsed: (collapsed: boolean) => void;
}

export interface PanelView {
  root: HTMLElement;
  update(state: PanelViewState): void;
  dispose(): void;
}

/**
 * The summary panel under the abstract. Written with plain DOM calls rather than Preact: it is the only UI
 * that runs inside arXiv's page while the page loads, and the bench measured Preact's first render at
 * about 8 ms of the page's main thread there (bench/README.md). The elements are built once; `update`
 * changes them in place, so focus stays on the button the user pressed. Text is always set as text.
 */
export function createPanelView(hit: PaperHit, initial: PanelViewState, on: PanelHandlers, writeText?: WriteText, english?: HitEnglish): PanelView {
  const { paper, date } = hit;
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

  const teaser = paper.image ? createTeaserView(paper.image, paper.title, on) : null;
  const meta = el('p', { class: 'dp-meta' });
  const actions = createCopyActions(hit, initial.lang, writeText, english && ((date) => english.shown(state.lang)(date)));
  const credit = el('p', { class: 'dp-credit' });
  const body = el('div', { id: 'dp-body', class: 'dp-body' }, el('p', { class: 'dp-title', lang: 'en' }, paper.title), paper.authors.length > 0 && el('p', { class: 'dp-authors', lang: 'en' }, paper.authors.join(', ')), meta, summary, teaser?.root, actions.root, credit);
  const root = el('section', { class: 'dp-panel', 'aria-labelledby': 'dp-heading' }, el('header', { class: 'dp-head' }, heading, langGroup, collapse), body);

  function update(next: PanelViewState) {
    state = next;
    const s = panelT(state.lang);
    digestName.data = s.digestName;
    setAttrs(root, { lang: state.lang });
    const langs = langSwitch(state.lang);
    setAttrs(langGroup, { 'aria-label': langs.label });
    langButtons.forEach((b, i) => setAttrs(b, { 'aria-pressed': String(langs.buttons[i]!.pressed) }));
    const label = state.collapsed ? s.expand : s.collapse;
    setAttrs(collapse, { 'aria-expanded': String(!state.collapsed), 'aria-label': label, title: label });
    collapseIcon.textContent = state.collapsed ? '▸' : '▾';
    setAttrs(body, { hidden: state.collapsed });
    fill(summary, ...summaryNodes(hit, state.lang, s, english?.views));
    teaser?.update(s, state);
    actions.update(state.lang);
    fill(
      meta,
      paper.votes !== undefined && el('span', { class: 'dp-votes', title: s.votes(paper.votes) }, el('span', { 'aria-hidden': 'true' }, `▲ ${paper.votes}`), el('span', { class: 'dp-sr' }, s.votes(paper.votes))),
      // A link, not a player: nothing is requested from the video host until the reader clicks.
      paper.video && el('a', { class: 'dp-video', href: paper.video, target: '_blank', rel: 'noopener noreferrer' }, s.watchVideo),
    );
    setAttrs(meta, { hidden: !meta.firstChild });
    fill(credit, ...creditNodes(s));
  }

  update(initial);
  return { root, update, dispose: actions.dispose };
}
