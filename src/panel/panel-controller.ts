import { logError } from '../lib/log';
import type { PaperHit } from '../model/paper-hit';
import type { SettingName, Settings } from '../prefs/settings';
import type { Pref } from '../prefs/store';
import type { DeviceEnglish } from '../translate/record';
import { englishSlot, type LoadEnglish } from './english-slot';
import { createPanelView, type PanelViewState } from './panel-view';

/** One Pref per setting, derived from the settings table. */
export type PanelPrefs = { [K in SettingName]: Pref<Settings[K]> };

/**
 * Renders the panel into `container` and keeps it bound to the stored settings, so a change in any
 * tab or in the popup reaches it live. Returns the function that unmounts and unwatches.
 */
export interface PanelEnglish {
  /** The English stored on this device for this paper's Korean, read with the paper. */
  initial?: DeviceEnglish;
  load: LoadEnglish;
}

export function mountPanel(container: Element, hit: PaperHit, prefs: PanelPrefs, initial: Settings, english?: PanelEnglish): () => void {
  let state: PanelViewState = { ...initial, teaserFailed: false };
  const render = () => view.update(state);
  const slot = english && englishSlot({ id: hit.paper.id, date: hit.date }, hit.paper, english.initial, english.load, () => render());
  /** English shown anywhere means English asked for here too; `clicked`: this panel's own switch (a download may start). */
  const update = (patch: Partial<PanelViewState>, clicked = false) => {
    if (slot && patch.lang !== undefined && patch.lang !== state.lang) slot.showKorean = false;
    state = { ...state, ...patch };
    if (slot && state.lang === 'en') slot.want(clicked && patch.lang !== undefined);
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
  }, undefined, slot && {
    slot,
    onToggle() {
      slot.showKorean = !slot.showKorean;
      render();
    },
    onAction: () => slot.want(true),
  });
  if (slot && state.lang === 'en') slot.want(false);

  const watch = <K extends SettingName>(name: K) => prefs[name].watch((value) => update(patchFor(name, value)));
  const stops = (Object.keys(prefs) as SettingName[]).map(watch);
  container.append(view.root);
  return () => {
    stops.forEach((stop) => stop());
    slot?.dispose();
    view.dispose();
    view.root.remove();
  };
}
