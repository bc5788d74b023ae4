/**
 * Shared fixtures for the UI tests: the real 2023-11-23 day compiled in memory, a fake Repository over
 * a Map of days, and a fake Pref<T> that can simulate another tab changing storage.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { vi, type Mock } from 'vitest';
import { hitOnDates, type PaperHit } from '../../src/model/paper-hit';
import type { Repository } from '../../src/model/repository';
import { compileDataset } from '../../src/digest/compile';
import { koreanHash, translationKey, withEnglish } from '../../src/translate/record';
import { daySchema, type Day, type Paper } from '../../src/digest/schema';
import type { Pref } from '../../src/prefs/store';

const projectDir = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const root = (rel: string) => resolve(projectDir, rel);

let realDay: Day | undefined;

/** The real digest day 2023-11-23 (9 papers, Korean), compiled like the build does. */
export function loadRealDay(): Day {
  if (!realDay) {
    const out = compileDataset({
      digests: [{ path: 'data/digests/2023-11-23.md', text: readFileSync(root('data/digests/2023-11-23.md'), 'utf8') }],
      translations: [],
    });
    realDay = out.days[0]!;
  }
  // A deep copy, so a test that tweaks a paper cannot leak into another.
  return structuredClone(realDay);
}

export function paperOf(day: Day, id: string): Paper {
  const p = day.papers.find((x) => x.id === id);
  if (!p) throw new Error(`no paper ${id} on ${day.date}`);
  return p;
}

/** A small valid day (checked against the build's schema) with papers that do not occur elsewhere. */
export function syntheticDay(
  date: string,
  papers: { id: string; title: string; authors?: string[]; bullets?: string[]; english?: boolean }[],
): Day {
  return daySchema.parse({
    date,
    title: 'Daily Papers',
    papers: papers.map((p) => ({
      id: p.id,
      title: p.title,
      authors: p.authors ?? ['Ada Lovelace', 'Alan Turing'],
      summary: {
        ko: { bullets: (p.bullets ?? [`${p.title} 요약 첫 줄.`, `${p.title} 요약 둘째 줄.`]).map((b) => [b]), translated: false },
        ...(p.english === false
          ? {}
          : { en: { bullets: [[`${p.title} summary, first line.`], [`${p.title} summary, second line.`]], translated: true } }),
      },
    })),
  });
}

type Method = keyof Repository;

export interface FakeRepository extends Repository {
  /** Arguments of every call, per method. */
  readonly calls: { [M in Method]: unknown[][] };
  /** Makes the next `times` calls of `method` reject with `error` (Infinity: until `clearFailures`). */
  failNext(method: Method, error?: Error, times?: number): void;
  clearFailures(): void;
}

/** A Repository over a Map of days, with the same contract as `createRepository` (dates sorted, first date per ID). */
export function fakeRepository(days: Iterable<Day>): FakeRepository {
  const byDate = new Map<string, Day>();
  for (const d of days) byDate.set(d.date, d);
  const failures = new Map<Method, { error: Error; left: number }>();
  const calls: FakeRepository['calls'] = { dates: [], day: [], dateOf: [], datesOf: [], paper: [] };

  async function enter(method: Method, args: unknown[]): Promise<void> {
    calls[method].push(args);
    const f = failures.get(method);
    if (f && f.left > 0) {
      f.left--;
      if (f.left === 0) failures.delete(method);
      throw f.error;
    }
  }
  const sortedDates = () => [...byDate.keys()].sort();
  const datesOf = (id: string) => sortedDates().filter((d) => byDate.get(d)!.papers.some((p) => p.id === id));

  return {
    calls,
    failNext(method, error = new Error(`${method} failed`), times = 1) {
      failures.set(method, { error, left: times });
    },
    clearFailures() {
      failures.clear();
    },
    async dates() {
      await enter('dates', []);
      return sortedDates();
    },
    async day(date) {
      await enter('day', [date]);
      return byDate.get(date);
    },
    async dateOf(id) {
      await enter('dateOf', [id]);
      return datesOf(id)[0];
    },
    async datesOf(id) {
      await enter('datesOf', [id]);
      return datesOf(id);
    },
    async paper(id): Promise<PaperHit | undefined> {
      await enter('paper', [id]);
      return hitOnDates(id, datesOf(id), async (date) => byDate.get(date));
    },
  };
}

export interface FakePref<T> extends Pref<T> {
  set: Mock<(value: T) => Promise<void>>;
  /** The stored value. */
  readonly value: T;
  /** Number of live watchers. */
  readonly watchers: number;
  /** Another tab (or the popup) writes `value`: every watcher is called, synchronously. */
  external(value: T): void;
}

/**
 * In-memory Pref. Like `storage.local`, a `set` from this page also reaches this page's watchers
 * (asynchronously, and only when the value changes).
 */
export function fakePref<T>(initial: T): FakePref<T> {
  let value = initial;
  const cbs = new Set<(value: T) => void>();
  const notify = (v: T) => [...cbs].forEach((cb) => cb(v));
  return {
    get value() {
      return value;
    },
    get watchers() {
      return cbs.size;
    },
    get: async () => value,
    set: vi.fn(async (v: T) => {
      const changed = v !== value;
      value = v;
      if (changed) queueMicrotask(() => notify(v));
    }),
    watch(cb) {
      // A fresh wrapper per call, so the same callback watched twice gives two independent subscriptions.
      const entry = (v: T) => cb(v);
      cbs.add(entry);
      return () => {
        cbs.delete(entry);
      };
    },
    external(v) {
      value = v;
      notify(v);
    },
  };
}

/**
 * English made on this device for a paper's Korean, as storage holds it (`t:<ID>` → record), with text
 * written for the test (never a translation of the digests).
 */
export function storedDeviceEnglish(paper: Pick<Paper, 'id' | 'summary'>, english: string, date: string): Record<string, unknown> {
  return { [translationKey(paper.id)]: withEnglish(undefined, koreanHash(paper.summary.ko), { bullets: [[english]], at: 1, date }) };
}
