import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Day } from '../../../src/digest/schema';
import type { Repository } from '../../../src/model/repository';
import { IMPORTS_KEY } from '../../../src/digest/import-records';
import { dataSource, IMPORTS_STORAGE_KEY } from '../../../src/reader/data-source';
import { createIndexFeeder, planIndexUpdate, type IndexStatus } from '../../../src/reader/index-feeder';
import { createSearchClient, inPageWorker, type SearchClient } from '../../../src/reader/search-client';
import { day } from '../search/test-days';

const bundled = [
  day('2024-01-02', [{ id: '2401.00001', title: 'Bundled One', ko: ['확산 모델을 정렬합니다.'] }]),
  day('2024-01-03', [{ id: '2401.00002', title: 'Bundled Two', ko: ['언어 모델의 추론'] }]),
];

/**
 * The background as the reader sees it: bundled days merged with the days stored under `imports`, an
 * imported day winning over a bundled one of the same date. The record's shape here is made up: the
 * reader must not depend on it.
 */
function background() {
  const imported = async (): Promise<Record<string, Day>> => ((await fakeBrowser.storage.local.get(IMPORTS_STORAGE_KEY))[IMPORTS_STORAGE_KEY] as { days?: Record<string, Day> } | undefined)?.days ?? {};
  const merged = async () => {
    const byDate = new Map(bundled.map((d) => [d.date, d]));
    for (const [date, d] of Object.entries(await imported())) byDate.set(date, d);
    return byDate;
  };
  const calls: string[][] = [];
  return {
    calls,
    dates: async () => [...(await merged()).keys()].sort(),
    daysJson: async (dates: string[]) => {
      calls.push(dates);
      const m = await merged();
      return JSON.stringify(dates.flatMap((d) => (m.has(d) ? [m.get(d)!] : [])));
    },
    async store(days: Record<string, Day>) {
      await fakeBrowser.storage.local.set({ [IMPORTS_STORAGE_KEY]: { v: 1, days } });
    },
  };
}

async function ids(client: SearchClient, q: string): Promise<string[]> {
  return (await client.search(q, { limit: 20, lang: 'ko' })).response.results.map((r) => `${r.date}/${r.id}`);
}

/** Resolves when the feeder reports a ready index of a newer generation than `after`. */
function nextReady(feeder: ReturnType<typeof createIndexFeeder>, after: number): Promise<IndexStatus> {
  return new Promise((resolve) => {
    const off = feeder.subscribe((s) => {
      if (s.state === 'ready' && (s.ready?.generation ?? 0) > after) {
        off();
        resolve(s);
      }
    });
  });
}

beforeEach(() => fakeBrowser.reset());

describe('the index follows imports and deletions (storage.onChanged of `imports`)', () => {
  test('import a new day, import over a bundled day, delete both: the index and the counts follow', async () => {
    const bg = background();
    const client = createSearchClient(inPageWorker());
    const feeder = createIndexFeeder({ client, dates: bg.dates, daysJson: bg.daysJson });
    const repoFactory = vi.fn(() => ({}) as Repository);
    const source = dataSource(repoFactory, fakeBrowser.storage.onChanged);
    source.subscribe((change) => void feeder.importsChanged(change));

    await feeder.start();
    expect(feeder.status()).toMatchObject({ state: 'ready', loaded: 2, total: 2, ready: { generation: 1 } });
    expect(await ids(client, '모델')).toEqual(['2024-01-03/2401.00002', '2024-01-02/2401.00001']);

    // a new day
    let ready = nextReady(feeder, 1);
    await bg.store({ '2024-01-04': day('2024-01-04', [{ id: '2401.00004', title: 'Imported New', ko: ['확산 모델의 가속'] }]) });
    let status = await ready;
    expect(source.version()).toBe(1);
    expect(repoFactory).toHaveBeenCalledTimes(2); // a fresh repository: the old one's cached answers are stale
    expect(status.ready?.stats.kind).toBe('update');
    expect(status.ready?.counts.get('2024-01-04')).toBe(1);
    expect(await ids(client, '확산 모델')).toEqual(['2024-01-04/2401.00004', '2024-01-02/2401.00001']);
    expect(bg.calls.at(-1)).toEqual(['2024-01-04']); // only the day the change names

    // a day imported over a bundled one replaces it in the index
    ready = nextReady(feeder, 2);
    await bg.store({
      '2024-01-04': day('2024-01-04', [{ id: '2401.00004', title: 'Imported New', ko: ['확산 모델의 가속'] }]),
      '2024-01-02': day('2024-01-02', [{ id: '2401.00077', title: 'Imported Over Bundled', ko: ['가져온 요약'] }, { id: '2401.00078', title: 'Second', ko: ['둘째'] }]),
    });
    status = await ready;
    expect(status.ready?.counts.get('2024-01-02')).toBe(2);
    expect(await ids(client, '확산 모델')).toEqual(['2024-01-04/2401.00004']);
    expect(await ids(client, '가져온')).toEqual(['2024-01-02/2401.00077']);

    // delete every import: the new day is gone, the bundled day is back
    ready = nextReady(feeder, 3);
    await fakeBrowser.storage.local.remove(IMPORTS_STORAGE_KEY);
    status = await ready;
    expect([...status.ready!.counts.keys()].sort()).toEqual(['2024-01-02', '2024-01-03']);
    expect(await ids(client, '확산 모델')).toEqual(['2024-01-02/2401.00001']);
    expect(await ids(client, '가져온')).toEqual([]);
  });

  test('other keys and other storage areas are ignored', async () => {
    const source = dataSource(() => ({}) as Repository, fakeBrowser.storage.onChanged);
    const cb = vi.fn();
    source.subscribe(cb);
    await fakeBrowser.storage.local.set({ settings: { v: 2, lang: 'en' } });
    await fakeBrowser.storage.sync.set({ [IMPORTS_STORAGE_KEY]: 1 });
    expect(cb).not.toHaveBeenCalled();
    source.close();
    await fakeBrowser.storage.local.set({ [IMPORTS_STORAGE_KEY]: { v: 1 } });
    expect(cb).not.toHaveBeenCalled();
  });

  test('a change before the first load starts does nothing: the first load reads fresh data', async () => {
    const bg = background();
    const feeder = createIndexFeeder({ client: createSearchClient(inPageWorker()), dates: bg.dates, daysJson: bg.daysJson });
    await feeder.importsChanged({ newValue: { days: { '2024-01-04': 1 } } });
    expect(bg.calls).toEqual([]);
    expect(feeder.status().state).toBe('idle');
  });
});

