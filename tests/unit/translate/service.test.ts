import { describe, expect, test, vi } from 'vitest';
import type { Paper } from '../../../src/digest/schema';
import type { TranslatorApi } from '../../../src/translate/api';
import { koreanHash, type DeviceEnglish } from '../../../src/translate/record';
import { createTranslationService, type PaperRef, type ServiceDeps, type SessionEvents } from '../../../src/translate/service';
import type { TranslatorStatus } from '../../../src/translate/status';
import { DomLikeError, standInTranslator, type StandIn } from './stand-in';

const paperOf = (id: string, text = `${id} 요약입니다.`): Paper => ({ id, title: `Title ${id}`, authors: ['A. Author'], summary: { ko: { bullets: [[text]], translated: false } } });

function world(options: { worker?: TranslatorApi; papers?: Paper[]; downloaded?: boolean; put?: ServiceDeps['store']['put'] } = {}) {
  const stored = new Map<string, DeviceEnglish>();
  const papers = new Map((options.papers ?? ['2401.00001', '2401.00002', '2401.00003'].map((id) => paperOf(id))).map((p) => [p.id, p]));
  let downloaded = options.downloaded ?? false;
  const deps: ServiceDeps = {
    workerApi: () => options.worker,
    store: {
      get: async (id, hash) => stored.get(`${id}#${hash}`),
      put: async (id, hash, en) => {
        if (options.put) await options.put(id, hash, en);
        stored.set(`${id}#${hash}`, en);
      },
    },
    paper: async ({ id }) => papers.get(id),
    downloaded: { get: async () => downloaded, set: async () => void (downloaded = true) },
    now: () => 42,
  };
  return { service: createTranslationService(deps), stored, papers, isDownloaded: () => downloaded };
}

function recorder() {
  const statuses: TranslatorStatus[] = [];
  const papers: { ref: PaperRef; english: DeviceEnglish }[] = [];
  const failed: { ref: PaperRef; reason: string }[] = [];
  const events: SessionEvents = {
    status: (s) => statuses.push(s),
    paper: (ref, english) => papers.push({ ref, english }),
    failed: (ref, reason) => failed.push({ ref, reason }),
  };
  const settled = () => vi.waitFor(() => expect(['done', 'unavailable', 'failed', 'needs-download']).toContain(statuses.at(-1)?.state), { timeout: 2000 });
  return { events, statuses, papers, failed, settled };
}

const refs = (...ids: string[]) => ids.map((id) => ({ id, date: '2024-01-02' }));

