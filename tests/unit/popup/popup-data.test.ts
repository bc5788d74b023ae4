import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../../src/background/main';
import { compileDataset } from '../../../src/digest/compile';
import { IMPORT_VERSION, IMPORTS_KEY } from '../../../src/digest/import-keys';
import { typedSend, type Send } from '../../../src/messaging/send';
import { createRepository, type JsonLoader } from '../../../src/packaged/repository';
import { remoteRepository } from '../../../src/pages/remote-repository';
import { popupData, type PopupDataDeps } from '../../../src/popup/popup-data';
import { pageSender } from '../background/handlers-for';
import { SEED_PATH, seedText } from '../digest/seed';

/** A digest in the archive's format; `papers` are [id, title, bullet]. */
function digest(date: string, papers: [string, string, string][]): string {
  return `## Daily Papers (${date})\n\n${papers.map(([id, title, bullet]) => `### [${title}](https://arxiv.org/abs/${id})\n\nAuthors: Ada Lovelace, Alan Turing\n\n- ${bullet}\n`).join('\n')}`;
}

// Two bundled days: the seed (2023-11-23) and the day after.
const LATER = digest('2023-11-24', [['2311.14001', 'A bundled paper of the 24th', '번들에 있는 논문의 요약입니다.']]);
const files = compileDataset({ digests: [{ path: SEED_PATH, text: seedText() }, { path: 'data/digests/2023-11-24.md', text: LATER }], translations: [] }).files;
const fromFiles: JsonLoader = async (p) => (files.has(p) ? JSON.parse(files.get(p)!) : undefined);

const SEED_PAPER = 'https://arxiv.org/abs/2311.13231v2';

let send: Send & ReturnType<typeof vi.fn>;
let loads: string[];

beforeEach(async () => {
  fakeBrowser.reset();
  const bg = startBackground(fakeBrowser, createRepository(fromFiles), Promise.resolve('test/1'));
  await bg.lookupReady;
  // The background as the popup reaches it: through its dispatcher, with a JSON round trip like runtime messaging.
  const typed = typedSend(async (m) => JSON.parse(JSON.stringify((await fakeBrowser.runtime.onMessage.trigger(m, pageSender('popup.html'), () => {}))[0] ?? null)));
  send = vi.fn(typed) as never;
  loads = [];
});

/** The popup's data with the background running or not, the tab at `url`, the packaged files `load`. */
function dataFor({ running, url, load = fromFiles, ...rest }: { running?: boolean; url?: string; load?: JsonLoader } & Partial<PopupDataDeps>) {
  const tabUrl = vi.fn(async () => url);
  const remoteStart = vi.fn(() => send('start', url === undefined ? {} : { url }));
  const data = popupData({
    packaged: createRepository((p) => (loads.push(p), load(p))),
    remote: remoteRepository(send),
    remoteStart,
    tabUrl,
    storage: fakeBrowser.storage.local,
    ...(running === undefined ? {} : { backgroundRunning: async () => running }),
    ...rest,
  });
  return { data, remoteStart, tabUrl };
}

const importDays = (...texts: [string, string][]) =>
  send('importSave', { files: texts.map(([name, text]) => ({ name, text })), confirm: texts.map(([name]) => name.slice(0, 10)) });

describe('the background stopped and nothing imported: the packaged files, read on the page', () => {
  test('the tab’s paper on its day, highlighted; no message wakes the background', async () => {
    const { data, remoteStart } = dataFor({ running: false, url: SEED_PAPER });
    const start = await data.loadStart();
    expect(start).toMatchObject({ highlight: '2311.13231', tabIsArxiv: true, dates: ['2023-11-23', '2023-11-24'], day: { date: '2023-11-23' } });
    expect(start.notice).toBeUndefined();
    expect(loads.sort()).toEqual(['dates.json', 'days/2023-11-23.json', 'index/2311.json']);
    // the day navigation reads the package too
    expect((await data.repo.day('2023-11-24'))?.papers.map((p) => p.id)).toEqual(['2311.14001']);
    expect(await data.repo.datesOf('2311.14001')).toEqual(['2023-11-24']);
    expect(remoteStart).not.toHaveBeenCalled();
    expect(send).not.toHaveBeenCalled();
  });

  test.each([
    ['an arXiv paper', SEED_PAPER],
    ['a paper in no digest', 'https://arxiv.org/abs/2401.00001'],
    ['an arXiv page that is not a paper', 'https://arxiv.org/list/cs.CV/new'],
    ['another site (no URL: host permissions)', undefined],
  ])('%s: the same view the background gives', async (_, url) => {
    const local = await dataFor({ running: false, url }).data.loadStart();
    expect(send).not.toHaveBeenCalled();
    expect(local).toEqual(await send('start', url === undefined ? {} : { url }));
  });

  test('a tab that is gone opens the newest day with the not-arXiv notice, as in the background', async () => {
    const { data } = dataFor({ running: false, tabUrl: async () => Promise.reject(new Error('No tab with id: 9')) });
    expect(await data.loadStart()).toMatchObject({ notice: { kind: 'not-arxiv' }, tabIsArxiv: false, day: { date: '2023-11-24' } });
  });

  test('an empty catalog (every imported day deleted) is nothing imported', async () => {
    await fakeBrowser.storage.local.set({ [IMPORTS_KEY]: { v: IMPORT_VERSION, days: {} } });
    const { data, remoteStart } = dataFor({ running: false, url: SEED_PAPER });
    expect(await data.loadStart()).toMatchObject({ highlight: '2311.13231' });
    expect(remoteStart).not.toHaveBeenCalled();
  });

  test('a damaged packaged file is a clear error naming it; Retry reads it again', async () => {
    let damaged = true;
    const load: JsonLoader = async (p) => (damaged && p === 'days/2023-11-23.json' ? { date: '2023-11-23', papers: [] } : fromFiles(p));
    const { data } = dataFor({ running: false, url: SEED_PAPER, load });
    await expect(data.loadStart()).rejects.toThrow('days/2023-11-23.json: papers: must be a non-empty list');
    damaged = false;
    expect(await data.loadStart()).toMatchObject({ highlight: '2311.13231', day: { date: '2023-11-23' } });
  });

  test('a missing dates file is an error too, not an empty archive', async () => {
    const { data } = dataFor({ running: false, load: async (p) => (p === 'dates.json' ? undefined : fromFiles(p)) });
    await expect(data.loadStart()).rejects.toThrow('dates.json: missing');
  });
});

