/**
 * Keeps the lookup table (src/model/lookup-entry.ts) that lets the content script find a paper without
 * waking this worker: one storage entry per ID, filled from the repository (packaged and imported days).
 */
import type { browser } from 'wxt/browser';
import type { Day } from '../digest/schema';
import { ENTRY_PREFIX, entryKey, LOOKUP_KEY, LOOKUP_VERSION, type LookupMarker } from '../model/lookup-entry';
import type { PaperHit } from '../model/paper-hit';
import type { Repository } from '../model/repository';

type StorageArea = Pick<typeof browser.storage.local, 'get' | 'set' | 'remove'>;

/** The IDs the table holds, so a refill can remove the entries of papers that are gone. */
export const IDS_KEY = 'lookup:ids';
/** Entries per storage write: large enough to be quick, small enough not to hold the storage backend long. */
const CHUNK = 1000;

export interface LookupDeps {
  repo: Repository;
  storage: StorageArea;
  /** Identity of the extension version and its packaged data (a refill is due when it changes). */
  version: string;
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

async function storedIds(storage: StorageArea): Promise<string[]> {
  const raw = (await storage.get(IDS_KEY))[IDS_KEY];
  return Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string') : [];
}

/** Writes the whole table. The marker goes first and comes back last, so a reader never trusts half a table. */
export async function fillLookup({ repo, storage, version }: LookupDeps): Promise<number> {
  await storage.remove(LOOKUP_KEY);
  const hits = await allHits(repo);
  const list = [...hits.values()];
  for (let i = 0; i < list.length; i += CHUNK) {
    await storage.set(Object.fromEntries(list.slice(i, i + CHUNK).map((h) => [entryKey(h.paper.id), h])));
  }
  const stale = (await storedIds(storage)).filter((id) => !hits.has(id));
  if (stale.length) await storage.remove(stale.map(entryKey));
  const marker: LookupMarker = { v: LOOKUP_VERSION, version, papers: hits.size, ready: true };
  await storage.set({ [IDS_KEY]: [...hits.keys()], [LOOKUP_KEY]: marker });
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

/**
 * Fills the table unless it is already complete for this version. One fill at a time: the worker may be
 * woken by several events at once.
 */
export function lookupKeeper(deps: LookupDeps): { ensure(): Promise<void>; refill(): Promise<void> } {
  let running: Promise<void> | undefined;
  const run = (force: boolean) => {
    running ??= (async () => {
      const marker = (await deps.storage.get(LOOKUP_KEY))[LOOKUP_KEY] as Partial<LookupMarker> | undefined;
      if (!force && marker?.ready && marker.v === LOOKUP_VERSION && marker.version === deps.version) return;
      await fillLookup(deps);
    })().finally(() => {
      running = undefined;
    });
    return running;
  };
  return { ensure: () => run(false), refill: () => run(true) };
}
