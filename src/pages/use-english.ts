/**
 * English made on this device, for an extension page (popup, reader): what storage holds for the papers
 * shown (read directly, one storage read), what lands while the page is open (storage.onChanged: another
 * surface, "Translate every day now"), and requests to the background for the rest, through the
 * translation port (src/translate/client.ts) — the papers on screen first.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { browser } from 'wxt/browser';
import type { Paper } from '../digest/schema';
import { logError } from '../lib/log';
import type { Lang } from '../prefs/schema';
import { englishClient, type Connect, type EnglishClient } from '../translate/client';
import { englishFor, koreanHash, TRANSLATION_PREFIX, translationKey, type DeviceEnglish } from '../translate/record';
import type { TranslatorStatus } from '../translate/status';

export interface EnglishDeps {
  storage: Pick<typeof browser.storage.local, 'get'>;
  onChanged: Pick<typeof browser.storage.onChanged, 'addListener' | 'removeListener'>;
  connect: Connect;
}

export interface PageEnglish {
  /** The English made on this device for this paper's Korean, when there is one. */
  of(paper: Paper): DeviceEnglish | undefined;
  /** Where the last request stands (undefined before any). */
  status: TranslatorStatus | undefined;
  /** Papers whose own translation failed (`ID@date`). */
  failed: ReadonlySet<string>;
  /** Asks for English for these papers of `date` (those with none yet). `front`: they are on screen. */
  ask(papers: readonly Paper[], date: string, options: { userAsked: boolean; front: boolean }): void;
}

const keyOf = (p: Paper) => `${p.id}#${koreanHash(p.summary.ko)}`;

/** `papers`: what the page shows (a day); English is read and asked for only while `lang` is English. */
export function usePageEnglish(lang: Lang, papers: readonly Paper[] | undefined, date: string | undefined, deps: EnglishDeps): PageEnglish {
  const [english, setEnglish] = useState<ReadonlyMap<string, DeviceEnglish>>(new Map());
  const [status, setStatus] = useState<TranslatorStatus>();
  const [failed, setFailed] = useState<ReadonlySet<string>>(new Set());
  const client = useRef<EnglishClient>();
  const hashes = useMemo(() => new Map((papers ?? []).map((p) => [p.id, koreanHash(p.summary.ko)])), [papers]);

  const put = useCallback((entries: [string, DeviceEnglish][]) => entries.length && setEnglish((m) => new Map([...m, ...entries])), []);

  // What storage has for the papers shown, and whatever lands while they are shown.
  useEffect(() => {
    if (lang !== 'en' || !papers?.length) return;
    let live = true;
    deps.storage.get(papers.map((p) => translationKey(p.id))).then(
      (stored) => live && put(papers.flatMap((p) => ((e) => (e ? [[keyOf(p), e] as [string, DeviceEnglish]] : []))(englishFor(stored[translationKey(p.id)], hashes.get(p.id)!)))),
      (e: unknown) => logError('reading English', e),
    );
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local') return;
      const landed: [string, DeviceEnglish][] = [];
      for (const [key, { newValue }] of Object.entries(changes)) {
        if (!key.startsWith(TRANSLATION_PREFIX)) continue;
        const id = key.slice(TRANSLATION_PREFIX.length);
        const hash = hashes.get(id);
        const e = hash === undefined ? undefined : englishFor(newValue, hash);
        if (e) landed.push([`${id}#${hash}`, e]);
      }
      put(landed);
    };
    deps.onChanged.addListener(listener);
    return () => {
      live = false;
      deps.onChanged.removeListener(listener);
    };
  }, [lang, papers, hashes, deps, put]);

  useEffect(
    () => () => {
      client.current?.close();
      client.current = undefined;
    },
    [],
  );

  const ask = useCallback(
    (wanted: readonly Paper[], day: string, options: { userAsked: boolean; front: boolean }) => {
      const missing = wanted.filter((p) => !p.summary.en && !english.has(keyOf(p)));
      if (!missing.length) return;
      client.current ??= englishClient(deps.connect, {
        status: setStatus,
        paper: (ref, e, hash) => put([[`${ref.id}#${hash}`, e]]),
        failed: (ref) => setFailed((f) => new Set([...f, `${ref.id}@${ref.date}`])),
      });
      if (options.userAsked) setFailed(new Set());
      client.current.request(
        missing.map((p) => ({ id: p.id, date: day })),
        options,
      );
    },
    [english, deps, put],
  );

  return useMemo(
    () => ({
      of: (p: Paper) => {
        const hash = hashes.get(p.id) ?? koreanHash(p.summary.ko);
        return english.get(`${p.id}#${hash}`);
      },
      status,
      failed,
      ask: (wanted, day, options) => (date === undefined || day === date ? ask(wanted, day, options) : undefined),
    }),
    [english, status, failed, ask, hashes, date],
  );
}

/** The browser's own storage and port, for the pages' entry points. */
export function browserEnglishDeps(api: { storage: typeof browser.storage; runtime: Pick<typeof browser.runtime, 'connect'> }): EnglishDeps {
  return { storage: api.storage.local, onChanged: api.storage.onChanged, connect: api.runtime.connect as unknown as Connect };
}
