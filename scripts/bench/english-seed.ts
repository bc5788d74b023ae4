/**
 * The English rows (issue #24, item 9): a browser of a build in which the reader chose English and the
 * measured paper's English was made on this device before, so the panel's first storage read brings it.
 * The record is written the way src/background/english-store.ts writes it (`t:<ID>` → `{ v: 1, en: { <hash
 * of the Korean>: { bullets, at, date } } }`, src/translate/record.ts), with text written for the benchmark:
 * never a translation of the digests, which the project may not share (their license).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Worker } from '@playwright/test';
import type { Day } from '../../src/digest/schema';
import { DEFAULT_SETTINGS, encodeSettings, SETTINGS_KEY } from '../../src/prefs/settings';
import { koreanHash, translationKey, withEnglish, type DeviceEnglish, type TranslationRecord } from '../../src/translate/record';
import { TARGET_DATE, TARGET_ID } from './dataset';

/** The stand-in English of a paper: one bullet for each Korean one, saying what it is. */
export function benchEnglish(id: string, koreanBullets: number, date: string): DeviceEnglish {
  const bullets = Array.from({ length: koreanBullets }, (_, i) => [`Benchmark text ${i + 1} of ${koreanBullets} for ${id}, written for the benchmark (not a translation).`]);
  return { bullets, at: Date.UTC(2026, 0, 1), date };
}

/** What storage holds in the English browser: the setting, and the paper's English for its Korean. */
export function englishStorage(day: Day, id = TARGET_ID): Record<string, unknown> {
  const paper = day.papers.find((p) => p.id === id);
  if (!paper) throw new Error(`${id} is not in the day ${day.date}`);
  const record: TranslationRecord | undefined = withEnglish(undefined, koreanHash(paper.summary.ko), benchEnglish(id, paper.summary.ko.bullets.length, day.date));
  return { [SETTINGS_KEY]: encodeSettings({ ...DEFAULT_SETTINGS, lang: 'en' }), [translationKey(id)]: record };
}

/** Writes the English state into a build's storage, through its service worker, from its packaged day file. */
export async function seedEnglish(sw: Worker, dataDir: string): Promise<void> {
  const day = JSON.parse(await readFile(path.join(dataDir, 'days', `${TARGET_DATE}.json`), 'utf8')) as Day;
  await sw.evaluate((items) => chrome.storage.local.set(items), englishStorage(day));
}
