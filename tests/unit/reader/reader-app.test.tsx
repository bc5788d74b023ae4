// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { englishT } from '../../../src/i18n/english-strings';
import type { EnglishDeps } from '../../../src/pages/use-english';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answeringEnglishDeps, fakeEnglishDeps } from '../pages/fake-english';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { daySchema, type Day } from '../../../src/digest/schema';
import { readerT } from '../../../src/i18n/reader-strings';
import { parseReaderUrl, readerQuery, type ReaderState } from '../../../src/pages/reader-url';
import type { Lang } from '../../../src/prefs/schema';
import type { DataSource } from '../../../src/reader/data-source';
import { createIndexFeeder } from '../../../src/reader/index-feeder';
import { loadDay, type LoadedDay } from '../../../src/reader/load-day';
import { ReaderApp } from '../../../src/reader/ReaderApp';
import { createSearchClient, inPageWorker, type SearchClient, type WorkerLike } from '../../../src/reader/search-client';
import type { FromWorker } from '../../../src/reader/search-engine';
import type { ToWorker } from '../../../src/reader/engine-host';
import { statsSink } from '../../../src/reader/stats';
import type { UrlHistory } from '../../../src/reader/url-history';
import { fakePref, fakeRepository, loadRealDay, storedDeviceEnglish, type FakeRepository } from '../helpers';

const ko = readerT('ko');
const en = readerT('en');

/** A day of the labelled era with votes (digest order ≠ vote order). */
function votedDay(): Day {
  return daySchema.parse({
    date: '2023-11-24',
    title: 'Daily Papers',
    papers: [
      { id: '2311.20001', title: 'Low Votes Paper', authors: ['Ada Lovelace'], votes: 2, image: 'https://cdn.example.org/t1.png', summary: { ko: { bullets: [[{ label: "What's New" }, ' 확산 모델을 새롭게 정렬합니다.'], ['둘째 요점']], translated: false } } },
      { id: '2311.20002', title: 'High Votes Paper', authors: ['Alan Turing'], votes: 40, summary: { ko: { bullets: [['확산 모델의 샘플링']], translated: false }, en: { bullets: [['Sampling of diffusion models']], translated: true } } },
    ],
  });
}

