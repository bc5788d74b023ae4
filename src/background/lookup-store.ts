/**
 * Keeps the lookup table (src/model/lookup-entry.ts) that lets the content script find a paper without
 * waking this worker: one storage entry per ID, filled from the repository (packaged and imported days).
 */
import type { browser } from 'wxt/browser';
import type { Day } from '../digest/schema';
import { logError } from '../lib/log';
import { ENTRY_PREFIX, entryKey, LOOKUP_KEY, LOOKUP_VERSION, type LookupMarker } from '../model/lookup-entry';
import type { PaperHit } from '../model/paper-hit';
import type { Repository } from '../model/repository';

type StorageArea = Pick<typeof browser.storage.local, 'get' | 'set' | 'remove'>;

/** The IDs the table holds, so a refill can remove the entries of papers that are gone. */
export const IDS_KEY = 'lookup:ids';
/** Entries per storage write: large enough to be quick, small enough not to hold the storage backend long. */
const CHUNK = 1000;
/**
 * A fill that failed (storage full or unavailable) is tried again at a start of the worker this long after,
 * not at every start: Chrome starts it again after 30 s idle, and each try writes megabytes before failing.
 */
export const FILL_RETRY_MS = 60 * 60 * 1000;

/**
 * The marker after a fill that failed: the table was dropped (pages ask the background), and the fill is
 * tried again after `FILL_RETRY_MS` or with the next version. Never `ready`, so no page trusts it.
 */
export interface FailedFillMarker {
  v: typeof LOOKUP_VERSION;
  version: string;
  failed: { at: string; error: string };
}

export interface LookupDeps {
  repo: Repository;
  storage: StorageArea;
  /** Identity of the extension version and its packaged data (a refill is due when it changes). */
  version: string;
  /** The clock (tests). */
  now?: () => Date;
}

/** Every ID of every day, first day first, with the later days that listed it again (each with its own entry). */
async function allHits(repo: Repository): Promise<Map<string, PaperHit>> {
  const byId = new Map<string, PaperHit>();
  const dates = await repo.dates();
  // A few files in flight at once: reading them one by one left the worker waiting on each fetch.
  const BATCH = 8;
  for (let i = 0; i < dates.length; i += BATCH) {
    const days = await Promise.all(dates.slice(i, i + BATCH).map((d) => repo.day(d)));
    for (const day of days) addDay(byId, day);
  }
  return byId;
}

function addDay(byId: Map<string, PaperHit>, day: Day | undefined): void {
  if (!day) return;
  for (const paper of day.papers) {
    const hit = byId.get(paper.id);
    if (hit) hit.alsoOn = [...(hit.alsoOn ?? []), { date: day.date, paper }];
    else byId.set(paper.id, { date: day.date, paper });
  }
}

const isIdList = (raw: unknown): raw is string[] => Array.isArray(raw) && raw.every((x) => typeof x === 'string');

/**
 * The IDs the table holds. A damaged list is reported and the entries are found by their keys instead
 * (reading everything stored: only ever on this rare path), so none is left behind unseen.
 */
async function storedIds(storage: StorageArea): Promise<string[]> {
  const raw = (await storage.get(IDS_KEY))[IDS_KEY];
  if (raw === undefined || isIdList(raw)) return raw ?? [];
  logError(`damaged ${IDS_KEY}, listing the entries by their keys`, raw);
  return Object.keys(await storage.get(null)).flatMap((k) => (k.startsWith(ENTRY_PREFIX) ? [k.slice(ENTRY_PREFIX.length)] : []));
}

/** Removes every entry of the table and its ID list: the reader's own data keeps the room it took. */
async function dropTable(storage: StorageArea, ids: Iterable<string>): Promise<void> {
  await storage.remove([...new Set(ids)].map(entryKey).concat(IDS_KEY));
}

