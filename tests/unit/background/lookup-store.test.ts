import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fillLookup, IDS_KEY, lookupKeeper, refreshLookup } from '../../../src/background/lookup-store';
import { startBackground } from '../../../src/background/main';
import { createRepository } from '../../../src/packaged/repository';
import { compileDataset } from '../../../src/digest/compile';
import { entryKey, hitOf, LOOKUP_KEY, lookupReady } from '../../../src/model/lookup-entry';
import { writeSettings } from '../../../src/prefs/store';
import { seedText, SEED_PATH, testTranslationText } from '../digest/seed';
import { fakeRepository, syntheticDay } from '../helpers';
import { bytesInUse, failStorageWrites, limitStorage, QUOTA_ERROR } from '../storage-faults';

const TWO = `## Daily Papers (2023-11-24)\n\n### [Again](https://arxiv.org/abs/2311.12983)\n\nAuthors: A\n\n- 다시 실림\n\n### [Other](https://arxiv.org/abs/2311.14000)\n\nAuthors: B\n\n- 요약\n`;
const out = compileDataset({
  digests: [
    { path: SEED_PATH, text: seedText() },
    { path: 'd/2023-11-24.md', text: TWO },
  ],
  translations: [{ path: 'imports/2023-11-23.en.json', text: testTranslationText() }],
});
const loader = (files: Map<string, string>) => vi.fn(async (p: string) => (files.has(p) ? JSON.parse(files.get(p)!) : undefined));
const storage = () => fakeBrowser.storage.local;

beforeEach(() => fakeBrowser.reset());

