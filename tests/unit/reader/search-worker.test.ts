import { describe, expect, test, vi } from 'vitest';
import { day } from '../search/test-days';
import { createSearchEngine, type FromWorker, type ToEngine } from '../../../src/reader/search-engine';
import type { ToWorker } from '../../../src/reader/engine-host';
import { createSearchClient, inPageWorker, workerWithFallback, type WorkerLike } from '../../../src/reader/search-client';

const d1 = day('2024-01-02', [
  { id: '2401.00001', title: 'Diffusion Alignment', ko: ['확산 모델을 정렬합니다.'] },
  { id: '2401.00002', title: 'Something Else', ko: ['언어 모델의 추론'] },
]);
const d2 = day('2024-01-03', [{ id: '2401.00003', title: 'Fast Samplers', ko: ['확산 모델의 샘플링을 빠르게 합니다.'] }]);
const d2b = day('2024-01-03', [{ id: '2401.00009', title: 'Imported Replacement', ko: ['가져온 날의 요약'] }]);

const json = (...days: unknown[]) => JSON.stringify(days);
let clock = 0;
const engine = () => createSearchEngine(() => (clock += 5));

function run(e: ReturnType<typeof engine>, ...msgs: ToEngine[]): FromWorker[] {
  return msgs.flatMap((m) => e.handle(m));
}

describe('the worker engine', () => {
  test('builds once at commit from every batch put, with counts and stats', () => {
    const e = engine();
    expect(run(e, { type: 'put', json: json(d1) }, { type: 'put', json: json(d2) })).toEqual([]);
    const [ready] = run(e, { type: 'commit', generation: 1 });
    expect(ready).toMatchObject({ type: 'ready', generation: 1, counts: [['2024-01-02', 2], ['2024-01-03', 1]] });
    const stats = (ready as Extract<FromWorker, { type: 'ready' }>).stats;
    expect(stats).toMatchObject({ days: 2, papers: 3, kind: 'build' });
    expect(stats.parseMs).toBeGreaterThan(0);
    expect(stats.buildMs).toBeGreaterThan(0);
    expect(stats.bytes).toBeGreaterThan(1000);
  });

  test('answers a two-term Korean query with the particle attached, from both days, with timing', () => {
    const e = engine();
    run(e, { type: 'put', json: json(d1, d2) }, { type: 'commit', generation: 1 });
    const [answer] = run(e, { type: 'search', seq: 7, query: '확산 모델', limit: 10, lang: 'ko' });
    expect(answer).toMatchObject({ type: 'results', seq: 7 });
    const { response, ms } = answer as Extract<FromWorker, { type: 'results' }>;
    expect(response.total).toBe(2);
    expect(new Set(response.results.map((r) => r.date))).toEqual(new Set(['2024-01-02', '2024-01-03']));
    expect(response.results.every((r) => /확산 모델[을의]/.test(r.snippet.text))).toBe(true);
    expect(ms).toBeGreaterThan(0);
  });

  test('after the build, imports and deletions are applied as an update', () => {
    const e = engine();
    run(e, { type: 'put', json: json(d1, d2) }, { type: 'commit', generation: 1 });
    const [upd] = run(e, { type: 'put', json: json(d2b) }, { type: 'commit', generation: 2 });
    expect(upd).toMatchObject({ generation: 2, stats: { kind: 'update', papers: 3 }, counts: [['2024-01-02', 2], ['2024-01-03', 1]] });
    const ids = (q: string) => (run(e, { type: 'search', seq: 1, query: q, limit: 10, lang: 'ko' })[0] as Extract<FromWorker, { type: 'results' }>).response.results.map((r) => r.id);
    expect(ids('확산')).toEqual(['2401.00001']);
    expect(ids('가져온')).toEqual(['2401.00009']);
    const [gone] = run(e, { type: 'drop', dates: ['2024-01-02'] }, { type: 'commit', generation: 3 });
    expect(gone).toMatchObject({ counts: [['2024-01-03', 1]], stats: { papers: 1 } });
    expect(ids('확산')).toEqual([]);
  });

  test('reset starts over; a search before the first build and bad JSON fail with a message', () => {
    const e = engine();
    expect(run(e, { type: 'search', seq: 3, query: 'x', limit: 5, lang: 'en' })).toEqual([{ type: 'failed', seq: 3, message: 'the search index is not ready' }]);
    run(e, { type: 'put', json: json(d1) }, { type: 'commit', generation: 1 }, { type: 'reset' }, { type: 'put', json: json(d2) });
    expect(run(e, { type: 'commit', generation: 2 })[0]).toMatchObject({ stats: { kind: 'build', papers: 1 } });
    expect(() => run(e, { type: 'put', json: '{oops' })).toThrow();
  });
});

/** A fake worker: records what the page posts, answers when the test says so. */
function fakeWorker() {
  const posted: ToWorker[] = [];
  const w: WorkerLike & { posted: ToWorker[]; answer(data: FromWorker): void } = {
    posted,
    onmessage: null,
    onerror: null,
    postMessage: (m) => posted.push(m),
    answer: (data) => w.onmessage?.({ data }),
  };
  return w;
}

