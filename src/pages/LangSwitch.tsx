import { LANG_SWITCH_CLASS, langSwitch } from '../model/lang-switch';
import type { Lang } from '../prefs/schema';

/** The language switch of the extension pages: the same buttons the panel draws (model/lang-switch.ts). */
export function LangSwitch({ lang, onChange }: { lang: Lang; onChange: (lang: Lang) => void }) {
  const { label, buttons } = langSwitch(lang);
  return (
    <div class={LANG_SWITCH_CLASS.group} role="group" aria-label={label}>
      {buttons.map((b) => (
        <button key={b.lang} type="button" lang={b.lang} class={LANG_SWITCH_CLASS.button} aria-pressed={b.pressed} onClick={() => !b.pressed && onChange(b.lang)}>
          {b.label}
        </button>
      ))}
    </div>
  );
}
