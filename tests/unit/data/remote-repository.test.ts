import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '../../../src/background/handle-message';
import { remoteRepository, remoteStart, type Send } from '../../../src/data/remote-repository';
import { createRepository } from '../../../src/data/repository';
import { compileSeed } from '../digest/seed';

const files = compileSeed().files;
const loader = () => vi.fn(async (p: string) => (files.has(p) ? JSON.parse(files.get(p)!) : undefined));

/** A send() that goes through the background's handler and a JSON round trip, like runtime messaging. */
function viaBackground(load = loader()) {
  const repo = createRepository(load);
  const send = vi.fn<Send>(async (m) => JSON.parse(JSON.stringify((await handleMessage(repo, m)) ?? null)));
  return { send, load };
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
    const send = vi.fn<Send>().mockResolvedValueOnce({ ok: false, error: 'days/2023-11-23.json: damaged' }).mockResolvedValue({ ok: true, value: ['2023-11-23'] });
    const repo = remoteRepository(send);
    await expect(repo.dates()).rejects.toThrow('days/2023-11-23.json: damaged');
    expect(await repo.dates()).toEqual(['2023-11-23']);
    expect(await repo.dates()).toEqual(['2023-11-23']);
    expect(send).toHaveBeenCalledTimes(2);
  });

  test('no answer (background gone) is a clear error', async () => {
    const repo = remoteRepository(async () => undefined);
    await expect(repo.day('2023-11-23')).rejects.toThrow('no answer from the background');
    await expect(remoteStart(async () => undefined, undefined)).rejects.toThrow('no answer from the background');
  });

  test('the opening view in one round trip: the day of the tab’s paper, highlighted', async () => {
    const { send } = viaBackground();
    const start = await remoteStart(send, 'https://arxiv.org/pdf/2311.13231v1');
    expect(send).toHaveBeenCalledTimes(1);
    expect(start).toMatchObject({ highlight: '2311.13231', dates: ['2023-11-23'], tabIsArxiv: true, day: { date: '2023-11-23' } });
  });

  test('the opening view for other tabs carries its notice', async () => {
    const { send } = viaBackground();
    expect(await remoteStart(send, undefined)).toMatchObject({ notice: { kind: 'not-arxiv' }, tabIsArxiv: false });
    expect(await remoteStart(send, 'https://arxiv.org/abs/2401.00001')).toMatchObject({ notice: { kind: 'not-in-dataset', id: '2401.00001' } });
  });

  test('the background validates requests with zod', async () => {
    const repo = createRepository(loader());
    const bad = [
      { type: 'daily-papers:repo', op: 'day', date: '2023-02-30' },
      { type: 'daily-papers:repo', op: 'day', date: '../../manifest' },
      { type: 'daily-papers:repo', op: 'paper', id: 'x' },
      { type: 'daily-papers:repo', op: 'drop' },
      { type: 'daily-papers:repo', op: 'dates', extra: 1 },
      { type: 'daily-papers:start', url: 42 },
      { type: 'daily-papers:start', url: 'x'.repeat(9000) },
    ];
    for (const m of bad) expect(await handleMessage(repo, m), JSON.stringify(m).slice(0, 80)).toMatchObject({ ok: false, error: expect.stringMatching(/^bad request/) });
  });

  test('a data failure reaches the popup as an error with the file name', async () => {
    const { send } = viaBackground(vi.fn(async () => ({ date: 'nope' })));
    await expect(remoteRepository(send).day('2023-11-23')).rejects.toThrow(/^days\/2023-11-23\.json: /);
    await expect(remoteStart(send, undefined)).rejects.toThrow(/^dates\.json: /);
  });
});