/**
 * Writes the whole table. The marker goes first and comes back last, so a reader never trusts half a table.
 * A write that fails (storage full or unavailable) drops the table, old and new entries alike, and the
 * error goes on: a half-new table could show what an import replaced, a full storage would leave no room
 * for the reader's own data (settings, imported days), and without the table pages ask the background.
 */
export async function fillLookup({ repo, storage, version }: LookupDeps): Promise<number> {
  await storage.remove(LOOKUP_KEY);
  const hits = await allHits(repo);
  const previous = await storedIds(storage);
  try {
    const list = [...hits.values()];
    for (let i = 0; i < list.length; i += CHUNK) {
      await storage.set(Object.fromEntries(list.slice(i, i + CHUNK).map((h) => [entryKey(h.paper.id), h])));
    }
    const stale = previous.filter((id) => !hits.has(id));
    if (stale.length) await storage.remove(stale.map(entryKey));
    const marker: LookupMarker = { v: LOOKUP_VERSION, version, papers: hits.size, ready: true };
    await storage.set({ [IDS_KEY]: [...hits.keys()], [LOOKUP_KEY]: marker });
  } catch (e) {
    await dropTable(storage, [...previous, ...hits.keys()]).catch((dropError: unknown) => logError('dropping the lookup table after a failed fill', dropError));
    throw e;
  }
  return hits.size;
}

/** Rewrites the entries of some IDs (after a day was imported or deleted); an ID no day lists any more is removed. */
export async function refreshLookup({ repo, storage }: Omit<LookupDeps, 'version'>, ids: Iterable<string>): Promise<void> {
  const set: Record<string, PaperHit> = {};
  const gone: string[] = [];
  for (const id of new Set(ids)) {
    const hit = await repo.paper(id);
    if (hit) set[entryKey(id)] = hit;
    else gone.push(id);
  }
  const known = new Set(await storedIds(storage));
  for (const key of Object.keys(set)) known.add(key.slice(ENTRY_PREFIX.length));
  for (const id of gone) known.delete(id);
  await storage.set({ ...set, [IDS_KEY]: [...known] });
  if (gone.length) await storage.remove(gone.map(entryKey));
}

/** Whether a fill for this version failed less than `FILL_RETRY_MS` ago. */
function failedRecently(marker: Partial<FailedFillMarker> | undefined, version: string, now: Date): boolean {
  if (marker?.v !== LOOKUP_VERSION || marker.version !== version || typeof marker.failed?.at !== 'string') return false;
  const at = Date.parse(marker.failed.at);
  return now.getTime() - at < FILL_RETRY_MS && at <= now.getTime();
}

/**
 * Fills the table unless it is already complete for this version, or a fill for this version failed a
 * short while ago (then pages keep asking the background until a later start of the worker tries again).
 * One fill at a time: the worker may be woken by several events at once.
 */
export function lookupKeeper(deps: LookupDeps): { ensure(): Promise<void>; refill(): Promise<void> } {
  const now = deps.now ?? (() => new Date());
  let running: Promise<void> | undefined;
  const run = (force: boolean) => {
    running ??= (async () => {
      const marker = (await deps.storage.get(LOOKUP_KEY))[LOOKUP_KEY] as Partial<LookupMarker & FailedFillMarker> | undefined;
      if (!force && marker?.ready && marker.v === LOOKUP_VERSION && marker.version === deps.version) return;
      if (!force && failedRecently(marker, deps.version, now())) return;
      try {
        await fillLookup(deps);
      } catch (e) {
        const failed: FailedFillMarker = { v: LOOKUP_VERSION, version: deps.version, failed: { at: now().toISOString(), error: e instanceof Error ? e.message : String(e) } };
        await deps.storage.set({ [LOOKUP_KEY]: failed }).catch((markError: unknown) => logError('recording a failed fill of the lookup table', markError));
        throw e;
      }
    })().finally(() => {
      running = undefined;
    });
    return running;
  };
  return { ensure: () => run(false), refill: () => run(true) };
}
