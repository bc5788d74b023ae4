import { LANG_LABELS, panelT } from '../i18n/panel-strings';
import { LANGS, type Lang } from '../prefs/schema';

/**
 * The 한국어 / English switch as data: a group of toggle buttons (aria-pressed) with one group label.
 * The panel (plain DOM) and the extension pages (Preact) draw exactly this, with the same classes.
 */
export const LANG_SWITCH_CLASS = { group: 'dp-lang', button: 'dp-lang-btn' } as const;

export interface LangButton {
  lang: Lang;
  label: string;
  pressed: boolean;
}

export function langSwitch(current: Lang): { label: string; buttons: LangButton[] } {
  return { label: panelT(current).langGroup, buttons: LANGS.map((lang) => ({ lang, label: LANG_LABELS[lang], pressed: lang === current })) };
}
