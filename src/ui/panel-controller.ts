import type { PaperHit } from '../data/repository';
import { logError } from '../log';
import type { Pref } from '../prefs/items';
import type { Lang } from '../prefs/schema';
import { createPanelView, type PanelViewState } from './panel-view';

export interface PanelPrefs {
  lang: Pref<Lang>;
  collapsed: Pref<boolean>;
  teaser: Pref<boolean>;
}

export type PanelState = PanelViewState;

/**
 * Renders the panel into `container` and keeps it bound to the stored preferences, so a change in any
 * tab or in the popup reaches it live. Returns the function that unmounts and unwatches.
 */
export function mountPanel(container: Element, hit: PaperHit, prefs: PanelPrefs, initial: Omit<PanelState, 'teaserFailed'>): () => void {
  let state: PanelState = { ...initial, teaserFailed: false };
  const update = (patch: Partial<PanelState>) => {
    state = { ...state, ...patch };
    view.update(state);
  };
  const persist =
    <K extends 'lang' | 'collapsed' | 'teaser'>(key: K) =>
    (value: PanelState[K]) => {
      update({ [key]: value, ...(key === 'teaser' ? { teaserFailed: false } : {}) });
      (prefs[key] as Pref<PanelState[K]>).set(value).catch((e: unknown) => logError(`saving ${key}`, e));
    };
  const onLang = persist('lang');
  const onCollapsed = persist('collapsed');
  const onTeaser = persist('teaser');
  const onTeaserError = () => update({ teaserFailed: true });

  const view = createPanelView(hit, state, { onLang, onCollapsed, onTeaser, onTeaserError });

  const stops = [
    prefs.lang.watch((lang) => update({ lang })),
    prefs.collapsed.watch((collapsed) => update({ collapsed })),
    // Showing the teaser again (from any tab) is a new attempt: forget an earlier failed load.
    prefs.teaser.watch((teaser) => update(teaser === state.teaser ? { teaser } : { teaser, teaserFailed: false })),
  ];
  container.append(view.root);
  return () => {
    stops.forEach((stop) => stop());
    view.root.remove();
  };
}
