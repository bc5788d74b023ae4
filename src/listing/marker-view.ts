import { listingT } from '../i18n/listing-strings';
import type { Lang } from '../prefs/schema';
import { el, setAttrs } from '../panel/dom';
import { createShadowHost } from '../panel/shadow-host';
import { MARKER_TAG } from './tags';

export interface MarkerView {
  host: HTMLElement;
  button: HTMLButtonElement;
  update(lang: Lang, expanded: boolean): void;
}

/**
 * The "요약" / "Summary" marker beside a listing entry's ID link: a toggle button (`aria-expanded`) in its own
 * shadow root, so arXiv's styles and the marker's never meet.
 */
export function createMarker(id: string, css: string): MarkerView {
  const { host, container } = createShadowHost(MARKER_TAG, css);
  host.dataset.arxivId = id;
  const icon = el('span', { class: 'dp-marker-icon', 'aria-hidden': 'true' });
  const label = el('span');
  const button = el('button', { type: 'button', class: 'dp-marker' }, icon, label);
  container.append(button);
  return {
    host,
    button,
    update(lang, expanded) {
      const s = listingT(lang);
      label.textContent = s.marker;
      icon.textContent = expanded ? '▾' : '▸';
      setAttrs(button, { lang, 'aria-expanded': String(expanded), 'aria-label': s.markerName(id), title: expanded ? s.markerHide : s.markerShow });
    },
  };
}
