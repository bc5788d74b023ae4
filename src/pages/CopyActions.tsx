import { useEffect, useState } from 'preact/hooks';
import type { PanelStrings } from '../i18n/panel-strings';
import { logError } from '../lib/log';
import { COPY_DONE, COPY_FAILED, COPY_STATUS_MS, copyText, type CopyKind, type CopyMessage } from '../model/copy-text';
import type { PaperHit } from '../model/paper-hit';
import type { Lang } from '../prefs/schema';
import type { DeviceEnglish } from '../translate/record';

export interface CopyActionsProps {
  hit: Pick<PaperHit, 'paper' | 'date'>;
  lang: Lang;
  s: PanelStrings;
  /** The clipboard; tests pass their own. */
  writeText?: (text: string) => Promise<void>;
  /** English made on this device, when it is what is shown. */
  device?: DeviceEnglish;
}

const clipboardWrite = (text: string) => navigator.clipboard.writeText(text);

/** "Copy" (Markdown) and "BibTeX" for one paper, with a confirmation that clears after a few seconds. */
export function CopyActions({ hit, lang, s, writeText = clipboardWrite, device }: CopyActionsProps) {
  // `n` restarts the clearing timer when the same message is shown again.
  const [shown, setShown] = useState<{ message: CopyMessage; n: number } | null>(null);

  useEffect(() => {
    if (!shown) return;
    const timer = setTimeout(() => setShown(null), COPY_STATUS_MS);
    return () => clearTimeout(timer);
  }, [shown]);

  async function put(kind: CopyKind) {
    let message: CopyMessage;
    try {
      await writeText(copyText(kind, hit, lang, device && (() => ({ lang, device }))));
      message = COPY_DONE[kind];
    } catch (e) {
      logError('copying to the clipboard', e);
      message = COPY_FAILED;
    }
    setShown((prev) => ({ message, n: (prev?.n ?? 0) + 1 }));
  }

  return (
    <div class="dp-actions">
      <button type="button" class="dp-action" aria-label={s.copyName} title={s.copyName} onClick={() => void put('markdown')}>
        {s.copy}
      </button>
      <button type="button" class="dp-action" aria-label={s.bibtexName} title={s.bibtexName} onClick={() => void put('bibtex')}>
        {s.bibtex}
      </button>
      <span class="dp-copy-status" role="status" data-error={shown?.message === COPY_FAILED ? '' : undefined}>
        {shown ? s[shown.message] : ''}
      </span>
    </div>
  );
}
