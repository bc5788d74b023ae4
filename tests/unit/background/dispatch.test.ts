import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDispatcher } from '../../../src/background/dispatch';
import { handlersFor } from './handlers-for';
import { createRepository } from '../../../src/background/repository';
import { MESSAGES } from '../../../src/messaging/protocol';
import { typedSend } from '../../../src/messaging/send';
import { SETTINGS_KEY } from '../../../src/prefs/settings';
import { compileSeed } from '../digest/seed';

const files = compileSeed().files;
const repo = createRepository(async (p) => (files.has(p) ? JSON.parse(files.get(p)!) : undefined));
const dispatch = createDispatcher(handlersFor(repo));
/** Through the typed sender, a JSON round trip (like runtime messaging) and the dispatcher. */
const send = typedSend(async (m) => JSON.parse(JSON.stringify((await dispatch(m)) ?? null)));

beforeEach(() => fakeBrowser.reset());

describe('background: one dispatcher over the protocol', () => {
  test('every message of the protocol has its handler and answers through the typed sender', async () => {
    expect(Object.keys(handlersFor(repo)).sort()).toEqual(Object.keys(MESSAGES).sort());
    expect(await send('dates', {})).toEqual(['2023-11-23']);
    expect((await send('day', { date: '2023-11-23' }))?.papers).toHaveLength(9);
    expect(await send('day', { date: '2023-11-22' })).toBeNull();
    expect(await send('dateOf', { id: '2311.12983' })).toBe('2023-11-23');
    expect(await send('paper', { id: '2311.13231' })).toMatchObject({ date: '2023-11-23', paper: { id: '2311.13231' } });
    expect(await send('start', { url: 'https://arxiv.org/abs/2311.13600' })).toMatchObject({ highlight: '2311.13600' });
  });

  test('lookup: a found paper comes with the settings from storage, validated', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { v: 2, lang: 'en', collapsed: true, teaser: 'yes' } });
    expect(await send('lookup', { id: '2311.12983' })).toMatchObject({ hit: { paper: { id: '2311.12983' } }, settings: { lang: 'en', collapsed: true, teaser: false } });
  });

  test('lookup: defaults when nothing is stored', async () => {
    expect(await send('lookup', { id: '2311.12983' })).toMatchObject({ settings: { lang: 'ko', collapsed: false, teaser: false } });
  });

  test('lookup: null for an unknown paper, without reading settings', async () => {
    const settings = vi.fn(async () => ({ lang: 'ko' as const, collapsed: false, teaser: false }));
    const d = createDispatcher(handlersFor(repo, settings));
    expect(await d({ type: 'daily-papers:lookup', id: '2401.00001' })).toEqual({ ok: true, value: null });
    expect(settings).not.toHaveBeenCalled();
  });

  test('a failing settings read or data read becomes an error answer', async () => {
    const d = createDispatcher(handlersFor(repo, () => Promise.reject(new Error('storage closed'))));
    expect(await d({ type: 'daily-papers:lookup', id: '2311.12983' })).toEqual({ ok: false, error: 'storage closed' });
    const broken = createDispatcher(handlersFor(createRepository(() => Promise.reject(new Error('disk on fire')))));
    expect(await broken({ type: 'daily-papers:lookup', id: '2311.12983' })).toEqual({ ok: false, error: 'disk on fire' });
  });

  test('requests are validated with their schema', async () => {
    const bad = [
      { type: 'daily-papers:lookup', id: '../../etc/passwd' },
      { type: 'daily-papers:lookup', id: '2311.12983', extra: 1 },
      { type: 'daily-papers:day', date: '2023-02-30' },
      { type: 'daily-papers:day', date: '../../manifest' },
      { type: 'daily-papers:paper', id: 'x' },
      { type: 'daily-papers:dates', extra: 1 },
      { type: 'daily-papers:start', url: 42 },
      { type: 'daily-papers:start', url: 'x'.repeat(9000) },
    ];
    for (const m of bad) expect(await dispatch(m), JSON.stringify(m).slice(0, 80)).toMatchObject({ ok: false, error: expect.stringMatching(/^bad request/) });
    expect(await dispatch({ type: 'daily-papers:lookup', id: 'nope' })).toEqual({ ok: false, error: expect.stringMatching(/^bad request: must be a bare arXiv ID/) });
  });

  test('messages that are not ours are left to other listeners', () => {
    for (const m of [{ type: 'other' }, { type: 'daily-papers:drop' }, { type: 'daily-papers:toString' }, 'hello', null, undefined]) expect(dispatch(m)).toBeUndefined();
  });

  test('the sender turns error answers and silence into errors', async () => {
    await expect(typedSend(async () => ({ ok: false, error: 'days/2023-11-23.json: damaged' }))('dates', {})).rejects.toThrow('days/2023-11-23.json: damaged');
    await expect(typedSend(async () => undefined)('dates', {})).rejects.toThrow('no answer from the background');
  });
});
