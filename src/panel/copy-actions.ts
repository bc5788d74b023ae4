import { panelT } from '../i18n/panel-strings';
import { logError } from '../lib/log';
import { COPY_DONE, COPY_FAILED, COPY_STATUS_MS, type CopyKind, type CopyMessage, type copyText } from '../model/copy-text';
import { loadModule } from './modules';
import type { PaperHit } from '../model/paper-hit';
import type { Lang } from '../prefs/schema';
import { el, setAttrs } from './dom';
import type { DeviceEnglish } from '../translate/record';

export type WriteText = (text: string) => Promise<void>;

/**
 * "Copy" (Markdown) and "BibTeX" buttons with a status line that confirms, then clears. The clipboard is
 * written on the click itself, the user gesture that lets a page write it: no permission needed.
 */
/** What is on screen, per day, when the button is pressed: the language read, and the English made on this device if shown. */
export type Shown = (date: string) => { lang: Lang; device?: DeviceEnglish };

/**
 * What builds the text (Markdown, BibTeX): loaded on the first click, as its own module (/modules/copy.js),
 * so a page that is only read never carries it. Tests pass the function itself.
 */
export type LoadCopyText = () => Promise<typeof copyText>;
const loadCopyText: LoadCopyText = async () => (await loadModule<{ copyText: typeof copyText }>('copy')).copyText;

export function createCopyActions(hit: PaperHit, initialLang: Lang, writeText: WriteText = (t) => navigator.clipboard.writeText(t), onScreen?: Shown, makeText: LoadCopyText = loadCopyText) {
  let lang = initialLang;
  let shown: CopyMessage | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const copy = el('button', { type: 'button', class: 'dp-action' });
  const bibtex = el('button', { type: 'button', class: 'dp-action' });
  // In the DOM from the start (empty): a live region announces changes, not its own arrival.
  const status = el('span', { class: 'dp-copy-status', role: 'status' });
  const root = el('div', { class: 'dp-actions' }, copy, bibtex, status);

  function show(next: CopyMessage | null) {
    shown = next;
    clearTimeout(timer);
    if (next) timer = setTimeout(() => show(null), COPY_STATUS_MS);
    render();
  }

  async function put(kind: CopyKind) {
    try {
      // Any failure (no clipboard API, a page policy, a lost gesture) reads as one clear message.
      await writeText((await makeText())(kind, hit, lang, onScreen));
      show(COPY_DONE[kind]);
    } catch (e) {
      logError('copying to the clipboard', e);
      show(COPY_FAILED);
    }
  }
  copy.addEventListener('click', () => void put('markdown'));
  bibtex.addEventListener('click', () => void put('bibtex'));

  function render() {
    const s = panelT(lang);
    copy.textContent = s.copy;
    setAttrs(copy, { 'aria-label': s.copyName, title: s.copyName });
    bibtex.textContent = s.bibtex;
    setAttrs(bibtex, { 'aria-label': s.bibtexName, title: s.bibtexName });
    status.textContent = shown ? s[shown] : '';
    setAttrs(status, { 'data-error': shown === COPY_FAILED });
  }

  render();
  return {
    root,
    update(next: Lang) {
      lang = next;
      render();
    },
    /** Stops the pending clear (the view is going away). */
    dispose() {
      clearTimeout(timer);
    },
  };
}