describe('the translation service', () => {
  test('translates, stores under the Korean hash, and answers a second request from storage', async () => {
    const worker = standInTranslator();
    const w = world({ worker });
    const r = recorder();
    await w.service.open(r.events).request(refs('2401.00001'), { userAsked: false });
    await r.settled();
    expect(r.papers).toEqual([{ ref: refs('2401.00001')[0], english: { bullets: [['2401.00001 w5.']], at: 42, date: '2024-01-02' } }]);
    expect([...w.stored.keys()]).toEqual([`2401.00001#${koreanHash(w.papers.get('2401.00001')!.summary.ko)}`]);
    expect(r.statuses).toEqual([{ state: 'checking' }, { state: 'translating', done: 0, total: 1 }, { state: 'done' }]);

    const again = recorder();
    const before = worker.texts.length;
    await w.service.open(again.events).request(refs('2401.00001'), { userAsked: false });
    expect(again.papers).toHaveLength(1);
    expect(worker.texts.length).toBe(before);
  });

  test('no Translator anywhere: unavailable (no API), and stored English is still answered', async () => {
    const w = world();
    w.stored.set(`2401.00002#${koreanHash(w.papers.get('2401.00002')!.summary.ko)}`, { bullets: [['stored']], at: 1 });
    const r = recorder();
    await w.service.open(r.events).request(refs('2401.00001', '2401.00002'), { userAsked: true });
    expect(r.papers.map((p) => p.english.bullets)).toEqual([[['stored']]]);
    expect(r.statuses.at(-1)).toEqual({ state: 'unavailable', reason: 'no-api' });
  });

  test('a translator that cannot do Korean → English: unavailable (unsupported)', async () => {
    const r = recorder();
    await world({ worker: standInTranslator({ availability: 'unavailable' }) }).service.open(r.events).request(refs('2401.00001'), { userAsked: true });
    expect(r.statuses.at(-1)).toEqual({ state: 'unavailable', reason: 'unsupported' });
  });

  test('a missing language pack waits for the click; the click downloads it with progress; afterwards no click is needed', async () => {
    const worker = standInTranslator({ availability: 'downloadable', download: [0, 0.5, 1] });
    const w = world({ worker });
    const load = recorder();
    await w.service.open(load.events).request(refs('2401.00001'), { userAsked: false });
    expect(load.statuses.at(-1)).toEqual({ state: 'needs-download' });
    expect(worker.created).toBe(0);

    const click = recorder();
    await w.service.open(click.events).request(refs('2401.00001'), { userAsked: true });
    await click.settled();
    // Said from the start of the download, then with the browser's progress.
    expect(click.statuses).toContainEqual({ state: 'downloading' });
    expect(click.statuses.findIndex((st) => st.state === 'downloading')).toBeLessThan(click.statuses.findIndex((st) => st.state === 'downloading' && st.loaded === 0.5));
    expect(click.statuses.at(-1)).toEqual({ state: 'done' });
    expect(w.isDownloaded()).toBe(true);

    // Chrome may keep saying "downloadable" for an installed pack (Korean not among the accepted languages).
    worker.options.availability = 'downloadable';
    const later = recorder();
    await w.service.open(later.events).request(refs('2401.00002'), { userAsked: false });
    await later.settled();
    expect(later.statuses.at(-1)).toEqual({ state: 'done' });
  });

  test('a download that stalls fails with a retry; trying again works', async () => {
    vi.useFakeTimers();
    try {
      const worker = standInTranslator({ availability: 'downloadable', download: 'stall' });
      const w = world({ worker });
      const r = recorder();
      await w.service.open(r.events).request(refs('2401.00001'), { userAsked: true });
      await vi.advanceTimersByTimeAsync(31_000);
      expect(r.statuses.at(-1)).toMatchObject({ state: 'failed', reason: 'stalled' });
      worker.options.download = [1];
      const retry = recorder();
      await w.service.open(retry.events).request(refs('2401.00001'), { userAsked: true });
      await vi.advanceTimersByTimeAsync(10);
      expect(retry.statuses.at(-1)).toEqual({ state: 'done' });
    } finally {
      vi.useRealTimers();
    }
  });

  test('the background has no translator: the asking page translates, once it has permission (its click)', async () => {
    let clicked = false;
    const page = standInTranslator({ availability: 'downloadable', activation: () => clicked });
    const w = world();
    const noClick = recorder();
    await w.service.open(noClick.events, page).request(refs('2401.00001'), { userAsked: false });
    expect(noClick.statuses.at(-1)).toEqual({ state: 'needs-download' });

    // userAsked but the page's activation expired: NotAllowedError, in words, with a retry.
    const stale = recorder();
    await w.service.open(stale.events, page).request(refs('2401.00001'), { userAsked: true });
    await stale.settled();
    expect(stale.statuses.at(-1)).toMatchObject({ state: 'failed', reason: 'not-allowed' });

    clicked = true;
    const r = recorder();
    await w.service.open(r.events, page).request(refs('2401.00001'), { userAsked: true });
    await r.settled();
    expect(r.statuses.at(-1)).toEqual({ state: 'done' });
    expect(page.texts).toEqual(['2401.00001 요약입니다.']);
  });

  test("the background's translator says Korean → English cannot be done: the page's is not tried", async () => {
    const page = standInTranslator();
    const r = recorder();
    await world({ worker: standInTranslator({ availability: 'unavailable' }) }).service.open(r.events, page).request(refs('2401.00001'), { userAsked: true });
    expect(r.statuses.at(-1)).toEqual({ state: 'unavailable', reason: 'unsupported' });
    expect(page.created).toBe(0);
  });

  test("a page's ready translator is used rather than starting the background's download", async () => {
    const worker = standInTranslator({ availability: 'downloadable' });
    const page = standInTranslator();
    const r = recorder();
    await world({ worker }).service.open(r.events, page).request(refs('2401.00001'), { userAsked: false });
    await r.settled();
    expect([worker.created, page.created]).toEqual([0, 1]);
  });

  test('two sessions asking for the same paper share one translation; papers asked "front" go first', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const order: string[] = [];
    const worker = standInTranslator({
      async translate(t) {
        order.push(t.slice(0, 10));
        if (order.length === 1) await gate;
        return t;
      },
    });
    const w = world({ worker });
    const a = recorder();
    const b = recorder();
    const sa = w.service.open(a.events);
    await sa.request(refs('2401.00001', '2401.00002'), { userAsked: false });
    await w.service.open(b.events).request(refs('2401.00003', '2401.00002'), { userAsked: false, front: true });
    release();
    await a.settled();
    await b.settled();
    expect(order).toEqual(['2401.00001', '2401.00003', '2401.00002']);
    expect(a.papers.map((p) => p.ref.id).sort()).toEqual(['2401.00001', '2401.00002']);
    expect(b.papers.map((p) => p.ref.id).sort()).toEqual(['2401.00002', '2401.00003']);
  });

  test('a closed session leaves the queue; what is in flight still lands in storage', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const worker = standInTranslator({ translate: async (t) => (await gate, t) });
    const w = world({ worker });
    const r = recorder();
    const session = w.service.open(r.events);
    await session.request(refs('2401.00001', '2401.00002', '2401.00003'), { userAsked: false });
    await vi.waitFor(() => expect(worker.texts).toHaveLength(1));
    session.close();
    release();
    await vi.waitFor(() => expect(w.stored.size).toBe(1));
    await new Promise((res) => setTimeout(res, 20));
    expect(worker.texts).toHaveLength(1);
    expect(r.papers).toEqual([]);
  });

  test('one paper that cannot be translated fails on its own; a full storage fails with "storage"', async () => {
    const worker = standInTranslator({
      translate(t) {
        if (t.startsWith('2401.00002')) throw new DomLikeError('QuotaExceededError', 'too large');
        return t;
      },
    });
    const w = world({
      worker,
      put: async (id) => {
        if (id === '2401.00003') throw new Error('QUOTA_BYTES quota exceeded');
      },
    });
    const r = recorder();
    await w.service.open(r.events).request(refs('2401.00001', '2401.00002', '2401.00003'), { userAsked: false });
    await r.settled();
    expect(r.papers.map((p) => p.ref.id)).toEqual(['2401.00001']);
    expect(r.failed).toEqual([
      { ref: refs('2401.00002')[0], reason: 'too-long' },
      { ref: refs('2401.00003')[0], reason: 'storage' },
    ]);
  });

  test('a translator destroyed under the lane is made again once', async () => {
    let first = true;
    const worker = standInTranslator({
      translate(t) {
        if (first) {
          first = false;
          throw new DomLikeError('InvalidStateError', 'The translator has been destroyed.');
        }
        return t;
      },
    });
    const r = recorder();
    await world({ worker }).service.open(r.events).request(refs('2401.00001'), { userAsked: false });
    await r.settled();
    expect(r.papers).toHaveLength(1);
    expect(worker.created).toBe(2);
  });

  test('an unknown paper fails as not found', async () => {
    const r = recorder();
    await world({ worker: standInTranslator() }).service.open(r.events).request(refs('2499.99999'), { userAsked: false });
    expect(r.failed).toEqual([{ ref: refs('2499.99999')[0], reason: 'not-found' }]);
    expect(r.statuses.at(-1)).toEqual({ state: 'done' });
  });
});
