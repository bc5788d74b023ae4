import { panelT } from '../i18n/panel-strings';
import { LANG_SWITCH_CLASS, langSwitch } from '../model/lang-switch';
import type { PaperHit } from '../model/paper-hit';
import type { Lang } from '../prefs/schema';
import { createCopyActions } from '../panel/copy-actions';
import { el, fill, setAttrs } from '../panel/dom';
import { createShadowHost } from '../panel/shadow-host';
import { creditNodes, summaryNodes } from '../panel/summary-nodes';
import { hitEnglish, type LoadEnglish } from '../panel/english-slot';
import type { Paper } from '../digest/schema';
import type { DeviceEnglish } from '../translate/record';
import { ENTRY_SUMMARY_TAG } from './tags';

export interface EntrySummaryView {
  host: HTMLElement;
  update(lang: Lang): void;
  dispose(): void;
}

/**
 * One listing entry's summary, shown below the entry when its marker is expanded: the digest's day, the
 * language switch, the bullets, Copy / BibTeX and the credit, drawn by the panel's own pieces. The listing
 * already shows title and authors, so they are not repeated. The host goes into arXiv's `<dl>` as a further
 * description of the entry (`role="definition"`, as a second `<dd>` would be).
 */
export interface EntryEnglish {
  load: LoadEnglish;
  /** The English stored on this device for a day's summary (read when the entry first shows English). */
  read: (paper: Paper) => Promise<DeviceEnglish | undefined>;
}

export function createEntrySummary(hit: PaperHit, initial: Lang, onLang: (lang: Lang) => void, css: string, english?: EntryEnglish): EntrySummaryView {
  const { host, container } = createShadowHost(ENTRY_SUMMARY_TAG, css);
  host.dataset.arxivId = hit.paper.id;
  host.setAttribute('role', 'definition');
  let lang = initial;
  const digestName = document.createTextNode('');
  const heading = el('p', { class: 'dp-heading' }, digestName, ' · ', el('time', { datetime: hit.date }, hit.date));
  const langButtons = langSwitch(lang).buttons.map(({ lang: l, label }) => {
    const b = el('button', { type: 'button', lang: l, class: LANG_SWITCH_CLASS.button }, label);
    b.addEventListener('click', () => {
      if (l === lang) return;
      // This entry's own click on English: a language pack download may start from it.
      if (l === 'en') slots?.want(true);
      onLang(l);
    });
    return b;
  });
  const langGroup = el('div', { class: LANG_SWITCH_CLASS.group, role: 'group' }, ...langButtons);
  const summary = el('div', { class: 'dp-summary' });
  const slots = english && hitEnglish(hit, () => undefined, english.load, () => update(lang), english.read);
  const actions = createCopyActions(hit, lang, undefined, slots && ((date) => slots.shown(lang)(date)));
  const credit = el('p', { class: 'dp-credit' });
  const root = el('div', { class: 'dp-panel dp-entry' }, el('div', { class: 'dp-head' }, heading, langGroup), summary, actions.root, credit);
  container.append(root);

  function update(next: Lang) {
    if (slots && next !== lang) slots.reset();
    lang = next;
    if (slots && lang === 'en') slots.want(false);
    const s = panelT(lang);
    digestName.data = s.digestName;
    setAttrs(root, { lang });
    const langs = langSwitch(lang);
    setAttrs(langGroup, { 'aria-label': langs.label });
    langButtons.forEach((b, i) => setAttrs(b, { 'aria-pressed': String(langs.buttons[i]!.pressed) }));
    fill(summary, ...summaryNodes(hit, lang, s, slots?.views));
    actions.update(lang);
    fill(credit, ...creditNodes(s));
  }

  update(lang);
  return {
    host,
    update,
    dispose() {
      slots?.dispose();
      actions.dispose();
    },
  };
}
