/**
 * One translator and the texts that go through it, one at a time. The built-in Translator fails when too
 * many requests are queued, so a lane never has more than one `translate()` in flight; it keeps the
 * translator it made, answers a repeated text (the same label on every paper) from memory, waits and
 * tries again when the translator is busy, and cuts a text that is too long at sentence ends. Pure: the
 * Translator API and the clock are given.
 */
import { KO_EN, type Availability, type TranslatorApi, type TranslatorInstance } from './api';
import { TranslationError } from './segments';

export type DownloadFailure = 'stalled' | 'download-failed' | 'not-allowed' | 'unsupported';

/** Why a translator could not be made; the UI says it in words and offers to try again. */
export class TranslatorUnavailableError extends Error {
  constructor(
    readonly reason: DownloadFailure,
    message: string,
  ) {
    super(message);
    this.name = 'TranslatorUnavailableError';
  }
}

export interface LaneOptions {
  /** A download that reports no progress for this long is given up (offline, the browser's store unreachable). */
  stallMs?: number;
  /** How often a busy translator is asked again, and how long to wait first (doubled each time). */
  busyRetries?: number;
  busyDelayMs?: number;
  /** Texts remembered, most recent first. */
  memory?: number;
  /** The translator is being made with a download (the pack is not on this device yet). */
  onDownload?: () => void;
  onProgress?: (loaded: number) => void;
  setTimer?: (cb: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export interface Lane {
  availability(): Promise<Availability>;
  /** The translator, made once; `allowDownload` lets it start (or join) the language pack's download. */
  ready(allowDownload: boolean): Promise<TranslatorInstance>;
  translate(text: string): Promise<string>;
  /** Forgets the translator (after a failure), so the next `ready` makes a new one. */
  reset(): void;
}

const DEFAULTS = { stallMs: 30_000, busyRetries: 4, busyDelayMs: 500, memory: 2000 };

function errorName(e: unknown): string {
  return e instanceof Error || (typeof e === 'object' && e !== null && 'name' in e) ? String((e as { name: unknown }).name) : '';
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** A translate() failure, in the reasons the UI knows. */
export function translateFailure(e: unknown): TranslationError {
  if (e instanceof TranslationError) return e;
  const name = errorName(e);
  const text = errorText(e);
  if (/too many|queued/i.test(text)) return new TranslationError('busy', text);
  if (name === 'QuotaExceededError') return new TranslationError('too-long', text);
  if (name === 'AbortError' || name === 'InvalidStateError') return new TranslationError('aborted', text);
  return new TranslationError('failed', text || name || 'translation failed');
}

/** A create() failure, in the reasons the UI knows. */
function createFailure(e: unknown): TranslatorUnavailableError {
  if (e instanceof TranslatorUnavailableError) return e;
  const name = errorName(e);
  const text = errorText(e);
  if (name === 'NotAllowedError') return new TranslatorUnavailableError('not-allowed', text);
  if (name === 'NotSupportedError') return new TranslatorUnavailableError('unsupported', text);
  return new TranslatorUnavailableError('download-failed', text || name || 'the translator could not be made');
}

/** Sentence ends (Korean `다.`, `.`, `?`, `!` followed by space), for cutting a text that is too long. */
function halves(text: string): [string, string] | undefined {
  const ends = [...text.matchAll(/[.?!。](?=\s)/g)].map((m) => m.index + 1);
  if (!ends.length) return undefined;
  const middle = text.length / 2;
  const cut = ends.reduce((best, e) => (Math.abs(e - middle) < Math.abs(best - middle) ? e : best));
  return [text.slice(0, cut), text.slice(cut)];
}

export function createLane(api: TranslatorApi, options: LaneOptions = {}): Lane {
  const o = { ...DEFAULTS, ...options };
  const setTimer = o.setTimer ?? ((cb: () => void, ms: number) => setTimeout(cb, ms));
  const clearTimer = o.clearTimer ?? ((h: unknown) => clearTimeout(h as ReturnType<typeof setTimeout>));
  const sleep = (ms: number) => new Promise<void>((r) => setTimer(r, ms));
  let instance: Promise<TranslatorInstance> | undefined;
  let chain: Promise<unknown> = Promise.resolve();
  const memory = new Map<string, string>();

  function make(): Promise<TranslatorInstance> {
    const abort = new AbortController();
    return new Promise<TranslatorInstance>((resolve, reject) => {
      let timer: unknown;
      const stalled = () => {
        abort.abort();
        reject(new TranslatorUnavailableError('stalled', 'the language pack download made no progress'));
      };
      const arm = () => {
        if (timer !== undefined) clearTimer(timer);
        timer = setTimer(stalled, o.stallMs);
      };
      arm();
      api
        .create({
          ...KO_EN,
          signal: abort.signal,
          monitor(m) {
            m.addEventListener('downloadprogress', (e) => {
              arm();
              o.onProgress?.(typeof e.loaded === 'number' ? Math.min(1, Math.max(0, e.loaded)) : 0);
            });
          },
        })
        .then(resolve, (e: unknown) => reject(createFailure(e)))
        .finally(() => clearTimer(timer));
    });
  }

  async function once(t: TranslatorInstance, text: string): Promise<string> {
    for (let attempt = 0; ; attempt++) {
      try {
        const out = await t.translate(text);
        if (typeof out !== 'string') throw new TranslationError('failed', 'the translator did not answer with text');
        return out;
      } catch (e) {
        const failure = translateFailure(e);
        if (failure.reason === 'busy' && attempt < o.busyRetries) {
          await sleep(o.busyDelayMs * 2 ** attempt);
          continue;
        }
        if (failure.reason === 'too-long') {
          const parts = halves(text);
          if (parts) return (await once(t, parts[0])) + (await once(t, parts[1]));
        }
        throw failure;
      }
    }
  }

  const lane: Lane = {
    availability: () => api.availability(KO_EN),
    ready(allowDownload) {
      if (instance) return instance;
      const made = (async () => {
        const state = await api.availability(KO_EN);
        if (state === 'unavailable') throw new TranslatorUnavailableError('unsupported', 'this browser cannot translate Korean to English');
        if (state !== 'available' && !allowDownload) throw new TranslatorUnavailableError('not-allowed', 'the language pack is not on this device yet');
        if (state !== 'available') o.onDownload?.();
        return make();
      })();
      instance = made;
      made.catch(() => {
        if (instance === made) instance = undefined;
      });
      return made;
    },
    translate(text) {
      const known = memory.get(text);
      if (known !== undefined) return Promise.resolve(known);
      const run = chain.then(async () => {
        const t = await lane.ready(true);
        const out = await once(t, text);
        memory.set(text, out);
        if (memory.size > o.memory) memory.delete(memory.keys().next().value!);
        return out;
      });
      chain = run.catch(() => undefined);
      return run;
    },
    reset() {
      const old = instance;
      instance = undefined;
      void old?.then((t) => t.destroy?.()).catch(() => undefined);
    },
  };
  return lane;
}