describe('planning an update', () => {
  const indexed = ['2024-01-02', '2024-01-03'];
  test('the key is the one the background writes, and its catalog names the dates', () => {
    expect(IMPORTS_STORAGE_KEY).toBe(IMPORTS_KEY);
    const entry = { papers: 1, digest: true, english: false, replacesBundled: false, importedAt: '2025-01-01T00:00:00Z', bytes: 10 };
    const before = { v: 2, days: { '2024-01-03': { ...entry, replacesBundled: true } } };
    const after = { v: 2, days: { ...before.days, '2024-01-04': entry } };
    expect(planIndexUpdate(indexed, [...indexed, '2024-01-04'], { oldValue: before, newValue: after })).toEqual({ full: false, drop: [], fetch: ['2024-01-03', '2024-01-04'] });
  });
  test('new dates are read, vanished ones dropped, dates the record names read again', () => {
    expect(planIndexUpdate(indexed, [...indexed, '2024-01-04'], { newValue: { days: ['2024-01-04'] } })).toEqual({ full: false, drop: [], fetch: ['2024-01-04'] });
    expect(planIndexUpdate(indexed, ['2024-01-03'], { oldValue: { '2024-01-02': { hash: 'x' } } })).toEqual({ full: false, drop: ['2024-01-02'], fetch: [] });
    expect(planIndexUpdate(indexed, indexed, { oldValue: '{"d":"2024-01-02"}', newValue: '{"d":"2024-01-02","n":2}' })).toEqual({ full: false, drop: [], fetch: ['2024-01-02'] });
  });
  test('a record that names no date: everything is read again', () => {
    expect(planIndexUpdate(indexed, indexed, { newValue: { rev: 7 } })).toEqual({ full: true, drop: [], fetch: indexed });
    expect(planIndexUpdate(indexed, ['2024-01-02'], {})).toEqual({ full: true, drop: ['2024-01-03'], fetch: ['2024-01-02'] });
  });
  test('digits around a date-like text are not a date', () => {
    expect(planIndexUpdate(indexed, indexed, { newValue: '12024-01-023' })).toMatchObject({ full: true });
  });
});

describe('loading in batches', () => {
  test('batches of the protocol size, two in flight, progress reported, failure then retry', async () => {
    const dates = Array.from({ length: 70 }, (_, i) => `2024-${String(1 + Math.floor(i / 28)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`);
    let fail = true;
    const asked: number[] = [];
    const client = createSearchClient(inPageWorker());
    const feeder = createIndexFeeder({
      client,
      dates: async () => dates,
      daysJson: async (batch) => {
        asked.push(batch.length);
        if (fail && asked.length === 2) throw new Error('background gone');
        return JSON.stringify(batch.map((d) => day(d, [{ id: `24${d.slice(5, 7)}.${d.slice(8)}001`, ko: ['요약'] }])));
      },
    });
    const seen: IndexStatus['state'][] = [];
    feeder.subscribe((s) => seen.push(s.state));
    await feeder.start();
    expect(feeder.status()).toMatchObject({ state: 'failed', error: 'background gone' });
    fail = false;
    asked.length = 0;
    await feeder.retry();
    expect(asked).toEqual([32, 32, 6]);
    expect(feeder.status()).toMatchObject({ state: 'ready', loaded: 70, total: 70 });
    expect(feeder.status().ready?.stats.papers).toBe(70);
    expect(seen).toContain('loading');
    expect((await client.search('요약', { limit: 5, lang: 'ko' })).response.total).toBe(70);
  });
});