/** Browser history in memory: push, replace, back and forward (popstate). */
function memoryHistory(initial: ReaderState): UrlHistory & { entries: string[]; at: number; back(): void } {
  const entries = [readerQuery(initial)];
  let at = 0;
  const listeners = new Set<(s: ReaderState) => void>();
  const read = () => {
    const url = new URL(entries[at]!, 'chrome-extension://x/reader.html');
    return parseReaderUrl(url.search, url.hash);
  };
  return {
    entries,
    get at() {
      return at;
    },
    read,
    push(s) {
      entries.splice(at + 1, Infinity, readerQuery(s));
      at++;
    },
    replace(s) {
      entries[at] = readerQuery(s);
    },
    listen(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    back() {
      at--;
      for (const l of listeners) l(read());
    },
  };
}

interface Setup {
  englishDeps?: EnglishDeps;
  initialDay?: { loaded: LoadedDay; askedAt: number };
  url?: ReaderState;
  lang?: Lang;
  repo?: FakeRepository;
  worker?: WorkerLike;
  /** Starts the index when asked (true: at once; false: never). */
  idle?: boolean;
}

function setup({ initialDay, url = { date: '2023-11-23' }, lang = 'ko', repo = fakeRepository([loadRealDay(), votedDay()]), worker = inPageWorker(), idle = true, englishDeps = fakeEnglishDeps() }: Setup = {}) {
  const history = memoryHistory(url);
  const pref = fakePref<Lang>(lang);
  const client: SearchClient = createSearchClient(worker);
  const feeder = createIndexFeeder({
    client,
    dates: () => repo.dates(),
    daysJson: async (dates) => JSON.stringify((await Promise.all(dates.map((d) => repo.day(d)))).filter(Boolean)),
  });
  const source: DataSource = { repo: () => repo, version: () => 0, subscribe: () => () => undefined };
  const marks: string[] = [];
  const stats = statsSink({ mark: (name: string) => void marks.push(name) as never, now: () => 1 });
  const whenIdle = vi.fn((cb: () => void) => idle && cb());
  const view = render(<ReaderApp source={source} feeder={feeder} client={client} mode={() => 'page'} lang={pref} initialLang={lang} history={history} stats={stats} whenIdle={whenIdle} englishDeps={englishDeps} {...(initialDay ? { initialDay } : {})} />);
  return { ...view, history, pref, feeder, client, stats, marks, repo, whenIdle };
}

const articles = () => [...document.querySelectorAll<HTMLElement>('article.rd-paper')];
const searchBox = () => screen.getByRole('searchbox');
async function dayShown(n: number) {
  await waitFor(() => expect(articles()).toHaveLength(n));
}

afterEach(() => cleanup());

describe('a day as a newsletter', () => {
  test('every paper in full: title linked to its abs page, authors, every bullet; the source credit; a paint mark', async () => {
    const { marks, stats, whenIdle } = setup();
    await dayShown(9);
    expect(screen.getByRole('heading', { level: 2, name: /2023년 11월 23일 \(목\) · 논문 9편/ })).toBeTruthy();
    const first = articles()[0]!;
    const title = within(first).getByRole('link', { name: 'GAIA: a benchmark for General AI Assistants' });
    expect(title.getAttribute('href')).toBe('https://arxiv.org/abs/2311.12983');
    expect(first.querySelectorAll('.dp-bullets li')).toHaveLength(5);
    expect(first.querySelector('.dp-bullets')?.getAttribute('lang')).toBe('ko');
    expect(first.querySelector('.rd-authors')?.textContent).toContain('Grégoire Mialon');
    expect(screen.getByRole('link', { name: ko.creditLink }).getAttribute('href')).toBe('https://github.com/l-yohai/daily_papers_ko');
    await waitFor(() => expect(marks).toContain('reader:day-painted'));
    expect(stats.stats.dayMs).toHaveLength(1);
    // the index is built once the day is on screen
    expect(whenIdle).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(marks).toContain('reader:index-ready'));
    expect(stats.stats.index).toMatchObject({ days: 2, papers: 11, mode: 'page' });
  });

  test('a day loaded before the first render is in the first render, and not asked for again', async () => {
    const repo = fakeRepository([loadRealDay(), votedDay()]);
    const loaded = await loadDay(repo, '2023-11-24');
    const asked = repo.calls.day.length;
    setup({ repo, url: { date: '2023-11-24' }, initialDay: { loaded, askedAt: 0 }, idle: false });
    expect(articles()).toHaveLength(2);
    await new Promise((r) => setTimeout(r, 20));
    expect(repo.calls.day.length).toBe(asked);
  });

  test('labels as labels, votes with a label, the teaser only when asked for, without referrer', async () => {
    setup({ url: { date: '2023-11-24' } });
    await dayShown(2);
    const low = articles()[0]!;
    expect(low.querySelector('.dp-label')?.textContent).toBe("What's New");
    expect(within(low).getByText(ko.votes(2))).toBeTruthy();
    // no image element (so no request) until the reader asks
    expect(document.querySelector('img')).toBeNull();
    const show = within(low).getByRole('button', { name: ko.showTeaser });
    expect(show.getAttribute('aria-expanded')).toBe('false');
    expect(low.textContent).toContain('cdn.example.org');
    fireEvent.click(show);
    const img = low.querySelector('img')!;
    expect(img.getAttribute('src')).toBe('https://cdn.example.org/t1.png');
    expect(img.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(img.getAttribute('alt')).toBe(ko.teaserAlt('Low Votes Paper'));
    fireEvent.error(img);
    expect(within(low).getByRole('status').textContent).toContain(ko.teaserFailed);
  });

  test('sort by votes: the order changes, the URL keeps it (no new history entry)', async () => {
    const { history } = setup({ url: { date: '2023-11-24' } });
    await dayShown(2);
    expect(articles().map((a) => a.dataset.id)).toEqual(['2311.20001', '2311.20002']);
    fireEvent.change(screen.getByRole('combobox', { name: ko.sortBy }), { target: { value: 'votes' } });
    await waitFor(() => expect(articles().map((a) => a.dataset.id)).toEqual(['2311.20002', '2311.20001']));
    expect(history.entries).toEqual(['?date=2023-11-24&sort=votes']);
  });

  test('no sort offered for a day without votes', async () => {
    setup();
    await dayShown(9);
    expect(screen.queryByRole('combobox', { name: ko.sortBy })).toBeNull();
  });

  test('previous / next day are history entries; back returns', async () => {
    const { history } = setup();
    await dayShown(9);
    fireEvent.click(screen.getByRole('button', { name: /다음 날짜/ }));
    await dayShown(2);
    expect(history.entries).toEqual(['?date=2023-11-23', '?date=2023-11-24']);
    expect((screen.getByLabelText(ko.jumpToDay) as HTMLInputElement).value).toBe('2023-11-24');
    expect(screen.getByRole('button', { name: /다음 날짜/ })).toHaveProperty('disabled', true);
    act(() => history.back());
    await dayShown(9);
  });

  test('the calendar: digest days as buttons with their paper counts, the shown day current', async () => {
    setup();
    await dayShown(9);
    const cal = screen.getByRole('table', { name: '2023년 11월' });
    const current = within(cal).getByRole('button', { name: /2023년 11월 23일 \(목\), 논문 9편/ });
    expect(current.getAttribute('aria-current')).toBe('date');
    expect(current.getAttribute('tabindex')).toBe('0');
    // the count of a day not shown arrives with the index
    await waitFor(() => within(cal).getByRole('button', { name: /2023년 11월 24일 \(금\), 논문 2편/ }));
    fireEvent.keyDown(current, { key: 'ArrowRight' });
    const next = within(cal).getByRole('button', { name: /11월 24일/ });
    expect(document.activeElement).toBe(next);
    fireEvent.click(next);
    await dayShown(2);
  });

  test('a date without a digest: the closest day, and a notice that says so', async () => {
    setup({ url: { date: '2023-11-25' } });
    await dayShown(2);
    expect(screen.getByRole('status').textContent).toBe(ko.noDigestOn('2023년 11월 25일 (토)', '2023년 11월 24일 (금)'));
  });

  test('no date: the newest day', async () => {
    setup({ url: {} });
    await dayShown(2);
  });

  test('a failure shows the error and Retry asks again', async () => {
    const repo = fakeRepository([loadRealDay()]);
    repo.failNext('dates', new Error('background gone'));
    setup({ repo, idle: false });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('background gone'));
    fireEvent.click(screen.getByRole('button', { name: ko.retry }));
    await dayShown(9);
  });

  test('a deep link to a paper: marked, and its title focused', async () => {
    setup({ url: { date: '2023-11-23', id: '2311.13231' } });
    await dayShown(9);
    const el = document.getElementById('2311.13231')!;
    expect(el.className).toContain('rd-current');
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Using Human Feedback to Fine-tune Diffusion Models without Any Reward Model'));
  });
});

