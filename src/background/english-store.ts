/**
 * English made on this device, in `storage.local` (`t:<ID>` records, src/translate/record.ts). The
 * background is the only writer, so a read-modify-write of one record cannot race another. What it writes
 * is checked with the digest's zod schema first: a translator's answer is an input like any other.
 */
import type { browser } from 'wxt/browser';
import { bulletSchema, isoDateSchema, type Day } from '../digest/schema';
import { z } from '../digest/zod';
import { logError } from '../lib/log';
import type { Repository } from '../model/repository';
import { englishFor, koreanHash, recordState, TRANSLATION_PREFIX, translationKey, withEnglish, type DeviceEnglish } from '../translate/record';
import type { EnglishStore, EnglishTodo, EnglishUsage, PaperRef } from '../translate/service';
import { getListed, type ListingStorage } from '../lib/listed-keys';

type StorageArea = Pick<typeof browser.storage.local, 'get' | 'set' | 'remove'>;

const englishSchema = z.strictObject({ bullets: z.array(bulletSchema).check(z.minLength(1)), note: z.optional(z.string().check(z.minLength(1))), at: z.number(), date: z.optional(isoDateSchema) });

/** Whether this device finished a language pack download before (then no click is needed to use it). */
export const TRANSLATOR_KEY = 'translator';

export function englishStore(storage: StorageArea): EnglishStore {
  const writing = new Map<string, Promise<void>>();
  return {
    async get(id, hash) {
      const key = translationKey(id);
      return englishFor((await storage.get(key))[key], hash);
    },
    put(id, hash, english) {
      const key = translationKey(id);
      // One write per record at a time: the next waits for the one before and reads what it wrote.
      const write = (writing.get(key) ?? Promise.resolve()).then(async () => {
        const checked = englishSchema.parse(english) as DeviceEnglish;
        const raw = (await storage.get(key))[key];
        const next = withEnglish(raw, hash, checked);
        // A newer version's record is kept as it is; the English is still shown, just not stored.
        if (!next) return logError(`${key} was written by a newer version: kept, not overwritten`, recordState(raw));
        await storage.set({ [key]: next });
      });
      const settled = write.catch(() => undefined);
      writing.set(key, settled);
      void settled.then(() => writing.get(key) === settled && writing.delete(key));
      return write;
    },
  };
}


/**
 * Every `t:` record stored: found among all keys, since a record may outlive the day it was made for. Only
 * those records are read where the browser lists the keys (`getKeys`, as Chromium 156 here does): reading
 * everything also reads the lookup table (~10 MB), which cost ~600 ms of this worker per question in
 * Chromium here and held up the options page opened next.
 */
async function translationKeys(storage: StorageArea & ListingStorage): Promise<Record<string, unknown>> {
  const ours = (k: string) => k.startsWith(TRANSLATION_PREFIX);
  const listed = await getListed(storage, ours);
  if (listed) return listed;
  const all = await storage.get(null);
  return Object.fromEntries(Object.entries(all).filter(([k]) => ours(k)));
}

export async function englishUsage(storage: StorageArea): Promise<EnglishUsage> {
  const records = await translationKeys(storage);
  let papers = 0;
  let bytes = 0;
  for (const [key, value] of Object.entries(records)) {
    if (recordState(value) === 'current') papers += Object.keys((value as { en: object }).en).length;
    bytes += key.length + JSON.stringify(value).length;
  }
  return { papers, bytes };
}

/** Removes every English made on this device; a newer version's records are kept. Returns how many went. */
export async function clearEnglish(storage: StorageArea): Promise<number> {
  const records = await translationKeys(storage);
  const ours = Object.keys(records).filter((k) => recordState(records[k]) !== 'newer');
  if (ours.length) await storage.remove(ours);
  return ours.length;
}

export function downloadedFlag(storage: StorageArea): { get(): Promise<boolean>; set(): Promise<void> } {
  return {
    get: async () => {
      const raw = (await storage.get(TRANSLATOR_KEY))[TRANSLATOR_KEY] as { v?: unknown; downloaded?: unknown } | undefined;
      return raw?.v === 1 && raw.downloaded === true;
    },
    set: () => storage.set({ [TRANSLATOR_KEY]: { v: 1, downloaded: true } }),
  };
}

/**
 * Days with the English made on this device written in as `summary.en` where a paper has none of its own:
 * for the reader's search index, so searching in English finds what was translated. Display never uses
 * this (it labels device English apart from the reader's own translation).
 */
export async function withStoredEnglish(storage: StorageArea, days: readonly Day[]): Promise<Day[]> {
  const ids = [...new Set(days.flatMap((d) => d.papers.filter((p) => !p.summary.en).map((p) => p.id)))];
  if (!ids.length) return [...days];
  const stored = await storage.get(ids.map(translationKey));
  return days.map((day) => ({
    ...day,
    papers: day.papers.map((p) => {
      const en = p.summary.en ? undefined : englishFor(stored[translationKey(p.id)], koreanHash(p.summary.ko));
      return en ? { ...p, summary: { ...p.summary, en: { bullets: en.bullets, translated: true } } } : p;
    }),
  }));
}

/** What "Translate every day now" still has to do. */
export async function englishTodo(storage: StorageArea, repo: Pick<Repository, 'dates' | 'day'>): Promise<EnglishTodo> {
  const dates = [...(await repo.dates())].reverse();
  const days: Day[] = [];
  for (let i = 0; i < dates.length; i += 8) days.push(...(await Promise.all(dates.slice(i, i + 8).map((d) => repo.day(d)))).filter((d): d is Day => !!d));
  const stored = await storage.get([...new Set(days.flatMap((d) => d.papers.map((p) => translationKey(p.id))))]);
  let total = 0;
  const todo: PaperRef[] = [];
  for (const day of days) {
    for (const p of day.papers) {
      total++;
      if (!p.summary.en && !englishFor(stored[translationKey(p.id)], koreanHash(p.summary.ko))) todo.push({ id: p.id, date: day.date });
    }
  }
  return { total, todo };
}
