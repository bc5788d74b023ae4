import { describe, expect, test, vi } from 'vitest';
import type { Day } from '../../../src/digest/schema';
import { engineHost, type ToWorker } from '../../../src/reader/engine-host';
import { createIndexFeeder } from '../../../src/reader/index-feeder';
import { createSearchClient, inPageWorker, type SearchClient } from '../../../src/reader/search-client';
import { createSearchEngine, type FromWorker } from '../../../src/reader/search-engine';
import { dataPaths } from '../../../src/digest/shard';
import { DATA_VERSION_URL, openShipped, packBundledDays, papersWithoutEnglish, withStoredEnglishDocs } from '../../../src/reader/shipped-index';
import { translationKey } from '../../../src/translate/record';
import { storedDeviceEnglish } from '../helpers';
import { day, realDay } from '../search/test-days';

const bundled: Day[] = [
  realDay(),
  day('2024-01-02', [
    { id: '2401.00001', title: 'Bundled One', ko: ['확산 모델을 정렬합니다.'] },
    { id: '2401.00002', title: 'Bundled Two', ko: ['언어 모델의 추론'], en: ['Reasoning of language models.'] },
  ]),
  day('2024-01-03', [{ id: '2401.00003', title: 'Bundled Three', ko: ['샘플링을 빠르게 합니다.'] }]),
];
const HASH = 'data-1';
const packed = () => packBundledDays(bundled, HASH);
const paper = (date: string, id: string) => bundled.find((d) => d.date === date)!.papers.find((p) => p.id === id)!;

/** English made on this device for a paper's Korean, as storage holds it (`t:<ID>` → record). */
function stored(date: string, id: string, english: string, ko = paper(date, id).summary.ko): Record<string, unknown> {
  return storedDeviceEnglish({ id, summary: { ...paper(date, id).summary, ko } }, english, date);
}

/** The days with stored English written in as the background's `days` answer does (english-store.ts). */
function asBackgroundWrites(days: Day[], english: Record<string, string>): Day[] {
  return days.map((d) => ({ ...d, papers: d.papers.map((p) => (english[p.id] && !p.summary.en ? { ...p, summary: { ...p.summary, en: { bullets: [[english[p.id]!]], translated: true } } } : p)) }));
}

/** A fetch over a package holding these files. */
function packageFetch(files: Record<string, Uint8Array | string>): typeof fetch {
  return (async (url: string) => {
    const body = files[url];
    if (body === undefined) throw new TypeError('Failed to fetch');
    return new Response(typeof body === 'string' ? body : body.slice());
  }) as typeof fetch;
}
const fullPackage = (index: Uint8Array = packed(), hash = HASH) => packageFetch({ '/i.bin': index, '/v.json': JSON.stringify({ hash }) });

async function results(client: SearchClient, q: string, lang: 'ko' | 'en' = 'ko'): Promise<string[]> {
  return (await client.search(q, { limit: 50, lang })).response.results.map((r) => `${r.date}/${r.id}:${r.snippet.text}`);
}

const QUERIES: [string, 'ko' | 'en'][] = [
  ['모델', 'ko'],
  ['확산 모델', 'ko'],
  ['reasoning', 'en'],
  ['aligned by hand', 'en'],
  ['language', 'en'],
  ['2311', 'ko'],
  ['Bundled', 'en'],
  ['가져온', 'ko'],
];

describe('the shipped index', () => {
  test('is checked against the version.json the build writes beside it', () => {
    expect(DATA_VERSION_URL).toBe(`/data/${dataPaths.version}`);
  });

  test('is refused when built for other data: the reader then indexes the days', () => {
    expect(() => openShipped(packed(), 'data-2')).toThrow('search index: built for data data-1, the package holds data-2');
    expect(openShipped(packed(), HASH).dates).toEqual(bundled.map((d) => d.date));
  });

  test('names the papers without English of their own, and writes in stored English made from their Korean only', () => {
    const shipped = openShipped(packed(), HASH);
    const without = papersWithoutEnglish(shipped);
    expect(without).toContain('2401.00001');
    expect(without).not.toContain('2401.00002');
    expect(without.length).toBe(bundled.flatMap((d) => d.papers).filter((p) => !p.summary.en).length);
    const english = {
      ...stored('2024-01-02', '2401.00001', 'Diffusion aligned by hand.'),
      // made from other Korean (a day imported over this one, since deleted): not this paper's English
      ...stored('2024-01-03', '2401.00003', 'Stale English.', { bullets: [['다른 요약']], translated: false }),
      // a paper that has English of its own keeps it
      ...stored('2024-01-02', '2401.00002', 'Not used.'),
    };
    const { dates, docs } = withStoredEnglishDocs(shipped, english);
    expect(dates).toEqual(['2024-01-02']);
    expect(docs.map((d) => [d.id, d.en])).toEqual([
      ['2401.00001', 'Diffusion aligned by hand.'],
      ['2401.00002', 'Reasoning of language models.'],
    ]);
  });
});

