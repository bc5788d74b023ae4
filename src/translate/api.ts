/**
 * The browser's built-in Translator (Chrome 138+, Edge; see docs/architecture.md "On-device English"), as
 * the parts this extension uses. Looked up on the global object when English is asked for, never when a
 * page loads: a page that only shows Korean never touches it.
 */

export type Availability = 'available' | 'downloadable' | 'downloading' | 'unavailable';

export interface LanguagePair {
  sourceLanguage: 'ko';
  targetLanguage: 'en';
}

export const KO_EN: LanguagePair = { sourceLanguage: 'ko', targetLanguage: 'en' };

export interface DownloadMonitor {
  addEventListener(type: 'downloadprogress', listener: (event: { loaded: number }) => void): void;
}

export interface CreateOptions extends LanguagePair {
  monitor?: (monitor: DownloadMonitor) => void;
  signal?: AbortSignal;
}

export interface TranslatorInstance {
  translate(text: string, options?: { signal?: AbortSignal }): Promise<string>;
  destroy?(): void;
}

export interface TranslatorApi {
  availability(options: LanguagePair): Promise<Availability>;
  create(options: CreateOptions): Promise<TranslatorInstance>;
}

const AVAILABILITIES: readonly string[] = ['available', 'downloadable', 'downloading', 'unavailable'];

export function isAvailability(v: unknown): v is Availability {
  return typeof v === 'string' && AVAILABILITIES.includes(v);
}

/** The global `Translator`, when this context has one with the expected shape. */
export function globalTranslator(scope: object = globalThis): TranslatorApi | undefined {
  const api = (scope as { Translator?: Partial<TranslatorApi> }).Translator;
  return api && typeof api.availability === 'function' && typeof api.create === 'function' ? (api as TranslatorApi) : undefined;
}
