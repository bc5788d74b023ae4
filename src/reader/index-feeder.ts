/**
 * Keeps the search worker's index in step with the days the background has: every day once, in
 * batches, then only what an import or a deletion touched.
 *
 * The days come from the background (never from the packaged files directly): it merges bundled and
 * imported days, so a day imported over a bundled date is indexed as the reader shows it. Where the
 * package ships the index of its bundled days (shipped-index.ts), the first load starts from it and reads
 * from the background only the imported days (and days the shipped index lacks); the English stored on
 * this device for bundled papers is read from storage. A shipped index that cannot be used (missing,
 * damaged, of other data) is logged and the days are read as before.
 */
import { MAX_DAYS_PER_REQUEST } from '../messaging/limits';
import { translationKey } from '../translate/record';
import type { IndexReady, SearchClient, ShippedBase } from './search-client';

export interface IndexStatus {
  state: 'idle' | 'loading' | 'ready' | 'failed';
  /** Days read so far, of `total`, in the current load. */
  loaded: number;
  total: number;
  /** The last index built, with the time from asking for the dates to the index being ready. */
  ready?: IndexReady & { loadMs: number };
  error?: string;
}

export interface StorageChangeLike {
  oldValue?: unknown;
  newValue?: unknown;
}

export interface FeederDeps {
  client: SearchClient;
  /**
   * Loads the shipped index of the bundled days into the worker (which forgets what it held); rejected
   * when there is none that can be used. (The page may have started it before the first paint.)
   */
  shipped?(): Promise<ShippedBase>;
  /** The dates of the imported days (each one adds a day or replaces a bundled one). Required with `shipped`. */
  importedDates?(): Promise<string[]>;
  /** `storage.local.get` of these keys (the `t:<ID>` records of English made on this device). Required with `shipped`. */
  storedEnglish?(keys: string[]): Promise<Record<string, unknown>>;
  /** Told why a shipped index was not used. */
  onShippedFailed?(reason: unknown): void;
  /** Every date with a digest, asked afresh each time (imports change it). */
  dates(): Promise<string[]>;
  /** The days of `dates` as JSON text of `Day[]`; dates without a day are left out. */
  daysJson(dates: string[]): Promise<string>;
  /** Dates per request (the protocol caps it). */
  batchSize?: number;
  /** Requests in flight at once. */
  parallel?: number;
  now?(): number;
}

export interface IndexFeeder {
  /** Starts the first load (once; later calls return the same work). */
  start(): Promise<void>;
  /** A new full load after a failure. */
  retry(): Promise<void>;
  /** The stored imports changed: update the index (nothing to do before the first load starts). */
  importsChanged(change: StorageChangeLike): Promise<void>;
  /** English landed for papers of these days: read them again (only days already indexed). */
  refresh(dates: readonly string[]): Promise<void>;
  status(): IndexStatus;
  subscribe(cb: (status: IndexStatus) => void): () => void;
}

