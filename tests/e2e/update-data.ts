/**
 * What the update suites (Chromium and Firefox) leave in the previous release's profile, besides the lookup
 * table it fills itself: a day imported on the options page, the preferences, English made on this device
 * (`t:<arXiv ID>` records, written here by hand as the translation service writes them), and records of a
 * version this extension does not know, which an update must keep.
 */
import { readFileSync } from 'node:fs';
import { parseDigest } from '../../src/digest/parse';
import { koreanHash, type TranslationRecord } from '../../src/translate/record';
import { digestText } from './options-page';
import { KNOWN, NEW_ONLY, newOnlyDay } from './releases';

/** A day imported before the update, with a paper of its own (a teaser image, for the teaser preference). */
export const IMPORTED = { id: '2506.00001', date: '2025-06-01', bullet: '업데이트 전에 가져온 날의 요약입니다.' } as const;
export const importedDay = () => digestText(IMPORTED.date, [[IMPORTED.id, 'Imported Before the Update', [IMPORTED.bullet]]]);

/** English, panel collapsed, teaser images shown: none of them the default. */
export const PREFERENCES = { v: 2, lang: 'en', collapsed: true, teaser: true } as const;

/** What a known paper shows in English after the update: the English made on the device before it (no English ships). */
export const KNOWN_ENGLISH = /^An English summary made on this device\.$/;

/** Records of a version this extension does not know, under our keys. */
export const UNKNOWN_VERSIONS: Record<string, unknown> = {
  'import:2025-06-02': { v: 99, date: '2025-06-02', body: 'a format of a later version' },
  't:2311.13231': { v: 99, text: 'a translation record of a later version' },
};

/** English made on this device for a paper, as src/translate/record.ts stores it: keyed by the hash of its Korean. */
function deviceEnglish(md: string, id: string, english: string): TranslationRecord {
  const parsed = parseDigest(md);
  const paper = parsed.ok ? parsed.day.papers.find((p) => p.id === id) : undefined;
  if (!paper) throw new Error(`${id} is not in the digest`);
  return { v: 1, en: { [koreanHash(paper.summary.ko)]: { bullets: [[english]], at: Date.UTC(2025, 5, 1, 10) } } };
}

/** On-device English for a paper of every archive and for the one only the new archive has. */
/** The English stored for the paper only the new archive has, before the update (shown once it is known). */
export const NEW_ONLY_ENGLISH = 'English made on this device for a paper of the new archive.';

export const deviceEnglishRecords = (): Record<string, TranslationRecord> => ({
  [`t:${KNOWN.id}`]: deviceEnglish(readFileSync(`data/digests/${KNOWN.date}.md`, 'utf8'), KNOWN.id, 'An English summary made on this device.'),
  [`t:${NEW_ONLY.id}`]: deviceEnglish(newOnlyDay(), NEW_ONLY.id, NEW_ONLY_ENGLISH),
});

/** Runs in an extension page: how many papers have English made on this device, by the background's count. */
export async function deviceEnglishPapers(): Promise<number> {
  const g = globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome };
  const reply = (await (g.browser ?? g.chrome).runtime.sendMessage({ type: 'daily-papers:englishUsage' })) as { ok: boolean; value?: { papers: number }; error?: string };
  if (!reply.ok) throw new Error(reply.error);
  return reply.value!.papers;
}

export interface ReaderRecords {
  /** Every stored key but the lookup table's, with its value. */
  records: Record<string, unknown>;
  /** The IDs the lookup table holds. */
  ids: string[];
}

/** Runs in an extension page or worker (Chrome's `chrome`, Firefox's `browser`): self-contained. */
export async function readerRecords(): Promise<ReaderRecords> {
  const g = globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome };
  const local = (g.browser ?? g.chrome).storage.local;
  const keys = (await local.getKeys()).filter((k) => !k.startsWith('p:') && k !== 'lookup' && k !== 'lookup:ids');
  const records = await local.get(keys);
  const ids = (await local.get('lookup:ids'))['lookup:ids'];
  return { records, ids: Array.isArray(ids) ? (ids as string[]) : [] };
}