describe('the lookup table the content script reads', () => {
  test('one entry per ID, first day first, later days listed; a marker once complete', async () => {
    expect(await fillLookup({ repo: createRepository(loader(out.files)), storage: storage(), version: 'v1' })).toBe(10);
    const got = await storage().get([entryKey('2311.12983'), entryKey('2311.14000'), LOOKUP_KEY, IDS_KEY]);
    expect(hitOf(got[entryKey('2311.12983')])).toMatchObject({
      date: '2023-11-23',
      paper: { title: 'GAIA: a benchmark for General AI Assistants' },
      alsoOn: [{ date: '2023-11-24', paper: { title: 'Again', summary: { ko: { bullets: [['다시 실림']] } } } }],
    });
    expect(hitOf(got[entryKey('2311.14000')])).toMatchObject({ date: '2023-11-24', paper: { id: '2311.14000' } });
    expect(got[LOOKUP_KEY]).toEqual({ v: 2, version: 'v1', papers: 10, ready: true });
    expect(lookupReady(got[LOOKUP_KEY], 'v1')).toBe(true);
    expect((got[IDS_KEY] as string[]).sort()).toHaveLength(10);
  });

  test('an archive larger than one write: every one of 2,500 papers on 100 days is stored, the marker counts them all', async () => {
    // The fill writes in batches; the real archive has 5,488 papers, the seed only 10. A fill that stopped
    // after its first batch would leave most papers without a panel and still set the marker.
    const dates = Array.from({ length: 100 }, (_, d) => new Date(Date.UTC(2024, 0, 1 + d)).toISOString().slice(0, 10));
    const idOf = (n: number) => `2401.${String(10000 + n)}`;
    const days = dates.map((date, d) =>
      syntheticDay(date, [
        ...Array.from({ length: 25 }, (_, p) => ({ id: idOf(d * 25 + p), title: `Paper ${d * 25 + p}` })),
        // the last day lists three papers of the first one again
        ...(d === 99 ? [0, 1, 2].map((p) => ({ id: idOf(p), title: `Paper ${p}` })) : []),
      ]),
    );
    const ids = Array.from({ length: 2500 }, (_, n) => idOf(n));
    expect(await fillLookup({ repo: fakeRepository(days), storage: storage(), version: 'big' })).toBe(2500);
    const got = await storage().get([...ids.map(entryKey), LOOKUP_KEY, IDS_KEY]);
    const missing = ids.filter((id, n) => hitOf(got[entryKey(id)])?.date !== dates[Math.floor(n / 25)]);
    expect(missing).toEqual([]);
    expect(hitOf(got[entryKey(idOf(2))])?.alsoOn?.map((d) => [d.date, d.paper.id])).toEqual([[dates[99], idOf(2)]]);
    expect(hitOf(got[entryKey(idOf(2499))])?.paper.title).toBe('Paper 2499');
    expect([...(got[IDS_KEY] as string[])].sort()).toEqual([...ids].sort());
    expect(got[LOOKUP_KEY]).toEqual({ v: 2, version: 'big', papers: 2500, ready: true });
  });

  test('a refill removes the entries of papers that are gone, and the marker is away while it runs', async () => {
    await fillLookup({ repo: createRepository(loader(out.files)), storage: storage(), version: 'v1' });
    const only = compileDataset({ digests: [{ path: SEED_PATH, text: seedText() }], translations: [] });
    const set = vi.spyOn(storage(), 'set');
    await fillLookup({ repo: createRepository(loader(only.files)), storage: storage(), version: 'v2' });
    // the first write of the refill happened without a marker in storage
    expect(set.mock.calls[0]![0]).not.toHaveProperty(LOOKUP_KEY);
    expect((await storage().get(entryKey('2311.14000')))[entryKey('2311.14000')]).toBeUndefined();
    expect(hitOf((await storage().get(entryKey('2311.12983')))[entryKey('2311.12983')])?.alsoOn).toBeUndefined();
    expect((await storage().get(LOOKUP_KEY))[LOOKUP_KEY]).toMatchObject({ version: 'v2', papers: 9 });
  });

  test('refreshLookup rewrites some IDs and drops the ones no day lists any more', async () => {
    await fillLookup({ repo: createRepository(loader(out.files)), storage: storage(), version: 'v1' });
    const only = compileDataset({ digests: [{ path: SEED_PATH, text: seedText() }], translations: [] });
    await refreshLookup({ repo: createRepository(loader(only.files)), storage: storage() }, ['2311.14000', '2311.12983']);
    const got = await storage().get([entryKey('2311.14000'), entryKey('2311.12983'), IDS_KEY]);
    expect(got[entryKey('2311.14000')]).toBeUndefined();
    expect(hitOf(got[entryKey('2311.12983')])?.alsoOn).toBeUndefined();
    expect(got[IDS_KEY]).not.toContain('2311.14000');
    expect(got[IDS_KEY]).toContain('2311.12983');
  });

  test('the keeper fills once per version, one fill at a time', async () => {
    const load = loader(out.files);
    const keeper = lookupKeeper({ repo: createRepository(load), storage: storage(), version: 'v1' });
    await Promise.all([keeper.ensure(), keeper.ensure()]);
    const reads = load.mock.calls.length;
    await keeper.ensure();
    expect(load.mock.calls.length).toBe(reads); // complete for v1: nothing read again
    const next = lookupKeeper({ repo: createRepository(load), storage: storage(), version: 'v2' });
    await next.ensure();
    expect((await storage().get(LOOKUP_KEY))[LOOKUP_KEY]).toMatchObject({ version: 'v2' });
  });

  test('the background fills the table when it starts', async () => {
    const bg = startBackground(fakeBrowser, createRepository(loader(out.files)), Promise.resolve('v9'));
    await bg.lookupReady;
    expect(lookupReady((await storage().get(LOOKUP_KEY))[LOOKUP_KEY], 'v9')).toBe(true);
  });
});