export function createIndexFeeder(deps: FeederDeps): IndexFeeder {
  const { client, dates, daysJson, batchSize = MAX_DAYS_PER_REQUEST, parallel = 2, now = () => performance.now() } = deps;
  let status: IndexStatus = { state: 'idle', loaded: 0, total: 0 };
  let indexed: string[] = [];
  let started = false;
  let queue: Promise<void> = Promise.resolve();
  // Each job's number: batches of a job that failed never reach the worker after a later job began.
  let job = 0;
  const listeners = new Set<(s: IndexStatus) => void>();

  function set(next: IndexStatus) {
    status = next;
    for (const l of listeners) l(next);
  }

  async function feed(mine: number, wanted: string[]): Promise<void> {
    const batches: string[][] = [];
    for (let i = 0; i < wanted.length; i += batchSize) batches.push(wanted.slice(i, i + batchSize));
    let next = 0;
    const lane = async () => {
      while (next < batches.length) {
        const batch = batches[next++]!;
        const json = await daysJson(batch);
        if (mine !== job) return;
        client.put(json);
        set({ ...status, loaded: status.loaded + batch.length });
      }
    };
    await Promise.all(Array.from({ length: Math.min(parallel, batches.length) }, lane));
  }

  // Once a shipped index failed, the page's later full loads (retry, an unreadable change) read the days.
  let shippedUsable = !!deps.shipped;

  async function fullLoad(mine: number): Promise<void> {
    if (shippedUsable && (await shippedLoad(mine))) return;
    const t = now();
    const all = await dates();
    set({ ...status, state: 'loading', loaded: 0, total: all.length, error: undefined });
    client.reset();
    await feed(mine, all);
    const ready = await client.commit();
    indexed = all;
    set({ state: 'ready', loaded: all.length, total: all.length, ready: { ...ready, loadMs: now() - t } });
  }

  /**
   * The first load from the shipped index; false when it cannot be used (none shipped, damaged, of other
   * data), and then never tried again on this page. Other failures (the background's) fail the load.
   */
  async function shippedLoad(mine: number): Promise<boolean> {
    const t = now();
    const [base, all, imported] = await Promise.all([deps.shipped!().catch(asError), dates(), deps.importedDates!()]);
    if (base instanceof Error) {
      deps.onShippedFailed?.(base);
      shippedUsable = false;
      return false;
    }
    set({ ...status, state: 'loading', loaded: 0, total: all.length, error: undefined });
    const has = new Set(all);
    const shipped = new Set(base.dates);
    const replaced = new Set(imported);
    // From the background: imported days, and any date the shipped index does not have.
    const fetch = all.filter((d) => replaced.has(d) || !shipped.has(d));
    const gone = base.dates.filter((d) => !has.has(d));
    if (base.withoutEnglish.length) client.english(await deps.storedEnglish!(base.withoutEnglish.map(translationKey)));
    if (gone.length) client.drop(gone);
    set({ ...status, loaded: all.length - fetch.length });
    await feed(mine, fetch);
    const ready = await client.commit();
    indexed = all;
    set({ state: 'ready', loaded: all.length, total: all.length, ready: { ...ready, loadMs: now() - t } });
    return true;
  }

  async function update(mine: number, change: StorageChangeLike): Promise<void> {
    const t = now();
    const all = await dates();
    const plan = planIndexUpdate(indexed, all, change);
    if (plan.full) return fullLoad(mine);
    set({ ...status, state: 'loading', loaded: 0, total: plan.fetch.length });
    if (plan.drop.length) client.drop(plan.drop);
    await feed(mine, plan.fetch);
    const ready = await client.commit();
    indexed = all;
    set({ state: 'ready', loaded: plan.fetch.length, total: plan.fetch.length, ready: { ...ready, loadMs: now() - t } });
  }

  function run(work: (mine: number) => Promise<void>): Promise<void> {
    queue = queue.then(async () => {
      const mine = ++job;
      try {
        await work(mine);
      } catch (e) {
        job++;
        set({ ...status, state: 'failed', error: e instanceof Error ? e.message : String(e) });
      }
    });
    return queue;
  }

  return {
    start() {
      if (!started) {
        started = true;
        run(fullLoad);
      }
      return queue;
    },
    retry() {
      started = true;
      return run(fullLoad);
    },
    importsChanged(change) {
      if (!started) return queue;
      return run((mine) => (status.state === 'ready' ? update(mine, change) : fullLoad(mine)));
    },
    refresh(wanted) {
      if (!started) return queue;
      return run(async (mine) => {
        // Decided when its turn comes: English that lands while the first load runs is read after it.
        const again = wanted.filter((d) => indexed.includes(d));
        if (!again.length) return;
        if (status.state !== 'ready') return fullLoad(mine);
        const t = now();
        set({ ...status, state: 'loading', loaded: 0, total: again.length });
        await feed(mine, again);
        const ready = await client.commit();
        set({ state: 'ready', loaded: again.length, total: again.length, ready: { ...ready, loadMs: now() - t } });
      });
    },
    status: () => status,
    subscribe(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
  };
}

const asError = (e: unknown): Error => (e instanceof Error ? e : new Error(String(e)));

export interface IndexUpdatePlan {
  /** The changed record names no date: reload every day. */
  full: boolean;
  /** Indexed dates that are gone. */
  drop: string[];
  /** Dates to read again: new ones, and every date the change names that still exists. */
  fetch: string[];
}

/**
 * What an import or a deletion means for the index. The stored imports record is another module's
 * (its shape may change), so it is not parsed: every date written in its old or new value is read
 * again. That covers a new day, a day imported over a bundled one and a deletion that uncovers the
 * bundled day again, at the price of re-reading the other imported days (a few). A record that names
 * no date at all gives no clue, so everything is read again.
 */
export function planIndexUpdate(indexed: readonly string[], next: readonly string[], change: StorageChangeLike): IndexUpdatePlan {
  const had = new Set(indexed);
  const has = new Set(next);
  const named = new Set([...datesIn(change.oldValue), ...datesIn(change.newValue)]);
  const drop = indexed.filter((d) => !has.has(d));
  if (named.size === 0) return { full: true, drop, fetch: [...next] };
  const fetch = next.filter((d) => !had.has(d) || named.has(d));
  return { full: false, drop, fetch };
}

const DATE_IN_TEXT = /(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)/g;

function datesIn(value: unknown): string[] {
  if (value === undefined) return [];
  let text: string;
  try {
    text = typeof value === 'string' ? value : JSON.stringify(value);
  } catch {
    return [];
  }
  return text ? (text.match(DATE_IN_TEXT) ?? []) : [];
}
