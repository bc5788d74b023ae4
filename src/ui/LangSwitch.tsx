import { LANG_LABELS, panelT } from '../i18n/panel-strings';
import { LANGS, type Lang } from '../prefs/schema';

/** 한국어 / English as a pair of toggle buttons (aria-pressed), one group label. */
export function LangSwitch({ lang, onChange }: { lang: Lang; onChange: (lang: Lang) => void }) {
  return (
    <div class="dp-lang" role="group" aria-label={panelT(lang).langGroup}>
      {LANGS.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          class="dp-lang-btn"
          aria-pressed={l === lang}
          onClick={() => l !== lang && onChange(l)}
        >
          {LANG_LABELS[l]}
        </button>
      ))}
    </div>
  );
}
