import type { PanelStrings } from '../i18n/panel-strings';
import { el, setAttrs } from './dom';

export interface TeaserState {
  teaser: boolean;
  teaserFailed: boolean;
}

export interface TeaserHandlers {
  onTeaser: (show: boolean) => void;
  onTeaserError: () => void;
  /** Another attempt after a failed load. */
  onTeaserRetry: () => void;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/**
 * The teaser image on request. It lives on a third-party CDN: no <img> (so no request) until the user asks.
 */
export function createTeaserView(image: string, title: string, on: TeaserHandlers) {
  const button = el('button', { type: 'button', class: 'dp-link-btn' });
  /** What follows the button: the hint, the image or the failure message. */
  let extra: Element = el('span');
  let img: HTMLImageElement | undefined;
  let showing = false;
  button.addEventListener('click', () => on.onTeaser(!showing));
  const root = el('div', { class: 'dp-teaser' }, button, extra);

  function show(node: Element) {
    if (node !== extra) extra.replaceWith(node);
    extra = node;
  }

  function update(s: PanelStrings, state: TeaserState) {
    showing = state.teaser;
    button.textContent = state.teaser ? s.hideTeaser : s.showTeaser;
    setAttrs(button, { 'aria-expanded': String(state.teaser) });
    if (!state.teaser) {
      img = undefined;
      // The host on one line: a CDN name broken mid-word reads as two names.
      show(el('span', { class: 'dp-hint' }, s.teaserHint, ' ', el('span', { class: 'dp-host' }, hostOf(image))));
      return;
    }
    if (state.teaserFailed) {
      img = undefined;
      const retry = el('button', { type: 'button', class: 'dp-link-btn' }, s.retryTeaser);
      retry.addEventListener('click', () => on.onTeaserRetry());
      show(el('p', { class: 'dp-hint', role: 'status' }, s.teaserFailed, ' ', retry));
      return;
    }
    // The same element across redraws (a language switch), so the image is requested once.
    if (!img) {
      img = el('img', { src: image, loading: 'lazy', referrerpolicy: 'no-referrer', decoding: 'async' });
      img.addEventListener('error', () => on.onTeaserError());
    }
    img.alt = s.teaserAlt(title);
    show(img);
  }

  return { root, update };
}
