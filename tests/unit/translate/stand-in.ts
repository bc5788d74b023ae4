/**
 * A stand-in for the browser's built-in Translator with the real API's shape: `availability()`, `create()`
 * with a `monitor` that fires `downloadprogress`, `NotAllowedError` without user activation while the pack
 * is downloadable, `translate()` that can fail, be slow, or be aborted. Its "English" is made up (each
 * Korean word becomes a token of its length): it is never a translation of anything.
 */
import type { Availability, CreateOptions, TranslatorApi, TranslatorInstance } from '../../../src/translate/api';

export const HANGUL_WORD = /[\uac00-\ud7a3]+/g;

/** Each run of Hangul becomes `w<length>`: deterministic, readable in a failing test, plainly not English. */
export function pseudoEnglish(text: string): string {
  return text.replace(HANGUL_WORD, (w) => `w${w.length}`);
}

export class DomLikeError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

export interface StandInOptions {
  availability?: Availability;
  /** `downloadable`/`downloading` packs need this to be true at create() (page contexts), as Chrome does. */
  activation?: () => boolean;
  /** Progress events fired by create() before it resolves; `stall` never resolves; `fail` rejects. */
  download?: number[] | 'stall' | 'fail';
  translate?: (text: string) => string | Promise<string>;
}

export interface StandIn extends TranslatorApi {
  options: StandInOptions;
  texts: string[];
  created: number;
  destroyed: number;
}

export function standInTranslator(options: StandInOptions = {}): StandIn {
  const api: StandIn = {
    options,
    texts: [],
    created: 0,
    destroyed: 0,
    async availability() {
      return options.availability ?? 'available';
    },
    async create(o: CreateOptions): Promise<TranslatorInstance> {
      const state = options.availability ?? 'available';
      if (state === 'unavailable') throw new DomLikeError('NotSupportedError', 'Unable to create translator for the given source and target language.');
      if (state !== 'available') {
        if (options.activation && !options.activation()) throw new DomLikeError('NotAllowedError', 'Requires a user gesture when availability is "downloading" or "downloadable".');
        const download = options.download ?? [0, 0.5, 1];
        if (download === 'stall') {
          await new Promise<never>((_, reject) => o.signal?.addEventListener('abort', () => reject(new DomLikeError('AbortError', 'aborted'))));
        }
        if (download === 'fail') throw new DomLikeError('NetworkError', 'the language pack could not be downloaded');
        const listeners: ((e: { loaded: number }) => void)[] = [];
        o.monitor?.({ addEventListener: (_type, l) => void listeners.push(l) });
        for (const loaded of download as number[]) {
          await Promise.resolve();
          listeners.forEach((l) => l({ loaded }));
        }
        options.availability = 'available';
      }
      api.created++;
      return {
        async translate(text: string) {
          api.texts.push(text);
          return (options.translate ?? pseudoEnglish)(text);
        },
        destroy() {
          api.destroyed++;
        },
      };
    },
  };
  return api;
}