describe('the search client (page side)', () => {
  test('matches answers to their request by sequence number, whatever the order', async () => {
    const w = fakeWorker();
    let t = 100;
    const client = createSearchClient(w, () => t);
    const a = client.search('확산', { limit: 50, lang: 'ko' });
    const b = client.search('확산 모델', { limit: 50, lang: 'en' });
    expect(w.posted).toEqual([
      { type: 'search', seq: 1, query: '확산', limit: 50, lang: 'ko' },
      { type: 'search', seq: 2, query: '확산 모델', limit: 50, lang: 'en' },
    ]);
    const response = (total: number) => ({ terms: [], total, results: [] });
    t = 130;
    w.answer({ type: 'results', seq: 2, response: response(2), ms: 1.5 });
    w.answer({ type: 'results', seq: 1, response: response(1), ms: 0.5 });
    expect(await b).toMatchObject({ query: '확산 모델', lang: 'en', response: { total: 2 }, engineMs: 1.5, roundTripMs: 30 });
    expect(await a).toMatchObject({ query: '확산', response: { total: 1 }, engineMs: 0.5 });
  });

  test('commit resolves with the counts as a map; failures reject the request they belong to', async () => {
    const w = fakeWorker();
    const client = createSearchClient(w);
    client.put('[]');
    client.drop(['2024-01-02']);
    const first = client.commit();
    const second = client.commit();
    expect(w.posted.map((m) => m.type)).toEqual(['put', 'drop', 'commit', 'commit']);
    w.answer({ type: 'failed', generation: 1, message: 'out of memory' });
    w.answer({ type: 'ready', generation: 2, stats: { days: 1, papers: 2, parseMs: 1, buildMs: 2, bytes: 3, kind: 'update' }, counts: [['2024-01-03', 2]] });
    await expect(first).rejects.toThrow('out of memory');
    expect((await second).counts.get('2024-01-03')).toBe(2);
    const s = client.search('x', { limit: 1, lang: 'ko' });
    w.answer({ type: 'failed', seq: 1, message: 'bad query' });
    await expect(s).rejects.toThrow('bad query');
  });

  test('a worker that dies rejects everything pending', async () => {
    const w = fakeWorker();
    const client = createSearchClient(w);
    const s = client.search('x', { limit: 1, lang: 'ko' });
    const c = client.commit();
    w.onerror?.({ message: 'script error' });
    await expect(s).rejects.toThrow('script error');
    await expect(c).rejects.toThrow('script error');
  });

  test('the same engine in the page, end to end', async () => {
    const client = createSearchClient(inPageWorker());
    client.put(json(d1, d2));
    expect((await client.commit()).stats.papers).toBe(3);
    expect((await client.search('모델의', { limit: 5, lang: 'ko' })).response.total).toBe(2);
  });
});

describe('falling back to the page when no worker starts', () => {
  test('a worker that cannot be constructed: the page engine from the first message on', async () => {
    const onFallback = vi.fn();
    const w = workerWithFallback(() => {
      throw new Error('module workers unsupported');
    }, () => inPageWorker(), onFallback);
    const client = createSearchClient(w);
    client.put(json(d1));
    expect(w.mode).toBe('page');
    expect(onFallback).toHaveBeenCalledWith(expect.objectContaining({ message: 'module workers unsupported' }));
    expect((await client.commit()).stats.papers).toBe(2);
  });

  test('the worker starts with the first message, not with the page: nothing competes with the first paint', () => {
    const start = vi.fn(() => fakeWorker());
    const w = workerWithFallback(start, () => inPageWorker());
    const client = createSearchClient(w);
    expect(start).not.toHaveBeenCalled();
    client.put(json(d1));
    client.put(json(d2));
    expect(start).toHaveBeenCalledTimes(1);
  });

  test('a worker that errors before answering: what was posted is replayed on the page', async () => {
    const broken = fakeWorker();
    const w = workerWithFallback(() => broken, () => inPageWorker());
    const client = createSearchClient(w);
    client.put(json(d1, d2));
    const ready = client.commit();
    expect(broken.posted.map((m) => m.type)).toEqual(['put', 'commit']);
    broken.onerror?.({ message: 'failed to load worker script' });
    expect(w.mode).toBe('page');
    expect((await ready).stats.papers).toBe(3);
  });

  test('after the worker answered once, its errors are reported, not hidden by a fallback', async () => {
    const real = fakeWorker();
    const w = workerWithFallback(() => real, () => inPageWorker());
    const client = createSearchClient(w);
    const ready = client.commit();
    real.answer({ type: 'ready', generation: 1, stats: { days: 0, papers: 0, parseMs: 0, buildMs: 0, bytes: 0, kind: 'build' }, counts: [] });
    await ready;
    const s = client.search('x', { limit: 1, lang: 'ko' });
    real.onerror?.({ message: 'crashed' });
    await expect(s).rejects.toThrow('crashed');
    expect(w.mode).toBe('worker');
  });
});