describe('search across every day', () => {
  test('results from every day, by day, highlighted as text; opening one shows it in its day', async () => {
    const { history } = setup();
    await dayShown(9);
    fireEvent.input(searchBox(), { target: { value: '확산' } });
    fireEvent.input(searchBox(), { target: { value: '확산 모델' } });
    // the first character is a history entry, the rest refine it
    expect(history.entries).toEqual(['?date=2023-11-23', '?date=2023-11-23&q=%ED%99%95%EC%82%B0+%EB%AA%A8%EB%8D%B8']);
    await waitFor(() => expect(document.querySelectorAll('li.rd-result').length).toBeGreaterThan(1));
    const count = screen.getByRole('status').textContent!;
    expect(count).toMatch(/^결과 [\d,]+건 중 \d+건 표시 · 2일에서 찾음$/);
    const days = [...document.querySelectorAll('.rd-run-day')].map((h) => h.textContent);
    expect(days).toContain('2023년 11월 24일 (금)');
    const marks = [...document.querySelectorAll('.rd-snippet mark')].map((m) => m.textContent);
    expect(marks).toContain('확산');
    expect(marks).toContain('모델');
    // the snippet shows the word with its particle
    expect(document.querySelector('li[data-id="2311.20001"] .rd-snippet')?.textContent).toContain('확산 모델을');
    const link = document.querySelector<HTMLAnchorElement>('li[data-id="2311.20002"] a.rd-result-title')!;
    expect(link.getAttribute('href')).toBe('?date=2023-11-24#2311.20002');
    fireEvent.click(link);
    await dayShown(2);
    expect(history.entries.at(-1)).toBe('?date=2023-11-24#2311.20002');
    await waitFor(() => expect(document.activeElement?.textContent).toBe('High Votes Paper'));
    // back: the results again
    act(() => history.back());
    await waitFor(() => expect(document.querySelectorAll('li.rd-result').length).toBeGreaterThan(1));
    expect((searchBox() as HTMLInputElement).value).toBe('확산 모델');
  });

  test('every term must match; a query nothing matches says so', async () => {
    setup({ url: { date: '2023-11-23', q: '확산 존재하지않는말' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(ko.noMatches('확산 존재하지않는말')));
  });

  test('keyboard: / focuses the search, ↓ into the results, ↑ back, Escape clears', async () => {
    const { history } = setup({ url: { date: '2023-11-23', q: 'diffusion' } });
    await waitFor(() => expect(document.querySelectorAll('a.rd-result-title').length).toBeGreaterThan(2));
    const titles = () => [...document.querySelectorAll<HTMLAnchorElement>('a.rd-result-title')];
    fireEvent.keyDown(document.body, { key: '/' });
    expect(document.activeElement).toBe(searchBox());
    fireEvent.keyDown(searchBox(), { key: 'ArrowDown' });
    expect(document.activeElement).toBe(titles()[0]);
    fireEvent.keyDown(titles()[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(titles()[1]);
    fireEvent.keyDown(titles()[1]!, { key: 'End' });
    expect(document.activeElement).toBe(titles().at(-1));
    fireEvent.keyDown(titles().at(-1)!, { key: 'Home' });
    fireEvent.keyDown(titles()[0]!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(searchBox());
    // `/` typed in the search box is text, not a shortcut
    const typed = fireEvent.keyDown(searchBox(), { key: '/' });
    expect(typed).toBe(true);
    fireEvent.keyDown(titles()[0]!, { key: 'Escape' });
    await dayShown(9);
    expect(document.activeElement).toBe(searchBox());
    expect(history.entries.at(-1)).toBe('?date=2023-11-23');
  });

  test('show more asks for more results', async () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ id: `2312.${String(10000 + i)}`, title: `Paper ${i}`, authors: ['A B'], summary: { ko: { bullets: [['공통 단어']], translated: false } } }));
    const repo = fakeRepository([daySchema.parse({ date: '2023-12-01', title: 'D', papers: many })]);
    setup({ repo, url: { q: '공통' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('결과 60건 중 50건 표시 · 1일에서 찾음'));
    fireEvent.click(screen.getByRole('button', { name: ko.showMore }));
    await waitFor(() => expect(document.querySelectorAll('li.rd-result')).toHaveLength(60));
    expect(screen.queryByRole('button', { name: ko.showMore })).toBeNull();
  });
});

describe('the search hook and the worker protocol (fake worker)', () => {
  function manualWorker() {
    const posted: ToWorker[] = [];
    const w: WorkerLike & { posted: ToWorker[]; reply(d: FromWorker): void } = { posted, onmessage: null, postMessage: (m) => posted.push(m), reply: (d) => act(() => w.onmessage?.({ data: d })) };
    return w;
  }
  const stats = { days: 2, papers: 11, parseMs: 1, buildMs: 2, bytes: 3, kind: 'build' as const };

  test('a search link waits for the index, is asked once it is ready, and only the newest answer lands', async () => {
    const w = manualWorker();
    const { history } = setup({ url: { date: '2023-11-23', q: '확산' }, worker: w, idle: false });
    // the index is started at once for a search link, not after the day
    await waitFor(() => expect(w.posted.some((m) => m.type === 'commit')).toBe(true));
    expect(w.posted.filter((m) => m.type === 'search')).toEqual([]);
    expect(screen.getByRole('status').textContent).toBe(ko.searching);
    w.reply({ type: 'ready', generation: 1, stats, counts: [['2023-11-23', 9]] });
    await waitFor(() => expect(w.posted.filter((m) => m.type === 'search')).toHaveLength(1));
    fireEvent.input(searchBox(), { target: { value: '확산 모델' } });
    await waitFor(() => expect(w.posted.filter((m) => m.type === 'search')).toHaveLength(2));
    const [first, second] = w.posted.filter((m): m is Extract<ToWorker, { type: 'search' }> => m.type === 'search');
    expect(second).toMatchObject({ query: '확산 모델', limit: 50, lang: 'ko' });
    const result = (id: string) => ({ date: '2023-11-23', id, title: `T ${id}`, authors: [], score: 1, field: 'ko' as const, fields: ['ko' as const], snippet: { field: 'ko' as const, text: '확산 모델을', highlights: [[0, 2]] as [number, number][] } });
    w.reply({ type: 'results', seq: second!.seq, response: { terms: ['확산', '모델'], total: 1, results: [result('2311.00002')] }, ms: 0.4 });
    // the older answer arrives late and is ignored
    w.reply({ type: 'results', seq: first!.seq, response: { terms: ['확산'], total: 1, results: [result('2311.00001')] }, ms: 0.3 });
    await waitFor(() => expect(document.querySelector('li.rd-result')?.getAttribute('data-id')).toBe('2311.00002'));
    expect(document.querySelectorAll('li.rd-result')).toHaveLength(1);
    expect(history.entries.at(-1)).toContain('q=');
  });

  test('a failed index says so where the results would be', async () => {
    const w = manualWorker();
    setup({ url: { q: '확산' }, worker: w, idle: false });
    await waitFor(() => expect(w.posted.some((m) => m.type === 'commit')).toBe(true));
    w.reply({ type: 'failed', generation: 1, message: 'out of memory' });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('out of memory'));
    expect(screen.getByRole('status').textContent).toBe(ko.indexFailed);
  });
});

describe('language', () => {
  test('follows the switch live, and the snippet prefers the reader’s language', async () => {
    const { pref } = setup({ url: { date: '2023-11-24', q: '확산' }, repo: fakeRepository([votedDay()]) });
    await waitFor(() => expect(document.querySelectorAll('li.rd-result').length).toBe(2));
    expect(document.querySelector('li[data-id="2311.20002"] .rd-snippet')?.getAttribute('lang')).toBe('ko');
    act(() => pref.external('en'));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(en.readerTitle));
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe(en.readerTitle);
    expect(screen.getByRole('searchbox').getAttribute('placeholder')).toBe(en.searchAllPlaceholder);
    // `확산` only occurs in Korean: the snippet stays Korean, labelled as such
    await waitFor(() => expect(document.querySelector('li[data-id="2311.20002"] .rd-where')?.textContent).toBe(`${en.matchedIn.ko}: `));
  });

  test('the switch in the page stores the choice', async () => {
    const { pref } = setup({ url: { date: '2023-11-24' } });
    await dayShown(2);
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(pref.set).toHaveBeenCalledWith('en');
    // The paper with the reader's own English shows it.
    await waitFor(() => expect(articles()[1]!.querySelector('.dp-bullets')?.getAttribute('lang')).toBe('en'));
  });
});

describe('English', () => {
  const noEn = () =>
    daySchema.parse({
      date: '2024-12-06',
      title: 'D',
      papers: [1, 2, 3].map((i) => ({ id: `2412.0000${i}`, title: `P${i}`, authors: ['A'], summary: { ko: { bullets: [['요약']], translated: false } } })),
    });

  test('no translator for a day without English: the Korean, and the reason said once for the day, not under every paper', async () => {
    setup({ repo: fakeRepository([noEn()]), url: { date: '2024-12-06' }, lang: 'en', englishDeps: answeringEnglishDeps({ state: 'unavailable', reason: 'no-api' }) });
    await dayShown(3);
    await waitFor(() => expect(screen.getAllByText(englishT('en').noApi)).toHaveLength(1));
    for (const a of articles()) expect(a.querySelector('ul.dp-bullets')?.getAttribute('lang')).toBe('ko');
  });

  test('a day with English for some papers: theirs, labelled; the others in Korean while theirs is asked for', async () => {
    setup({ url: { date: '2023-11-24' }, lang: 'en', englishDeps: answeringEnglishDeps({ state: 'translating', done: 0, total: 1 }) });
    await dayShown(2);
    // Digest order: the first has no English, the second has the reader's own.
    const [without, withEn] = articles();
    expect(withEn!.querySelector('ul.dp-bullets')?.getAttribute('lang')).toBe('en');
    expect(withEn!.querySelector('.dp-translated')?.textContent).toBe(`${en.yoursNote} ${en.showKorean}`);
    expect(without!.querySelector('ul.dp-bullets')?.getAttribute('lang')).toBe('ko');
    await waitFor(() => expect(document.querySelector('.rd-notice.dp-english-status')?.textContent).toBe(englishT('en').translating(0, 1)));
  });

  test('English stored on this device is shown for the day; "Show Korean" per paper', async () => {
    fakeBrowser.reset();
    const day = noEn();
    const p = day.papers[1]!;
    await fakeBrowser.storage.local.set(storedDeviceEnglish(p, 'Stored English.', day.date));
    setup({ repo: fakeRepository([day]), url: { date: '2024-12-06' }, lang: 'en' });
    await dayShown(3);
    await waitFor(() => expect(articles()[1]!.querySelector('ul.dp-bullets')?.textContent).toBe('Stored English.'));
    fireEvent.click(within(articles()[1]!).getByRole('button', { name: en.showKorean }));
    expect(articles()[1]!.querySelector('ul.dp-bullets')?.getAttribute('lang')).toBe('ko');
    fakeBrowser.reset();
  });
});

