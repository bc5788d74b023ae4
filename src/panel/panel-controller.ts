import { logError } from '../lib/log';
import type { PaperHit } from '../model/paper-hit';
import type { SettingName, Settings } from '../prefs/settings';
import type { Pref } from '../prefs/store';
import type { DeviceEnglish } from '../translate/record';
import type { Paper } from '../digest/schema';
import { hitEnglish, type LoadEnglish } from './english-slot';
import { createPanelView, type PanelViewState } from './panel-view';

/** One Pref per setting, derived from the settings table. */
export type PanelPrefs = { [K in SettingName]: Pref<Settings[K]> };

/**
 * Renders the panel into `container` and keeps it bound to the stored settings, so a change in any
 * tab or in the popup reaches it live. Returns the function that unmounts and unwatches.
 */
export interface PanelEnglish {
  /** The English stored on this device for a day's Korean, read with the paper (one record for all its days). */
  initial?: (paper: Paper) => DeviceEnglish | undefined;
  load: LoadEnglish;
}

export function mountPanel(container: Element, hit: PaperHit, prefs: PanelPrefs, initial: Settings, english?: PanelEnglish): () => void {
  let state: PanelViewState = { ...initial, teaserFailed: false };
  const render = () => view.update(state);
  const slots = english && hitEnglish(hit, english.initial ?? (() => undefined), english.load, () => render());
  /** English shown anywhere means English asked for here too; `clicked`: this panel's own switch (a download may start). */
  const update = (patch: Partial<PanelViewState>, clicked = false) => {
    if (slots && patch.lang !== undefined && patch.lang !== state.lang) slots.reset();
    state = { ...state, ...patch };
    if (slots && state.lang === 'en') slots.want(clicked && patch.lang !== undefined);
    render();
  };
  // Showing the teaser again is a new attempt: forget an earlier failed load.
  const patchFor = <K extends SettingName>(name: K, value: Settings[K]): Partial<PanelViewState> =>
    name === 'teaser' && value !== state.teaser ? { teaser: value as boolean, teaserFailed: false } : { [name]: value };
  const persist =
    <K extends SettingName>(name: K) =>
    (value: Settings[K]) => {
      update(patchFor(name, value), true);
      prefs[name].set(value).catch((e: unknown) => logError(`saving ${name}`, e));
    };

  const view = createPanelView(hit, state, {
    onLang: persist('lang'),
    onCollapsed: persist('collapsed'),
    onTeaser: persist('teaser'),
    onTeaserError: () => update({ teaserFailed: true }),
    onTeaserRetry: () => update({ teaserFailed: false }),
  }, undefined, slots);
  if (slots && state.lang === 'en') slots.want(false);

  const watch = <K extends SettingName>(name: K) => prefs[name].watch((value) => update(patchFor(name, value)));
  const stops = (Object.keys(prefs) as SettingName[]).map(watch);
  container.append(view.root);
  return () => {
    stops.forEach((stop) => stop());
    slots?.dispose();
    view.dispose();
    view.root.remove();
  };
}
