import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDispatcher } from '../../../src/background/dispatch';
import { handlersFor, sentBy } from '../background/handlers-for';
import { createRepository } from '../../../src/packaged/repository';
import { MAX_DAYS_PER_REQUEST } from '../../../src/messaging/limits';
import { typedSend, type RawSend } from '../../../src/messaging/send';
import { remoteRepository, remoteStart } from '../../../src/pages/remote-repository';
import { compileSeed } from '../digest/seed';

const files = compileSeed().files;
const loader = () => vi.fn(async (p: string) => (files.has(p) ? JSON.parse(files.get(p)!) : undefined));

/** A send() that goes through the background's handler and a JSON round trip, like runtime messaging. */
function viaBackground(load = loader()) {
  const dispatch = createDispatcher(handlersFor(createRepository(load)), sentBy('extension-page'));
  const raw = vi.fn<RawSend>(async (m) => JSON.parse(JSON.stringify((await dispatch(m)) ?? null)));
  return { send: typedSend(raw), raw, load };
}

beforeEach(() => fakeBrowser.reset());

describe('the popup asks the background for data', () => {
  test('repository calls answer what the background repository answers', async () => {
    const { send } = viaBackground();
    const repo = remoteRepository(send);
    expect(await repo.dates()).toEqual(['2023-11-23']);
    expect(await repo.dateOf('2311.12983')).toBe('2023-11-23');
    expect(await repo.dateOf('2401.00001')).toBeUndefined();
    expect((await repo.day('2023-11-23'))?.papers).toHaveLength(9);
    expect(await repo.day('2023-11-22')).toBeUndefined();
    expect((await repo.paper('2311.13231'))?.paper.id).toBe('2311.13231');
  });

  test('an answer is kept for the page; a failure is not, so Retry asks again', async () => {
    const raw = vi.fn<RawSend>().mockResolvedValueOnce({ ok: false, error: 'days/2023-11-23.json: damaged' }).mockResolvedValue({ ok: true, value: ['2023-11-23'] });
    const repo = remoteRepository(typedSend(raw));
    await expect(repo.dates()).rejects.toThrow('days/2023-11-23.json: damaged');
    expect(await repo.dates()).toEqual(['2023-11-23']);
    expect(await repo.dates()).toEqual(['2023-11-23']);
    expect(raw).toHaveBeenCalledTimes(2);
  });

  test('a page that stays open keeps only the answers it used last', async () => {
    const raw = vi.fn<RawSend>(async (m) => ({ ok: true, value: { date: (m as { date: string }).date, title: 't', papers: [] } }));
    const repo = remoteRepository(typedSend(raw), 2);
    await repo.day('2023-11-21');
    await repo.day('2023-11-22');
    await repo.day('2023-11-21');
    await repo.day('2023-11-23');
    expect(raw).toHaveBeenCalledTimes(3);
    await repo.day('2023-11-22');
    expect(raw).toHaveBeenCalledTimes(4);
  });

  test('no answer (background gone) is a clear error', async () => {
    const silent = typedSend(async () => undefined);
    await expect(remoteRepository(silent).day('2023-11-23')).rejects.toThrow('no answer from the background');
    await expect(remoteStart(silent, {})).rejects.toThrow('no answer from the background');
  });

  test('the opening view in one round trip: the day of the tab’s paper, highlighted', async () => {
    const { send, raw } = viaBackground();
    const start = await remoteStart(send, { url: 'https://arxiv.org/pdf/2311.13231v1' });
    expect(raw).toHaveBeenCalledTimes(1);
    expect(start).toMatchObject({ highlight: '2311.13231', dates: ['2023-11-23'], tabIsArxiv: true, day: { date: '2023-11-23' } });
  });

  test('the opening view for other tabs carries its notice', async () => {
    const { send } = viaBackground();
    expect(await remoteStart(send, {})).toMatchObject({ notice: { kind: 'not-arxiv' }, tabIsArxiv: false });
    expect(await remoteStart(send, { url: 'https://arxiv.org/abs/2401.00001' })).toMatchObject({ notice: { kind: 'not-in-dataset', id: '2401.00001' } });
  });

  test('several days at once, as JSON text for the reader’s search worker; missing days left out; capped', async () => {
    const { send, raw } = viaBackground();
    const text = await send('days', { dates: ['2023-11-23', '2023-11-22'] });
    expect(typeof text).toBe('string');
    const days = JSON.parse(text) as { date: string; papers: unknown[] }[];
    expect(days.map((d) => [d.date, d.papers.length])).toEqual([['2023-11-23', 9]]);
    expect(raw).toHaveBeenCalledTimes(1);
    const many = Array.from({ length: MAX_DAYS_PER_REQUEST + 1 }, (_, i) => `2023-10-${String(i % 28 + 1).padStart(2, '0')}`);
    await expect(send('days', { dates: many })).rejects.toThrow(/bad request/);
    await expect(send('days', { dates: [] })).rejects.toThrow(/bad request/);
    await expect(send('days', { dates: ['2023-02-30'] })).rejects.toThrow(/bad request/);
  });

  test('a data failure reaches the popup as an error with the file name', async () => {
    const { send } = viaBackground(vi.fn(async () => ({ date: 'nope' })));
    await expect(remoteRepository(send).day('2023-11-23')).rejects.toThrow(/^days\/2023-11-23\.json: /);
    await expect(remoteStart(send, {})).rejects.toThrow(/^dates\.json: /);
  });
});
