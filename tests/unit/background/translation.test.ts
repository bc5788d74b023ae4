/**
 * The background's translation service over its port, as a surface meets it: the background's own
 * Translator, the asking page's when the background has none, storage, the usage / clear / todo messages,
 * and the English written into the days the reader's search index is fed.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../../src/background/main';
import { createRepository } from '../../../src/packaged/repository';
import type { Day } from '../../../src/digest/schema';
import { englishClient, type ClientHandlers } from '../../../src/translate/client';
import { koreanHash, translationKey, type DeviceEnglish } from '../../../src/translate/record';
import type { PaperRef } from '../../../src/translate/service';
import type { TranslatorStatus } from '../../../src/translate/status';
import { compileDataset } from '../../../src/digest/compile';
import { SEED_PATH, seedText } from '../digest/seed';
import { fakeConnect } from '../setup/fake-connect';
import { pageSender } from './handlers-for';
import { standInTranslator } from '../translate/stand-in';

// The seed day in Korean only: English comes from the translator here.
const files = compileDataset({ digests: [{ path: SEED_PATH, text: seedText() }], translations: [] }).files;
const repo = () => createRepository(async (p) => (files.has(p) ? JSON.parse(files.get(p)!) : undefined));
const day = JSON.parse(files.get('days/2023-11-23.json')!) as Day;
const ZIPLORA = { id: '2311.13600', date: '2023-11-23' };
const g = globalThis as { Translator?: unknown };

function surface(scope: object = {}, sender?: { url: string; id?: string; tab?: { id: number } }) {
  const statuses: TranslatorStatus[] = [];
  const papers: { ref: PaperRef; english: DeviceEnglish }[] = [];
  const failed: string[] = [];
  const handlers: ClientHandlers = {
    status: (s) => statuses.push(s),
    paper: (ref, english) => papers.push({ ref, english }),
    failed: (ref, reason) => failed.push(`${ref.id}: ${reason}`),
  };
  const client = englishClient(({ name }) => fakeConnect.connect(name, sender), handlers, scope);
  const last = () => statuses.at(-1)?.state;
  return { client, statuses, papers, failed, settled: () => vi.waitFor(() => expect(['done', 'unavailable', 'failed', 'needs-download']).toContain(last())) };
}

beforeEach(() => {
  fakeBrowser.reset();
  delete g.Translator;
});
afterEach(() => {
  delete g.Translator;
});

describe('English made in the background', () => {
  test("with the background's Translator: translated, stored under t:ID with the Korean's hash, answered from storage next time", async () => {
    const worker = standInTranslator();
    g.Translator = worker;
    startBackground(fakeBrowser, repo(), Promise.resolve('test/1'));
    const s = surface();
    s.client.request([ZIPLORA], { userAsked: true });
    await s.settled();
    expect(s.statuses.at(-1)).toEqual({ state: 'done' });
    const english = s.papers[0]!.english;
    const ko = day.papers.find((p) => p.id === ZIPLORA.id)!.summary.ko;
    expect(english.bullets).toHaveLength(ko.bullets.length);
    const stored = (await fakeBrowser.storage.local.get(translationKey(ZIPLORA.id)))[translationKey(ZIPLORA.id)];
    expect(stored).toEqual({ v: 1, en: { [koreanHash(ko)]: english } });

    // The stand-in goes away: the English still comes, from storage.
    delete g.Translator;
    const again = surface();
    again.client.request([ZIPLORA], { userAsked: false });
    await again.settled();
    expect(again.papers.map((p) => p.english)).toEqual([english]);
  });

  test('no Translator in the background: the page that asked translates with its own', async () => {
    startBackground(fakeBrowser, repo(), Promise.resolve('test/1'));
    const page = standInTranslator();
    const s = surface({ Translator: page });
    s.client.request([ZIPLORA], { userAsked: true });
    await s.settled();
    expect(s.statuses.at(-1)).toEqual({ state: 'done' });
    expect(page.texts.length).toBeGreaterThan(0);
    expect(s.papers).toHaveLength(1);
  });

  test('no Translator anywhere (Firefox): unavailable, nothing stored', async () => {
    startBackground(fakeBrowser, repo(), Promise.resolve('test/1'));
    const s = surface();
    s.client.request([ZIPLORA], { userAsked: true });
    await s.settled();
    expect(s.statuses.at(-1)).toEqual({ state: 'unavailable', reason: 'no-api' });
    expect(await fakeBrowser.storage.local.get(translationKey(ZIPLORA.id))).toEqual({});
  });

  test.each([
    ['another site', { url: 'https://example.com/abs/2311.13600', id: fakeBrowser.runtime.id, tab: { id: 1 } }],
    ['another extension', { url: 'https://arxiv.org/abs/2311.13600', id: 'another-extension', tab: { id: 1 } }],
    ['a sender without an ID', { url: 'https://arxiv.org/abs/2311.13600', tab: { id: 1 } }],
  ])('a port from %s is refused', async (_name, sender) => {
    g.Translator = standInTranslator();
    startBackground(fakeBrowser, repo(), Promise.resolve('test/1'));
    const s = surface({}, sender);
    s.client.request([ZIPLORA], { userAsked: true });
    await vi.waitFor(() => expect(s.statuses.at(-1)).toEqual({ state: 'failed', reason: 'error', detail: 'the extension’s background stopped' }));
    expect(s.papers).toEqual([]);
  });

  test('usage, todo and clear by message; the search feed carries the English', async () => {
    g.Translator = standInTranslator();
    startBackground(fakeBrowser, repo(), Promise.resolve('test/1'));
    const ask = async (type: string, fields: object = {}) => (await fakeBrowser.runtime.onMessage.trigger({ type: `daily-papers:${type}`, ...fields }, pageSender('options.html'), () => {}))[0];
    const before = (await ask('englishTodo')) as { value: { total: number; todo: PaperRef[] } };
    expect(before.value.todo).toHaveLength(before.value.total);
    const s = surface();
    s.client.request([ZIPLORA], { userAsked: true });
    await s.settled();
    expect(((await ask('englishTodo')) as typeof before).value.todo).toHaveLength(before.value.total - 1);
    expect(await ask('englishUsage')).toMatchObject({ ok: true, value: { papers: 1 } });
    const feed = JSON.parse(((await ask('days', { dates: ['2023-11-23'] })) as { value: string }).value) as Day[];
    expect(feed[0]!.papers.find((p) => p.id === ZIPLORA.id)!.summary.en?.bullets).toEqual(s.papers[0]!.english.bullets);
    expect(await ask('englishClear')).toEqual({ ok: true, value: 1 });
    expect(await ask('englishUsage')).toEqual({ ok: true, value: { papers: 0, bytes: 0 } });
  });
});