describe('the engine over the shipped index', () => {
  test('imports and stored English laid over it answer as indexing the days the background sends', async () => {
    const imported = day('2024-01-03', [{ id: '2401.00009', title: 'Imported Over Bundled', ko: ['가져온 날의 요약'] }]);
    const added = day('2024-01-04', [{ id: '2401.00010', title: 'Imported New', ko: ['가져온 확산 모델'] }]);
    const english = stored('2024-01-02', '2401.00001', 'Diffusion aligned by hand.');

    const fromShipped = createSearchClient(inPageWorker(fullPackage()));
    const base = await fromShipped.loadShipped('/i.bin', '/v.json');
    expect(base.dates).toEqual(bundled.map((d) => d.date));
    fromShipped.english(english);
    fromShipped.put(JSON.stringify([imported, added]));
    fromShipped.drop(['2023-11-23']);
    const shippedReady = await fromShipped.commit();

    const fromDays = createSearchClient(inPageWorker());
    fromDays.put(JSON.stringify(asBackgroundWrites([bundled[1]!, imported, added], { '2401.00001': 'Diffusion aligned by hand.' })));
    const daysReady = await fromDays.commit();

    expect(shippedReady.stats.kind).toBe('shipped');
    expect(shippedReady.counts).toEqual(daysReady.counts);
    expect(await results(fromShipped, 'aligned by hand', 'en')).toEqual(['2024-01-02/2401.00001:Diffusion aligned by hand.']);
    for (const [q, lang] of QUERIES) expect(await results(fromShipped, q, lang)).toEqual(await results(fromDays, q, lang));
  });

  test('unchanged, it answers every query as the days indexed', async () => {
    const fromShipped = createSearchClient(inPageWorker(fullPackage()));
    await fromShipped.loadShipped('/i.bin', '/v.json');
    const ready = await fromShipped.commit();
    expect(ready.stats).toMatchObject({ kind: 'shipped', days: 3, papers: bundled.flatMap((d) => d.papers).length });
    const fromDays = createSearchClient(inPageWorker());
    fromDays.put(JSON.stringify(bundled));
    await fromDays.commit();
    for (const [q, lang] of QUERIES) expect(await results(fromShipped, q, lang)).toEqual(await results(fromDays, q, lang));
    expect((await results(fromShipped, '모델')).length).toBeGreaterThan(3);
  });

  test('a missing, damaged or foreign file is refused with its reason, and the engine is left empty', async () => {
    const refused = async (fetchFn: typeof fetch) => createSearchClient(inPageWorker(fetchFn)).loadShipped('/i.bin', '/v.json');
    await expect(refused(packageFetch({ '/v.json': '{"hash":"data-1"}' }))).rejects.toThrow('no search index in the package');
    await expect(refused(fullPackage(new Uint8Array(0)))).rejects.toThrow('no search index in the package');
    await expect(refused(fullPackage(packed(), 'data-2'))).rejects.toThrow('built for data data-1');
    await expect(refused(fullPackage(packed().subarray(0, 100)))).rejects.toThrow('search index:');

    const e = createSearchEngine();
    e.handle({ type: 'put', json: JSON.stringify([bundled[1]]) });
    expect(e.handle({ type: 'base', seq: 1, bytes: new ArrayBuffer(8), hash: HASH })).toEqual([{ type: 'failed', base: 1, message: 'search index: too short' }]);
    expect(e.handle({ type: 'commit', generation: 1 })[0]).toMatchObject({ stats: { kind: 'build', papers: 0 } });
  });

  test('the host holds the messages posted while the file is read, and answers them in order', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const slow = (async (url: string) => {
      await gate;
      return fullPackage()(url);
    }) as typeof fetch;
    const replies: FromWorker[] = [];
    const host = engineHost((m) => replies.push(m), slow);
    const msgs: ToWorker[] = [
      { type: 'load', seq: 1, index: '/i.bin', version: '/v.json' },
      { type: 'put', json: JSON.stringify([day('2024-01-05', [{ id: '2401.00011', title: 'Late', ko: ['늦은 날'] }])]) },
      { type: 'commit', generation: 1 },
    ];
    msgs.forEach(host);
    await Promise.resolve();
    expect(replies).toEqual([]);
    release();
    await vi.waitFor(() => expect(replies.map((r) => r.type)).toEqual(['base', 'ready']));
    expect(replies[1]).toMatchObject({ stats: { kind: 'shipped', days: 4 } });
  });
});

