import { logError } from '../lib/log';
import type { PaperHit } from '../model/paper-hit';
import type { SettingName, Settings } from '../prefs/settings';
import type { Pref } from '../prefs/store';
import { createPanelView, type PanelViewState } from './panel-view';

/** One Pref per setting, derived from the settings table. */
export type PanelPrefs = { [K in SettingName]: Pref<Settings[K]> };

/**
 * Renders the panel into `container` and keeps it bound to the stored settings, so a change in any
 * tab or in the popup reaches it live. Returns the function that unmounts and unwatches.
 */
export function mountPanel(container: Element, hit: PaperHit, prefs: PanelPrefs, initial: Settings): () => void {
  let state: PanelViewState = { ...initial, teaserFailed: false };
  const update = (patch: Partial<PanelViewState>) => {
    state = { ...state, ...patch };
    view.update(state);
  };
  // Showing the teaser again is a new attempt: forget an earlier failed load.
  const patchFor = <K extends SettingName>(name: K, value: Settings[K]): Partial<PanelViewState> =>
    name === 'teaser' && value !== state.teaser ? { teaser: value as boolean, teaserFailed: false } : { [name]: value };
  const persist =
    <K extends SettingName>(name: K) =>
    (value: Settings[K]) => {
      update(patchFor(name, value));
      prefs[name].set(value).catch((e: unknown) => logError(`saving ${name}`, e));
    };

  const view = createPanelView(hit, state, {
    onLang: persist('lang'),
    onCollapsed: persist('collapsed'),
    onTeaser: persist('teaser'),
    onTeaserError: () => update({ teaserFailed: true }),
    onTeaserRetry: () => update({ teaserFailed: false }),
  });

  const watch = <K extends SettingName>(name: K) => prefs[name].watch((value) => update(patchFor(name, value)));
  const stops = (Object.keys(prefs) as SettingName[]).map(watch);
  container.append(view.root);
  return () => {
    stops.forEach((stop) => stop());
    view.dispose();
    view.root.remove();
  };
}