describe('a fill that cannot be written', () => {
  // More papers than one write holds (1,000), so a fill fails part-way, with entries of its own already written.
  const many = () => fakeRepository([syntheticDay('2024-01-02', Array.from({ length: 1500 }, (_, i) => ({ id: `2401.${String(i).padStart(5, '0')}`, title: `Paper ${i}` })))]);
  const readerData = { settings: { v: 2, lang: 'en', collapsed: true, teaser: true }, imports: { v: 2, days: {} }, 't:2311.12983': { v: 1, text: 'kept' } };
  const keys = async () => Object.keys(await storage().get(null)).sort();

  test('a write failing part-way drops the table, old entries and new, and leaves the reader’s data as it was', async () => {
    await fillLookup({ repo: createRepository(loader(out.files)), storage: storage(), version: 'v1' });
    await storage().set(readerData);
    const set = failStorageWrites(storage(), { after: 1 });
    await expect(fillLookup({ repo: many(), storage: storage(), version: 'v2' })).rejects.toThrow('storage unavailable');
    expect(set).toHaveBeenCalledTimes(2); // the first 1,000 entries went in, the second write failed
    expect(await keys()).toEqual(Object.keys(readerData).sort());
    expect(await storage().get(null)).toEqual(readerData);
  });

  test('over the quota: the table is dropped, and the reader’s data keeps its room (a settings change still fits)', async () => {
    await fillLookup({ repo: many(), storage: storage(), version: 'v2' });
    const table = await bytesInUse(storage());
    await storage().clear();
    await storage().set(readerData);
    // Room for the first write of 1,000 entries, not for all 1,500.
    limitStorage(storage(), Math.round(table * 0.8));
    await expect(fillLookup({ repo: many(), storage: storage(), version: 'v2' })).rejects.toThrow(QUOTA_ERROR);
    expect(await storage().get(null)).toEqual(readerData);
    expect(await bytesInUse(storage())).toBeLessThan(1000);
    await writeSettings({ lang: 'ko' }, storage());
    expect((await storage().get('settings')).settings).toMatchObject({ lang: 'ko' });
  });

  test('the keeper records the failure, pages are not told the table is ready, and it tries again an hour later, not at every start', async () => {
    let now = new Date('2025-05-01T10:00:00Z');
    const repo = many();
    const quota = limitStorage(storage(), 200_000);
    const keeper = () => lookupKeeper({ repo, storage: storage(), version: 'test/2', now: () => now });
    await expect(keeper().ensure()).rejects.toThrow(QUOTA_ERROR);
    quota.mockRestore(); // room was made meanwhile
    const marker = (await storage().get(LOOKUP_KEY))[LOOKUP_KEY];
    expect(marker).toEqual({ v: 2, version: 'test/2', failed: { at: '2025-05-01T10:00:00.000Z', error: QUOTA_ERROR } });
    expect(lookupReady(marker, 'test')).toBe(false);
    const reads = repo.calls.day.length;
    now = new Date('2025-05-01T10:59:00Z');
    await keeper().ensure(); // the worker started again: too soon to try
    expect(repo.calls.day.length).toBe(reads);
    now = new Date('2025-05-01T11:01:00Z');
    await keeper().ensure();
    expect(lookupReady((await storage().get(LOOKUP_KEY))[LOOKUP_KEY], 'test')).toBe(true);
    expect(hitOf((await storage().get(entryKey('2401.01499')))[entryKey('2401.01499')])).toMatchObject({ date: '2024-01-02' });
  });

  test('a failure recorded for another version does not hold back the new version’s fill', async () => {
    const now = new Date('2025-05-01T10:00:00Z');
    await storage().set({ [LOOKUP_KEY]: { v: 1, version: 'test/1', failed: { at: now.toISOString(), error: QUOTA_ERROR } } });
    await lookupKeeper({ repo: createRepository(loader(out.files)), storage: storage(), version: 'test/2', now: () => now }).ensure();
    expect((await storage().get(LOOKUP_KEY))[LOOKUP_KEY]).toEqual({ v: 2, version: 'test/2', papers: 10, ready: true });
  });

  test.each([['a string', 'garbage'], ['a newer marker', { v: 7, version: 'v1', ready: true, shards: 3 }]])(
    'a foreign value under the marker (%s) is not trusted, and the keeper fills the table over it',
    async (_name, foreign) => {
      await storage().set({ [LOOKUP_KEY]: foreign });
      expect(lookupReady(foreign, 'v1')).toBe(false);
      await lookupKeeper({ repo: createRepository(loader(out.files)), storage: storage(), version: 'v1/x' }).ensure();
      expect((await storage().get(LOOKUP_KEY))[LOOKUP_KEY]).toEqual({ v: 2, version: 'v1/x', papers: 10, ready: true });
    },
  );

  test('a damaged list of IDs is reported, and a refill still finds and removes the entries of papers that are gone', async () => {
    await fillLookup({ repo: createRepository(loader(out.files)), storage: storage(), version: 'v1' });
    await storage().set({ [IDS_KEY]: 'not a list' });
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const only = compileDataset({ digests: [{ path: SEED_PATH, text: seedText() }], translations: [] });
    await fillLookup({ repo: createRepository(loader(only.files)), storage: storage(), version: 'v2' });
    expect(log).toHaveBeenCalledWith('[daily-papers]', expect.stringContaining('damaged lookup:ids'), 'not a list');
    expect((await storage().get(entryKey('2311.14000')))[entryKey('2311.14000')]).toBeUndefined();
    expect((await storage().get(IDS_KEY))[IDS_KEY]).toHaveLength(9);
  });
});