describe('the feeder with a shipped index', () => {
  function setup(fetchFn: typeof fetch, imported: Day[] = [], english: Record<string, unknown> = {}) {
    const merged = new Map(bundled.map((d) => [d.date, d]));
    for (const d of imported) merged.set(d.date, d);
    const asked: string[][] = [];
    const storedAsked: string[][] = [];
    const onShippedFailed = vi.fn();
    const client = createSearchClient(inPageWorker(fetchFn));
    const feeder = createIndexFeeder({
      client,
      dates: async () => [...merged.keys()].sort(),
      daysJson: async (dates) => {
        asked.push(dates);
        const ids = Object.fromEntries(Object.entries(english).map(([k, v]) => [k.slice(2), (v as { en: Record<string, { bullets: string[][] }> }).en]));
        const texts = Object.fromEntries(Object.entries(ids).map(([id, en]) => [id, Object.values(en)[0]!.bullets[0]![0]!]));
        return JSON.stringify(asBackgroundWrites(dates.map((d) => merged.get(d)!), texts));
      },
      shipped: () => client.loadShipped('/i.bin', '/v.json'),
      importedDates: async () => imported.map((d) => d.date),
      storedEnglish: async (keys) => {
        storedAsked.push(keys);
        return Object.fromEntries(keys.flatMap((k) => (english[k] ? [[k, english[k]]] : [])));
      },
      onShippedFailed,
    });
    return { client, feeder, asked, storedAsked, onShippedFailed };
  }

  test('reads from the background only the imported days; stored English is searchable', async () => {
    const imported = day('2024-01-04', [{ id: '2401.00010', title: 'Imported New', ko: ['가져온 확산 모델'] }]);
    const { client, feeder, asked, storedAsked, onShippedFailed } = setup(fullPackage(), [imported], stored('2024-01-03', '2401.00003', 'Sampling made quick.'));
    await feeder.start();
    expect(feeder.status()).toMatchObject({ state: 'ready', loaded: 4, total: 4, ready: { stats: { kind: 'shipped', days: 4 } } });
    expect(asked).toEqual([['2024-01-04']]);
    expect(storedAsked[0]).toContain(translationKey('2401.00003'));
    expect(onShippedFailed).not.toHaveBeenCalled();
    expect(await results(client, 'made quick', 'en')).toEqual(['2024-01-03/2401.00003:Sampling made quick.']);
    expect(await results(client, '가져온')).toEqual(['2024-01-04/2401.00010:가져온 확산 모델']);
  });

  test('a shipped index of other data: told why, then every day is read and indexed as before', async () => {
    const { client, feeder, asked, onShippedFailed } = setup(fullPackage(packed(), 'data-2'), [], stored('2024-01-03', '2401.00003', 'Sampling made quick.'));
    await feeder.start();
    expect(onShippedFailed).toHaveBeenCalledWith(expect.objectContaining({ message: expect.stringContaining('built for data data-1') }));
    expect(feeder.status()).toMatchObject({ state: 'ready', ready: { stats: { kind: 'build', days: 3 } } });
    expect(asked.flat().sort()).toEqual(bundled.map((d) => d.date).sort());
    expect(await results(client, 'made quick', 'en')).toEqual(['2024-01-03/2401.00003:Sampling made quick.']);
    // never tried again on this page
    await feeder.retry();
    expect(onShippedFailed).toHaveBeenCalledTimes(1);
  });
});
