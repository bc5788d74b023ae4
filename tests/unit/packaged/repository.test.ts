import { describe, expect, test, vi } from 'vitest';
import { createRepository, DataError, packagedJsonLoader } from '../../../src/packaged/repository';
import { compileSeed } from '../digest/seed';

const files = compileSeed().files;

function loaderOver(map: Map<string, string>) {
  return vi.fn(async (p: string) => (map.has(p) ? JSON.parse(map.get(p)!) : undefined));
}

describe('repository', () => {
  test('an ID costs one index shard and one day file, each read once', async () => {
    const load = loaderOver(files);
    const repo = createRepository(load);
    const hit = await repo.paper('2311.13231');
    expect(hit?.date).toBe('2023-11-23');
    expect(hit?.paper.title).toMatch(/^Using Human Feedback/);
    await repo.paper('2311.12983');
    expect(load.mock.calls.map((c) => c[0])).toEqual(['index/2311.json', 'days/2023-11-23.json']);
  });

  test('memory is bounded: the least recently used file is dropped once the limit is reached', async () => {
    const day = JSON.parse(files.get('days/2023-11-23.json')!);
    const load = vi.fn(async (p: string) => {
      const date = /^days\/(.+)\.json$/.exec(p)?.[1];
      return date ? { ...day, date } : undefined;
    });
    const repo = createRepository(load, 3);
    for (const d of ['2023-11-20', '2023-11-21', '2023-11-22']) await repo.day(d);
    await repo.day('2023-11-20'); // a hit: now the most recently used
    await repo.day('2023-11-24'); // drops 2023-11-21
    expect(load).toHaveBeenCalledTimes(4);
    await repo.day('2023-11-20');
    await repo.day('2023-11-22');
    expect(load).toHaveBeenCalledTimes(4);
    expect((await repo.day('2023-11-21'))?.date).toBe('2023-11-21');
    expect(load).toHaveBeenCalledTimes(5);
  });

  test('versioned IDs find the paper; unknown IDs and unknown months are undefined', async () => {
    const repo = createRepository(loaderOver(files));
    expect((await repo.paper('2311.13600v2'))?.paper.id).toBe('2311.13600');
    expect(await repo.paper('2311.99999')).toBeUndefined();
    expect(await repo.paper('2401.00001')).toBeUndefined();
    expect(await repo.paper('hep-th/9901001')).toBeUndefined();
    expect(await repo.paper('nonsense')).toBeUndefined();
  });

  test('a damaged file is a DataError naming the file and field, and is retried next time', async () => {
    const bad = new Map(files);
    bad.set('days/2023-11-23.json', JSON.stringify({ date: '2023-11-23', title: 'x', papers: [{ id: 'bad' }] }));
    const load = loaderOver(bad);
    const repo = createRepository(load);
    await expect(repo.day('2023-11-23')).rejects.toThrow(DataError);
    await expect(repo.day('2023-11-23')).rejects.toThrow(/^days\/2023-11-23\.json: papers\.0\.id: must be a bare arXiv ID/);
    expect(load).toHaveBeenCalledTimes(2);
  });

  test('an ID listed on two days: dateOf is the first, datesOf lists both, paper() reads the first day', async () => {
    const day = (date: string) => ({ date, title: 'Daily Papers', papers: [{ id: '2410.09342', title: `on ${date}`, authors: [], summary: { ko: { bullets: [['x']], translated: false } } }] });
    const map = new Map([
      ['index/2410.json', JSON.stringify({ '2410.09342': ['2024-10-16', '2024-10-18'] })],
      ['days/2024-10-16.json', JSON.stringify(day('2024-10-16'))],
      ['days/2024-10-18.json', JSON.stringify(day('2024-10-18'))],
    ]);
    const repo = createRepository(loaderOver(map));
    expect(await repo.dateOf('2410.09342v2')).toBe('2024-10-16');
    expect(await repo.datesOf('2410.09342')).toEqual(['2024-10-16', '2024-10-18']);
    expect((await repo.paper('2410.09342'))?.paper.title).toBe('on 2024-10-16');
    expect(await repo.datesOf('2410.99999')).toEqual([]);
    expect(await repo.datesOf('nonsense')).toEqual([]);
    // the returned list is the caller's: changing it does not change the cached index
    (await repo.datesOf('2410.09342')).pop();
    expect(await repo.datesOf('2410.09342')).toHaveLength(2);
  });

  test('an index in the old shape (ID → one date) is a DataError, not a wrong answer', async () => {
    const repo = createRepository(loaderOver(new Map([['index/2311.json', JSON.stringify({ '2311.13231': '2023-11-23' })]])));
    await expect(repo.dateOf('2311.13231')).rejects.toThrow(/^index\/2311\.json: 2311\.13231: /);
  });

  test('missing dates.json is an error (the popup shows it), a missing day is undefined', async () => {
    const repo = createRepository(loaderOver(new Map()));
    await expect(repo.dates()).rejects.toThrow('dates.json: missing');
    expect(await repo.day('2020-01-01')).toBeUndefined();
  });

  test('packagedJsonLoader: 404, rejected fetches and aborted bodies are "missing"; other statuses and bad JSON are errors', async () => {
    const urls: string[] = [];
    const fetchFn = vi.fn(async (url: string) => {
      urls.push(url);
      if (url.endsWith('/gone.json')) return new Response('', { status: 404 });
      if (url.endsWith('/throws.json')) throw new TypeError('Failed to fetch');
      if (url.endsWith('/broken.json')) return new Response('', { status: 500 });
      if (url.endsWith('/aborted.json')) return { ok: true, status: 200, text: () => Promise.reject(new DOMException('The operation was aborted.', 'AbortError')) } as unknown as Response;
      if (url.endsWith('/garbled.json')) return new Response('{"a":');
      return new Response('{"a":1}');
    }) as unknown as typeof fetch;
    const load = packagedJsonLoader((p) => `chrome-extension://id${p}`, fetchFn);
    expect(await load('ok.json')).toEqual({ a: 1 });
    expect(await load('gone.json')).toBeUndefined();
    expect(await load('throws.json')).toBeUndefined();
    await expect(load('broken.json')).rejects.toThrow('broken.json: HTTP 500');
    // Firefox: a missing packaged file is 200 OK with a body that aborts
    expect(await load('aborted.json')).toBeUndefined();
    await expect(load('garbled.json')).rejects.toThrow(/^garbled\.json: invalid JSON/);
    expect(urls[0]).toBe('chrome-extension://id/data/ok.json');
  });
});
