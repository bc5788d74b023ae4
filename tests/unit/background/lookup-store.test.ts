import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fillLookup, IDS_KEY, lookupKeeper, refreshLookup } from '../../../src/background/lookup-store';
import { startBackground } from '../../../src/background/main';
import { createRepository } from '../../../src/background/repository';
import { compileDataset } from '../../../src/digest/compile';
import { entryKey, hitOf, LOOKUP_KEY, lookupReady } from '../../../src/model/lookup-entry';
import { seedText, SEED_PATH, translationText, TRANSLATION_PATH } from '../digest/seed';
import { fakeRepository, syntheticDay } from '../helpers';

const TWO = `## Daily Papers (2023-11-24)\n\n### [Again](https://arxiv.org/abs/2311.12983)\n\nAuthors: A\n\n- 다시 실림\n\n### [Other](https://arxiv.org/abs/2311.14000)\n\nAuthors: B\n\n- 요약\n`;
const out = compileDataset({
  digests: [
    { path: SEED_PATH, text: seedText() },
    { path: 'd/2023-11-24.md', text: TWO },
  ],
  translations: [{ path: TRANSLATION_PATH, text: translationText() }],
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
    expect(lookupReady(got[LOOKUP_KEY])).toBe(true);
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
    expect(lookupReady((await storage().get(LOOKUP_KEY))[LOOKUP_KEY])).toBe(true);
  });
});
