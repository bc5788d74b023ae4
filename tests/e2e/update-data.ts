/**
 * What the update suites (Chromium and Firefox) leave in the previous release's profile, besides the lookup
 * table it fills itself: a day imported on the options page, the preferences, on-device English records
 * (`t:<arXiv ID>`, `{ v: 1, … }`, written here by hand as that feature would write them), and records of a
 * version this extension does not know, which an update must keep.
 */
import { digestText } from './options-page';

/** A day imported before the update, with a paper of its own (a teaser image, for the teaser preference). */
export const IMPORTED = { id: '2506.00001', date: '2025-06-01', bullet: '업데이트 전에 가져온 날의 요약입니다.' } as const;
export const importedDay = () => digestText(IMPORTED.date, [[IMPORTED.id, 'Imported Before the Update', [IMPORTED.bullet]]]);

/** English, panel collapsed, teaser images shown: none of them the default. */
export const PREFERENCES = { v: 2, lang: 'en', collapsed: true, teaser: true } as const;

/** The first English bullet of the known paper (data/translations/2023-11-23.en.json). */
export const KNOWN_ENGLISH = /^The GAIA benchmark proposes real-world questions/;

/** Records of an unknown version under our keys, and on-device translations as their feature stores them. */
export const UNKNOWN_VERSIONS: Record<string, unknown> = {
  'import:2025-06-02': { v: 99, date: '2025-06-02', body: 'a format of a later version' },
  't:2311.13231': { v: 99, text: 'a translation record of a later version' },
  't:2311.12983': { v: 1, lang: 'en', bullets: ['An English summary made on this device.'], madeAt: '2025-06-01T10:00:00.000Z' },
  't:2401.00001': { v: 1, lang: 'en', bullets: ['Another one, for a paper the previous archive did not have.'], madeAt: '2025-06-01T10:01:00.000Z' },
};

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
