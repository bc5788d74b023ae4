import { render } from 'preact';
import type { PaperHit } from '../data/repository';
import { logError } from '../log';
import type { Pref } from '../prefs/items';
import type { Lang } from '../prefs/schema';
import { Panel } from './Panel';

export interface PanelPrefs {
  lang: Pref<Lang>;
  collapsed: Pref<boolean>;
  teaser: Pref<boolean>;
}

export interface PanelState {
  lang: Lang;
  collapsed: boolean;
  teaser: boolean;
  teaserFailed: boolean;
}

/**
 * Renders the panel into `container` and keeps it bound to the stored preferences, so a change in any
 * tab or in the popup reaches it live. Plain state plus re-render instead of preact/hooks, which would
 * add ~1 KB gzip to the content script. Returns the function that unmounts and unwatches.
 */
export function mountPanel(container: Element, hit: PaperHit, prefs: PanelPrefs, initial: Omit<PanelState, 'teaserFailed'>): () => void {
  let state: PanelState = { ...initial, teaserFailed: false };
  const update = (patch: Partial<PanelState>) => {
    state = { ...state, ...patch };
    draw();
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

  function draw() {
    render(
      <Panel
        paper={hit.paper}
        date={hit.date}
        lang={state.lang}
        collapsed={state.collapsed}
        showTeaser={state.teaser}
        teaserFailed={state.teaserFailed}
        onLang={onLang}
        onCollapsed={onCollapsed}
        onTeaser={onTeaser}
        onTeaserError={onTeaserError}
      />,
      container,
    );
  }

  const stops = [
    prefs.lang.watch((lang) => update({ lang })),
    prefs.collapsed.watch((collapsed) => update({ collapsed })),
    // Showing the teaser again (from any tab) is a new attempt: forget an earlier failed load.
    prefs.teaser.watch((teaser) => update(teaser === state.teaser ? { teaser } : { teaser, teaserFailed: false })),
  ];
  draw();
  return () => {
    stops.forEach((stop) => stop());
    render(null, container);
  };
}