describe('the background: imported days, or a background that is running', () => {
  const NEW_DAY = digest('2025-06-02', [['2506.00001', 'An imported paper', '가져온 논문의 요약입니다.']]);
  const OVER_BUNDLED = digest('2023-11-24', [['2311.15555', 'Imported over the bundled 24th', '번들 날짜를 대신하는 요약입니다.']]);

  test('imported days stored: the background opens the popup even while stopped, and serves the day navigation', async () => {
    expect((await importDays(['2025-06-02.md', NEW_DAY], ['2023-11-24.md', OVER_BUNDLED])).saved.sort()).toEqual(['2023-11-24', '2025-06-02']);
    send.mockClear();
    const { data, remoteStart } = dataFor({ running: false });
    const start = await data.loadStart();
    expect(remoteStart).toHaveBeenCalledTimes(1);
    // the newest day is the imported one, and the bundled and imported dates are merged
    expect(start).toMatchObject({ dates: ['2023-11-23', '2023-11-24', '2025-06-02'], day: { date: '2025-06-02' }, notice: { kind: 'not-arxiv' } });
    // a day imported over a bundled date replaces it; the paper it dropped is no longer on that date
    expect((await data.repo.day('2023-11-24'))?.papers.map((p) => p.id)).toEqual(['2311.15555']);
    expect(await data.repo.datesOf('2311.14001')).toEqual([]);
    expect(loads).toEqual([]);
  });

  test.each([
    ['damaged', { v: IMPORT_VERSION, days: 'x' }],
    ['from a newer version', { v: IMPORT_VERSION + 1, days: {} }],
  ])('a catalog %s: the background reads it (and reports it)', async (_, catalog) => {
    await fakeBrowser.storage.local.set({ [IMPORTS_KEY]: catalog });
    const { data, remoteStart } = dataFor({ running: false, url: SEED_PAPER });
    expect(await data.loadStart()).toMatchObject({ highlight: '2311.13231' });
    expect(remoteStart).toHaveBeenCalledTimes(1);
    expect(loads).toEqual([]);
  });

  test('a storage read that fails: the background', async () => {
    const { data, remoteStart } = dataFor({ running: false, url: SEED_PAPER, storage: { get: () => Promise.reject(new Error('storage unavailable')) } });
    await data.loadStart();
    expect(remoteStart).toHaveBeenCalledTimes(1);
    expect(loads).toEqual([]);
  });

  test('a running background is asked in one message, nothing is read on the page', async () => {
    const { data, remoteStart } = dataFor({ running: true, url: SEED_PAPER });
    expect(await data.loadStart()).toMatchObject({ highlight: '2311.13231' });
    expect(remoteStart).toHaveBeenCalledTimes(1);
    expect(await data.repo.day('2023-11-24')).toMatchObject({ date: '2023-11-24' });
    expect(send.mock.calls.map(([name]) => name)).toEqual(['start', 'day']);
    expect(loads).toEqual([]);
  });

  test('a running background is asked without waiting for the storage read, and stored imports without waiting for getContexts', async () => {
    const never = new Promise<never>(() => undefined);
    const running = dataFor({ running: true, url: SEED_PAPER, storage: { get: () => never } });
    expect(await running.data.loadStart()).toMatchObject({ highlight: '2311.13231' });
    expect(running.remoteStart).toHaveBeenCalledTimes(1);
    await fakeBrowser.storage.local.set({ [IMPORTS_KEY]: { v: IMPORT_VERSION, days: { '2025-06-02': { papers: 1 } } } });
    const imported = dataFor({ url: SEED_PAPER, backgroundRunning: () => never });
    expect(await imported.data.loadStart()).toMatchObject({ highlight: '2311.13231' });
    expect(imported.remoteStart).toHaveBeenCalledTimes(1);
    expect(loads).toEqual([]);
  });

  test('a browser that cannot say whether the background runs, or fails to: the message, as before', async () => {
    for (const deps of [{}, { backgroundRunning: () => Promise.reject(new Error('no contexts')) }]) {
      loads = [];
      const { data, remoteStart } = dataFor({ url: SEED_PAPER, ...deps });
      await data.loadStart();
      expect(remoteStart).toHaveBeenCalledTimes(1);
      expect(loads).toEqual([]);
    }
  });

  test('Retry chooses again: stopped at first, running by the time of the retry', async () => {
    let running = false;
    const { data, remoteStart } = dataFor({ url: SEED_PAPER, backgroundRunning: async () => running });
    await data.loadStart();
    expect(remoteStart).not.toHaveBeenCalled();
    running = true;
    await data.loadStart();
    expect(remoteStart).toHaveBeenCalledTimes(1);
  });
});
