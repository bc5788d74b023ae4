/**
 * What each copy button puts on the clipboard and what it says afterwards, for the panel (plain DOM) and the
 * extension pages (Preact) alike.
 */
import type { Lang } from '../prefs/schema';
import { bibtexEntry } from './bibtex';
import { paperMarkdown, type ShownDay } from './markdown';
import type { PaperHit } from './paper-hit';

export type CopyKind = 'markdown' | 'bibtex';

/** How long a confirmation stays on screen before it clears. */
export const COPY_STATUS_MS = 4000;

/** The panel-strings key of the confirmation each kind shows, and of the failure message. */
export const COPY_DONE = { markdown: 'copied', bibtex: 'bibtexCopied' } as const;
export const COPY_FAILED = 'copyFailed';
export type CopyMessage = (typeof COPY_DONE)[CopyKind] | typeof COPY_FAILED;

/** Built at the click, in the language shown then (each day as it is shown: its English made on this device, or its Korean). */
export function copyText(kind: CopyKind, hit: Pick<PaperHit, 'paper' | 'date' | 'alsoOn'>, lang: Lang, shown?: ShownDay): string {
  return kind === 'markdown' ? paperMarkdown(hit, lang, shown) : bibtexEntry(hit.paper);
}
