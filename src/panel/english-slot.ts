/**
 * One paper's English, as a content script shows it: the English stored on this device (read with the
 * paper, in the same storage read), or — when English is asked for and there is none — a request to the
 * background through the translation module, loaded only then (`load`): a page showing Korean, or English
 * that is stored, never loads it. The module also words the status line (src/i18n/english-strings.ts).
 */
import type { Paper } from '../digest/schema';
import { hitDays, type PaperHit } from '../model/paper-hit';
import { shownLang, type EnglishView } from './summary-nodes';
import type { StatusLine } from '../i18n/english-strings';
import { logError } from '../lib/log';
import type { Lang } from '../prefs/schema';
import type { DeviceEnglish } from '../translate/record';
import type { PaperRef } from '../translate/service';
import type { TranslatorStatus } from '../translate/status';

export type SlotStatus = TranslatorStatus | 'paper-failed';

export interface EnglishListener {
  status(status: SlotStatus): void;
  english(english: DeviceEnglish): void;
}

/** What the lazily loaded module offers (src/panel/english-module.ts). */
export interface EnglishModule {
  /** Asks for one paper's English; returns the function that stops listening. */
  request(ref: PaperRef, userAsked: boolean, listener: EnglishListener): () => void;
  line(status: SlotStatus, lang: Lang): StatusLine;
}

export type LoadEnglish = () => Promise<EnglishModule>;

export interface EnglishSlot {
  readonly english: DeviceEnglish | undefined;
  /** The reader chose to see this paper's Korean while English is on. */
  showKorean: boolean;
  /** Where a request stands, in `lang`; undefined when there is nothing to say. */
  line(lang: Lang): StatusLine | undefined;
  /** English is wanted for this paper: asked for unless it is there or on its way (a click always asks). */
  want(userAsked: boolean): void;
  dispose(): void;
}

/**
 * `initial`: English already read with the paper (the panel); `read`: how to read it when wanted (a listing
 * entry, whose English is read on its first expansion rather than with the 2,000 entries of the page).
 */
export function englishSlot(ref: PaperRef, paper: Paper, initial: DeviceEnglish | undefined, load: LoadEnglish, changed: () => void, read?: () => Promise<DeviceEnglish | undefined>): EnglishSlot {
  let english = initial;
  let status: SlotStatus | undefined;
  let module: EnglishModule | undefined;
  let stop: (() => void) | undefined;
  let asked = false;
  const slot: EnglishSlot = {
    get english() {
      return english;
    },
    showKorean: false,
    line(lang) {
      return status && module ? module.line(status, lang) : undefined;
    },
    want(userAsked) {
      if (paper.summary.en || english || (asked && !userAsked)) return;
      asked = true;
      const stored = read ? read().catch(() => undefined) : Promise.resolve(undefined);
      read = undefined;
      void stored.then((found) => {
        if (!found) return ask(userAsked);
        english = found;
        changed();
      });
    },
    dispose() {
      stop?.();
    },
  };

  function ask(userAsked: boolean) {
    load().then(
      (m) => {
        module = m;
        stop?.();
        stop = m.request(ref, userAsked, {
          status(s) {
            status = s;
            changed();
          },
          english(e) {
            english = e;
            status = undefined;
            changed();
          },
        });
      },
      (e: unknown) => {
        // The page keeps its Korean and the plain "no English yet" line; a later click tries again.
        asked = false;
        logError('loading the translation code', e);
      },
    );
  }
  return slot;
}

export interface HitEnglish {
  /** One view per day of the hit, for `summaryNodes`. */
  views(date: string): EnglishView | undefined;
  /** English is on (or asked for by a click): every day's summary wants its English. */
  want(userAsked: boolean): void;
  /** What Copy writes for a day: the language read there and its English made on this device. */
  shown(lang: Lang): (date: string) => { lang: Lang; device?: DeviceEnglish };
  /** The language switch changed: each day shows the switch's language again. */
  reset(): void;
  dispose(): void;
}

/**
 * The English of every day a hit has (a paper summarised on two days has two Koreans, so two Englishes):
 * one slot per day, with the "Show Korean" and status-line buttons wired to `changed`.
 */
export function hitEnglish(
  hit: Pick<PaperHit, 'date' | 'paper' | 'alsoOn'>,
  initial: (paper: Paper) => DeviceEnglish | undefined,
  load: LoadEnglish,
  changed: () => void,
  read?: (paper: Paper) => Promise<DeviceEnglish | undefined>,
): HitEnglish {
  const byDate = new Map<string, EnglishView>();
  for (const { date, paper } of hitDays(hit)) {
    const slot = englishSlot({ id: paper.id, date }, paper, initial(paper), load, changed, read && (() => read(paper)));
    byDate.set(date, {
      slot,
      onToggle() {
        slot.showKorean = !slot.showKorean;
        changed();
      },
      onAction: () => slot.want(true),
    });
  }
  const all = [...byDate.values()];
  return {
    views: (date) => byDate.get(date),
    want: (userAsked) => all.forEach((v) => v.slot.want(userAsked)),
    shown: (lang) => (date) => {
      const view = byDate.get(date);
      const shown = shownLang(lang, view);
      return { lang: shown, ...(shown === 'en' && view?.slot.english ? { device: view.slot.english } : {}) };
    },
    reset: () => all.forEach((v) => (v.slot.showKorean = false)),
    dispose: () => all.forEach((v) => v.slot.dispose()),
  };
}
