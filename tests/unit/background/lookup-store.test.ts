import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fillLookup, IDS_KEY, lookupKeeper, refreshLookup } from '../../../src/background/lookup-store';
import { startBackground } from '../../../src/background/main';
import { createRepository } from '../../../src/background/repository';
import { compileDataset } from '../../../src/digest/compile';
import { entryKey, hitOf, LOOKUP_KEY, lookupReady } from '../../../src/model/lookup-entry';
import { seedText, SEED_PATH, translationText, TRANSLATION_PATH } from '../digest/seed';

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
