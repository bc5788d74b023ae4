// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Day } from '../../../src/digest/schema';
import { t } from '../../../src/i18n/strings';
import { bulletText } from '../../../src/model/bullet-parts';
import type { Lang } from '../../../src/prefs/schema';
import { resolveStart } from '../../../src/model/popup-start';
import { PopupApp } from '../../../src/popup/PopupApp';
import { fakePref, fakeRepository, loadRealDay, storedDeviceEnglish, syntheticDay, type FakePref, type FakeRepository } from '../helpers';
import { englishT } from '../../../src/i18n/english-strings';
import type { EnglishDeps } from '../../../src/pages/use-english';
import { answeringEnglishDeps, fakeEnglishDeps } from '../pages/fake-english';
import { withTestEnglish } from '../search/test-days';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../../src/background/main';
import { createRepository } from '../../../src/packaged/repository';
import { remoteRepository, remoteStart } from '../../../src/pages/remote-repository';
import { popupData } from '../../../src/popup/popup-data';
import { compileSeed } from '../digest/seed';
import { standInTranslator } from '../translate/stand-in';

const ko = t('ko');
const en = t('en');

let real: Day;
let older: Day;
let newer: Day;

/**
 * The real day with English a reader could have imported (text written for the tests, see `testEnglish`);
 * GAIA's last point mentions a leaderboard, in English only, and Diffusion360's has a translator's note.
 */
function realWithEnglish(): Day {
  const day = withTestEnglish(loadRealDay());
  const gaia = day.papers.find((p) => p.id === '2311.12983')!.summary.en!;
  gaia.bullets[4] = ['They provide a leaderboard at ', { url: 'https://huggingface.co/gaia-benchmark' }];
  day.papers.find((p) => p.id === '2311.13141')!.summary.en!.note = 'Bullet 2: 이산화 is read as "discretised".';
  return day;
}

function days(): Day[] {
  real = realWithEnglish();
  older = syntheticDay('2023-11-22', [
    { id: '2311.12001', title: 'Older Paper One' },
    { id: '2311.12002', title: 'Older Paper Two', english: false },
  ]);
  newer = syntheticDay('2023-11-24', [
    { id: '2311.14001', title: 'Newer Paper One', authors: ['A One', 'B Two', 'C Three', 'D Four', 'E Five'] },
    { id: '2311.14002', title: 'Newer Paper Two' },
    { id: '2311.14003', title: 'Newer Paper Three' },
  ]);
  return [older, real, newer];
}

interface Setup {
  url?: string;
  lang?: Lang;
  repo?: FakeRepository;
  readerUrl?: (date: string) => string;
  englishDeps?: EnglishDeps;
}

function setup({ url, lang = 'en', repo = fakeRepository(days()), readerUrl, englishDeps = fakeEnglishDeps() }: Setup = {}) {
  const pref: FakePref<Lang> = fakePref(lang);
  const openUrl = vi.fn<(url: string, inTargetTab: boolean) => void>();
  const tabUrl = vi.fn(async () => url);
  // The background's answer, computed here by the same function over the fake repository.
  const loadStart = () => tabUrl().then((u) => resolveStart(repo, u));
  const openOptions = vi.fn<() => void>();
  const view = render(<PopupApp repo={repo} loadStart={loadStart} lang={pref} initialLang={lang} openUrl={openUrl} openOptions={openOptions} readerUrl={readerUrl} englishDeps={englishDeps} />);
  return { ...view, repo, pref, openUrl, openOptions, tabUrl };
}

const heading = () => screen.getByRole('heading', { level: 1 });
/** The day shown: the date input is the popup's one display of the date. */
const shownDate = () => document.querySelector<HTMLInputElement>('input.pp-date')?.value;
const titles = () => [...document.querySelectorAll<HTMLAnchorElement>('a.pp-title')];
const titleTexts = () => titles().map((a) => a.textContent);
const item = (id: string) => {
  const li = document.querySelector<HTMLLIElement>(`li.pp-item[data-id="${id}"]`);
  if (!li) throw new Error(`no item ${id}`);
  return li;
};
/** Waits until the list of `date` is shown. */
async function ready(date: string) {
  await waitFor(() => {
    expect(shownDate()).toBe(date);
    expect(titles().length).toBeGreaterThan(0);
  });
}
function search(value: string) {
  fireEvent.input(screen.getByRole('searchbox'), { target: { value } });
}
/**
 * Clicks like a user and reports whether the app took over (preventDefault). A window listener, which
 * runs after the app's own handler, then stops happy-dom from following the link.
 */
function click(el: Element, init: MouseEventInit = {}): { prevented: boolean } {
  const out = { prevented: false };
  const stop = (e: Event) => {
    out.prevented = e.defaultPrevented;
    e.preventDefault();
  };
  window.addEventListener('click', stop);
  fireEvent.click(el, init);
  window.removeEventListener('click', stop);
  return out;
}

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

afterEach(() => {
  cleanup();
});

describe('first paint', () => {
  test('with the opening view given, the first render already lists the papers and nothing is asked again', async () => {
    const repo = fakeRepository(days());
    const start = await resolveStart(repo, 'https://arxiv.org/abs/2311.13231');
    const loadStart = vi.fn(async () => start);
    render(<PopupApp repo={repo} loadStart={loadStart} lang={fakePref<Lang>('en')} initialLang="en" initialStart={start} openUrl={vi.fn()} openOptions={vi.fn()} englishDeps={fakeEnglishDeps()} />);
    expect(titles()).toHaveLength(9);
    expect(document.querySelector('li.pp-item[aria-current="true"]')?.getAttribute('data-id')).toBe('2311.13231');
    await Promise.resolve();
    expect(loadStart).not.toHaveBeenCalled();
  });
});

describe('start day', () => {
  test('the arXiv tab opens its paper’s day with the paper highlighted', async () => {
    setup({ url: 'https://arxiv.org/abs/2311.13231' });
    await ready('2023-11-23');

    expect(heading().textContent).toBe('Daily Papers · 9 papers');
    expect(titleTexts()).toEqual(real.papers.map((p) => p.title));
    expect(titleTexts()).toHaveLength(9);

    const current = document.querySelectorAll('[aria-current]');
    expect(current).toHaveLength(1);
    expect(current[0]).toBe(item('2311.13231'));
    expect(item('2311.13231').getAttribute('aria-current')).toBe('true');
    expect(within(item('2311.13231')).getByText(en.currentPaper)).toBeTruthy();
    expect(within(item('2311.13231')).getByRole('link', { name: /^Using Human Feedback/ }).getAttribute('href')).toBe(
      'https://arxiv.org/abs/2311.13231',
    );
    expect(screen.queryByText(en.notArxiv)).toBeNull();
  });

  test('Korean count text', async () => {
    setup({ url: 'https://arxiv.org/abs/2311.13231', lang: 'ko' });
    await ready('2023-11-23');
    expect(heading().textContent).toBe('Daily Papers · 논문 9편');
    expect(document.querySelector('.pp')?.getAttribute('lang')).toBe('ko');
  });

  test('a versioned PDF URL highlights its paper', async () => {
    const { repo } = setup({ url: 'https://arxiv.org/pdf/2311.13600v2' });
    await ready('2023-11-23');
    expect(item('2311.13600').getAttribute('aria-current')).toBe('true');
    expect(document.querySelectorAll('[aria-current="true"]')).toHaveLength(1);
    expect(repo.calls.dateOf).toEqual([['2311.13600']]);
  });

  test.each([['https://example.com/some/page'], [undefined]])('a non-arXiv tab (%s) shows the newest day with a notice', async (url) => {
    setup({ url });
    await ready('2023-11-24');
    expect(heading().textContent).toBe('Daily Papers · 3 papers');
    expect(screen.getByText(en.notArxiv).getAttribute('role')).toBe('status');
    expect(titleTexts()).toEqual(['Newer Paper One', 'Newer Paper Two', 'Newer Paper Three']);
    expect(document.querySelector('[aria-current]')).toBeNull();
  });

  test('an arXiv paper outside the dataset shows the newest day with a notice', async () => {
    setup({ url: 'https://arxiv.org/abs/2401.00001' });
    await ready('2023-11-24');
    expect(screen.getByText(en.notInDataset('2401.00001'))).toBeTruthy();
    expect(en.notInDataset('2401.00001')).toContain('not in the digests');
    expect(screen.queryByText(en.notArxiv)).toBeNull();
    expect(document.querySelector('[aria-current]')).toBeNull();
  });

  test('an empty dataset says so', async () => {
    setup({ repo: fakeRepository([]) });
    expect(await screen.findByText(en.emptyDataset)).toBeTruthy();
    expect(titles()).toHaveLength(0);
  });
});

describe('items', () => {
  test('only the first bullet until "Show full summary" is clicked', async () => {
    setup({ url: 'https://arxiv.org/abs/2311.13231' });
    await ready('2023-11-23');
    const li = item('2311.13231');
    const d3po = real.papers.find((p) => p.id === '2311.13231')!;
    const bullets = () => [...li.querySelectorAll('ul.dp-bullets > li')].map((x) => x.textContent);
    const en1 = d3po.summary.en!.bullets;

    expect(bullets()).toEqual([en1[0]!.join('')]);
    expect(li.querySelector('ul.dp-bullets')?.getAttribute('lang')).toBe('en');
    const btn = within(li).getByRole('button', { name: `${en.showAll} (7)` });
    expect(btn.getAttribute('aria-expanded')).toBe('false');
    expect(li.querySelector(`#${btn.getAttribute('aria-controls')}`)).not.toBeNull();
    // The translation is marked as such even while collapsed: notes go wherever the English goes.
    expect(li.querySelector('.pp-translated')?.textContent).toBe(`${en.yoursNote} ${en.showKorean}`);

    fireEvent.click(btn);
    expect(btn.getAttribute('aria-expanded')).toBe('true');
    expect(btn.textContent).toBe(en.showLess);
    expect(bullets()).toEqual(en1.map((b) => b.join('')));
    expect(bullets()).toHaveLength(7);
    expect(li.querySelector('.pp-translated')?.textContent).toBe(`${en.yoursNote} ${en.showKorean}`);
    // Other items stay short.
    expect(item('2311.12983').querySelectorAll('ul.dp-bullets > li')).toHaveLength(1);

    fireEvent.click(btn);
    expect(btn.getAttribute('aria-expanded')).toBe('false');
    expect(bullets()).toHaveLength(1);
  });

  test('a paper without English, and no translator anywhere: its Korean, and one plain sentence above the list', async () => {
    setup({ englishDeps: answeringEnglishDeps({ state: 'unavailable', reason: 'no-api' }) });
    await ready('2023-11-24');
    fireEvent.change(screen.getByLabelText(en.jumpToDay), { target: { value: '2023-11-22' } });
    await ready('2023-11-22');
    const li = item('2311.12002');
    expect(li.querySelector('ul.dp-bullets')?.getAttribute('lang')).toBe('ko');
    expect(li.querySelector('ul.dp-bullets')?.textContent).toBe('Older Paper Two 요약 첫 줄.');
    await waitFor(() => expect(document.querySelector('.pp-notice.dp-english-status')?.textContent).toBe(englishT('en').noApi));
    expect(document.querySelectorAll('.dp-english-status')).toHaveLength(1);
    // The paper with English shows it, and nothing about a translator.
    expect(item('2311.12001').querySelector('ul.dp-bullets')?.getAttribute('lang')).toBe('en');
  });

  test('long author lists are shortened with "et al.", full list in the title, click expands', async () => {
    setup({ url: 'https://arxiv.org/abs/2311.12983' });
    await ready('2023-11-23');
    const full = 'Grégoire Mialon, Clémentine Fourrier, Craig Swift, Thomas Wolf, Yann LeCun, Thomas Scialom';
    const authors = item('2311.12983').querySelector<HTMLElement>('.pp-authors')!;
    expect(authors.getAttribute('title')).toBe(full);
    const more = within(authors).getByRole('button');
    expect(more.textContent).toBe('et al. (+3)');
    expect(authors.textContent).toBe('Grégoire Mialon, Clémentine Fourrier, Craig Swift et al. (+3)');
    expect(authors.textContent).not.toContain('Yann LeCun');

    fireEvent.click(more);
    expect(authors.textContent).toBe(full);
    expect(within(authors).queryByRole('button')).toBeNull();

    // Four authors are short enough to be listed in full.
    const four = item('2311.13141').querySelector<HTMLElement>('.pp-authors')!;
    expect(four.textContent).toBe('Mengyang Feng, Jinlin Liu, Miaomiao Cui, Xuansong Xie');
    expect(within(four).queryByRole('button')).toBeNull();
  });
});

describe('search', () => {
  test.each([
    ['LoRA', ['ZipLoRA: Any Subject in Any Style by Effectively Merging LoRAs']],
    ['파노라마', ['Diffusion360: Seamless 360 Degree Panoramic Image Generation based on Diffusion Models']],
    ['LeCun', ['GAIA: a benchmark for General AI Assistants']],
    ['2311.13435', ['PG-Video-LLaVA: Pixel Grounding Large Video-Language Models']],
    ['leaderboard', ['GAIA: a benchmark for General AI Assistants']],
  ])('"%s" finds %j', async (query, expected) => {
    setup({ url: 'https://arxiv.org/abs/2311.13231' });
    await ready('2023-11-23');
    search(query);
    await waitFor(() => expect(titleTexts()).toEqual(expected));
  });

  test('"leaderboard" occurs only in the English translation, and is found in Korean mode too', async () => {
    const gaia = realWithEnglish().papers.find((p) => p.id === '2311.12983')!;
    expect(gaia.summary.en!.bullets.flat().join(' ')).toContain('leaderboard');
    expect(JSON.stringify(gaia.summary.ko)).not.toMatch(/leaderboard/i);
    setup({ url: 'https://arxiv.org/abs/2311.13231', lang: 'ko' });
    await ready('2023-11-23');
    search('leaderboard');
    await waitFor(() => expect(titleTexts()).toEqual(['GAIA: a benchmark for General AI Assistants']));
  });

  test('no match shows the empty-result message; clearing restores the list', async () => {
    setup({ url: 'https://arxiv.org/abs/2311.13231' });
    await ready('2023-11-23');
    search('zzzz');
    await waitFor(() => expect(screen.getByText(en.noResults('zzzz'))).toBeTruthy());
    expect(titles()).toHaveLength(0);
    expect(screen.getByText(en.noResults('zzzz')).getAttribute('role')).toBe('status');

    search('');
    await waitFor(() => expect(titles()).toHaveLength(9));
  });

  test('the header counts the matches of the day: "5 of 9"', async () => {
    setup({ url: 'https://arxiv.org/abs/2311.13231', lang: 'ko' });
    await ready('2023-11-23');
    expect(heading().textContent).toBe('Daily Papers · 논문 9편');
    search('diffusion');
    await waitFor(() => expect(titles().length).toBeLessThan(9));
    const n = titles().length;
    expect(heading().textContent).toBe(`Daily Papers · ${ko.matchCount(n, 9)}`);
    expect(ko.matchCount(5, 9)).toBe('논문 9편 중 5편');
    expect(en.matchCount(5, 9)).toBe('5 of 9 papers');
    search('  ');
    await waitFor(() => expect(heading().textContent).toBe('Daily Papers · 논문 9편'));
  });

  test('a match in a collapsed bullet is shown instead of the first bullet', async () => {
    setup({ url: 'https://arxiv.org/abs/2311.13231', lang: 'ko' });
    await ready('2023-11-23');
    const gaia = loadRealDay().papers.find((p) => p.id === '2311.12983')!;
    const last = bulletText(gaia.summary.ko.bullets.at(-1)!);
    // "466개의 질문" is only in GAIA's fifth bullet
    search('466개');
    await waitFor(() => expect(titleTexts()).toEqual(['GAIA: a benchmark for General AI Assistants']));
    expect([...item('2311.12983').querySelectorAll('ul.dp-bullets > li')].map((x) => x.textContent)).toEqual([last]);
  });

  test('a match only in the other language says so', async () => {
    setup({ url: 'https://arxiv.org/abs/2311.13231', lang: 'ko' });
    await ready('2023-11-23');
    search('leaderboard');
    await waitFor(() => expect(titleTexts()).toEqual(['GAIA: a benchmark for General AI Assistants']));
    expect(item('2311.12983').querySelector('.pp-match-note')?.textContent).toBe(ko.otherLangMatch);
    search('GAIA');
    await waitFor(() => expect(item('2311.12983').querySelector('.pp-match-note')).toBeNull());
  });

  test('the placeholder says the search covers the day shown', () => {
    expect(en.searchPlaceholder).toMatch(/this day/);
    expect(ko.searchPlaceholder).toMatch(/이 날짜/);
  });
});

describe('translator notes', () => {
  test("a translation's note is shown with its English in the popup, collapsed too", async () => {
    setup({ url: 'https://arxiv.org/abs/2311.13141', lang: 'en' });
    await ready('2023-11-23');
    const note = item('2311.13141').querySelector('.pp-translated')?.textContent ?? '';
    expect(note).toBe(`${en.yoursNote} ${en.translatorNote}: Bullet 2: 이산화 is read as "discretised". ${en.showKorean}`);
    expect(item('2311.13141').querySelector('ul.dp-bullets > li')?.textContent).toMatch(/^The English test text for “Diffusion360/);
  });
});

describe('day navigation', () => {
  test('prev/next buttons follow the dates and are disabled at the ends', async () => {
    const { repo } = setup();
    await ready('2023-11-24');
    const prev = screen.getByRole('button', { name: en.prevDay }) as HTMLButtonElement;
    const next = screen.getByRole('button', { name: en.nextDay }) as HTMLButtonElement;
    expect(next.disabled).toBe(true);
    expect(prev.disabled).toBe(false);

    fireEvent.click(prev);
    await ready('2023-11-23');
    expect(titles()).toHaveLength(9);
    expect(heading().textContent).toContain('9 papers');
    expect(repo.calls.day.at(-1)).toEqual(['2023-11-23']);
    expect(prev.disabled).toBe(false);
    expect(next.disabled).toBe(false);

    fireEvent.click(prev);
    await ready('2023-11-22');
    expect(titleTexts()).toEqual(['Older Paper One', 'Older Paper Two']);
    expect(prev.disabled).toBe(true);
    expect(next.disabled).toBe(false);

    fireEvent.click(next);
    await ready('2023-11-23');
  });

  /** Holds every load of `date` until the returned function is called. */
  function holdDay(repo: FakeRepository, date: string): () => void {
    const day = repo.day.bind(repo);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    repo.day = async (d) => {
      if (d === date) await gate;
      return day(d);
    };
    return release;
  }

  test('a slow earlier day load does not replace a later choice', async () => {
    const repo = fakeRepository(days());
    const release = holdDay(repo, '2023-11-22');
    setup({ repo });
    await ready('2023-11-24');
    const select = screen.getByLabelText(en.jumpToDay);
    fireEvent.change(select, { target: { value: '2023-11-22' } });
    fireEvent.change(select, { target: { value: '2023-11-23' } });
    await ready('2023-11-23');
    release();
    await new Promise((r) => setTimeout(r, 20));
    expect(shownDate()).toBe('2023-11-23');
  });

  test('prev/next step from the day last asked for, while the day shown is still loading', async () => {
    const repo = fakeRepository(days());
    const release = holdDay(repo, '2023-11-23');
    setup({ repo });
    await ready('2023-11-24');
    const prev = screen.getByRole('button', { name: en.prevDay });
    fireEvent.click(prev); // 2023-11-23, still loading
    await waitFor(() => expect(shownDate()).toBe('2023-11-23'));
    fireEvent.click(prev); // from the day asked for: 2023-11-22, not 2023-11-23 again
    expect(repo.calls.day.at(-1)).toEqual(['2023-11-22']);
    await ready('2023-11-22');
    release();
    await new Promise((r) => setTimeout(r, 20));
    expect(shownDate()).toBe('2023-11-22');
    expect(titleTexts()).toEqual(['Older Paper One', 'Older Paper Two']);
  });

  test('the date input is bounded by the dataset and jumps to the chosen day, or the closest earlier one', async () => {
    setup();
    await ready('2023-11-24');
    const input = screen.getByLabelText(en.jumpToDay) as HTMLInputElement;
    expect([input.type, input.min, input.max, input.value]).toEqual(['date', '2023-11-22', '2023-11-24', '2023-11-24']);

    fireEvent.change(input, { target: { value: '2023-11-22' } });
    await ready('2023-11-22');
    expect(input.value).toBe('2023-11-22');
    expect((screen.getByRole('button', { name: en.prevDay }) as HTMLButtonElement).disabled).toBe(true);

    // no digest on 2023-11-30: the newest day before it
    fireEvent.change(input, { target: { value: '2023-11-30' } });
    await ready('2023-11-24');
    // before the first day: the first day
    fireEvent.change(input, { target: { value: '2020-01-01' } });
    await ready('2023-11-22');
  });

  test('a failing day load shows the error', async () => {
    const { repo } = setup();
    await ready('2023-11-24');
    repo.failNext('day', new Error('day file damaged'));
    fireEvent.click(screen.getByRole('button', { name: en.prevDay }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('day file damaged');
  });
});

describe('language', () => {
  test('the toggle saves the language and switches the UI strings', async () => {
    const { pref } = setup({ url: 'https://arxiv.org/abs/2311.13231', lang: 'ko' });
    await ready('2023-11-23');
    const input = screen.getByRole('searchbox') as HTMLInputElement;
    expect(input.placeholder).toBe(ko.searchPlaceholder);
    expect(item('2311.13231').querySelector('ul.dp-bullets')?.getAttribute('lang')).toBe('ko');

    fireEvent.click(screen.getByRole('button', { name: 'English' }));

    expect(pref.set).toHaveBeenCalledTimes(1);
    expect(pref.set).toHaveBeenCalledWith('en');
    await waitFor(() => expect(input.placeholder).toBe(en.searchPlaceholder));
    expect(heading().textContent).toBe('Daily Papers · 9 papers');
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    expect(item('2311.13231').querySelector('ul.dp-bullets')?.getAttribute('lang')).toBe('en');
    expect(document.querySelector('.pp')?.getAttribute('lang')).toBe('en');
  });

  test('a change from another tab re-renders; unmounting unwatches', async () => {
    const { pref, unmount } = setup({ url: 'https://arxiv.org/abs/2311.13231', lang: 'en' });
    await ready('2023-11-23');
    expect(pref.watchers).toBe(1);

    pref.external('ko');

    await waitFor(() => expect(heading().textContent).toBe('Daily Papers · 논문 9편'));
    expect((screen.getByRole('searchbox') as HTMLInputElement).placeholder).toBe(ko.searchPlaceholder);
    expect(screen.getByRole('button', { name: '한국어' }).getAttribute('aria-pressed')).toBe('true');
    expect(pref.set).not.toHaveBeenCalled();

    unmount();
    expect(pref.watchers).toBe(0);
  });
});

describe('opening a paper', () => {
  test('on an arXiv tab a title click opens the abs page in that tab', async () => {
    const { openUrl } = setup({ url: 'https://arxiv.org/abs/2311.13231' });
    await ready('2023-11-23');
    const r = click(within(item('2311.13600')).getByRole('link', { name: /^ZipLoRA/ }));
    expect(openUrl).toHaveBeenCalledTimes(1);
    expect(openUrl).toHaveBeenCalledWith('https://arxiv.org/abs/2311.13600', true);
    expect(r.prevented).toBe(true);
  });

  test('on another tab it opens a new tab', async () => {
    const { openUrl } = setup({ url: 'https://example.com/' });
    await ready('2023-11-24');
    click(within(item('2311.14002')).getByRole('link', { name: 'Newer Paper Two' }));
    expect(openUrl).toHaveBeenCalledWith('https://arxiv.org/abs/2311.14002', false);
  });

  test.each([[{ ctrlKey: true }], [{ metaKey: true }], [{ shiftKey: true }]])('a modified click %j is left to the browser', async (mods) => {
    const { openUrl } = setup({ url: 'https://arxiv.org/abs/2311.13231' });
    await ready('2023-11-23');
    const r = click(within(item('2311.13600')).getByRole('link', { name: /^ZipLoRA/ }), mods);
    expect(openUrl).not.toHaveBeenCalled();
    expect(r.prevented).toBe(false);
  });
});

describe('options page', () => {
  test('"Manage days" opens it, in either language, whatever the popup shows', async () => {
    const { openOptions, pref } = setup({ url: 'https://arxiv.org/abs/2311.13231' });
    await ready('2023-11-23');
    fireEvent.click(screen.getByRole('button', { name: en.manageDays }));
    expect(openOptions).toHaveBeenCalledTimes(1);
    pref.external('ko');
    fireEvent.click(await screen.findByRole('button', { name: ko.manageDays }));
    expect(openOptions).toHaveBeenCalledTimes(2);
  });

  test('it is there when loading failed too', async () => {
    const repo = fakeRepository(days());
    repo.failNext('dateOf', new Error('background gone'), Infinity);
    const { openOptions } = setup({ url: 'https://arxiv.org/abs/2311.13231', repo });
    await screen.findByRole('alert');
    fireEvent.click(screen.getByRole('button', { name: en.manageDays }));
    expect(openOptions).toHaveBeenCalledTimes(1);
  });
});

describe('the reader page', () => {
  test('"Open the whole day" links the reader at the day shown, and opens it in a new tab', async () => {
    const { openUrl } = setup({ url: 'https://arxiv.org/abs/2311.13231', readerUrl: (date) => `chrome-extension://id/reader.html?date=${date}` });
    await ready('2023-11-23');
    const link = screen.getByRole('link', { name: en.openWholeDay });
    expect(link.getAttribute('href')).toBe('chrome-extension://id/reader.html?date=2023-11-23');
    fireEvent.click(screen.getByRole('button', { name: en.nextDay }));
    await ready('2023-11-24');
    expect(screen.getByRole('link', { name: en.openWholeDay }).getAttribute('href')).toBe('chrome-extension://id/reader.html?date=2023-11-24');
    expect(click(screen.getByRole('link', { name: en.openWholeDay })).prevented).toBe(true);
    expect(openUrl).toHaveBeenCalledWith('chrome-extension://id/reader.html?date=2023-11-24', false);
  });

  test('no link without a reader', async () => {
    setup({ url: 'https://arxiv.org/abs/2311.13231' });
    await ready('2023-11-23');
    expect(screen.queryByRole('link', { name: en.openWholeDay })).toBeNull();
  });
});

describe('load failure', () => {
  test('shows an alert with the message and retries', async () => {
    const repo = fakeRepository(days());
    repo.failNext('dates', new Error('network down'));
    const { tabUrl } = setup({ url: 'https://arxiv.org/abs/2311.13231', repo });

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(en.loadFailed);
    expect(alert.textContent).toContain('network down');
    expect(titles()).toHaveLength(0);
    expect(console.error).toHaveBeenCalled();

    fireEvent.click(within(alert).getByRole('button', { name: en.retry }));

    await ready('2023-11-23');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(titles()).toHaveLength(9);
    expect(item('2311.13231').getAttribute('aria-current')).toBe('true');
    expect(repo.calls.dates).toHaveLength(2);
    expect(tabUrl).toHaveBeenCalledTimes(2);
  });

  test('a failure that persists keeps the alert after a retry', async () => {
    const repo = fakeRepository(days());
    repo.failNext('dates', new Error('still down'), Infinity);
    setup({ repo });
    fireEvent.click(within(await screen.findByRole('alert')).getByRole('button', { name: en.retry }));
    await waitFor(() => expect(repo.calls.dates).toHaveLength(2));
    expect((await screen.findByRole('alert')).textContent).toContain('still down');
  });
});

describe('keyboard', () => {
  test('ArrowDown / ArrowUp / End / Home move focus between titles', async () => {
    setup({ url: 'https://arxiv.org/abs/2311.13231' });
    await ready('2023-11-23');
    const links = titles();
    expect(links).toHaveLength(9);

    links[0]!.focus();
    expect(document.activeElement).toBe(links[0]);

    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(links[1]);

    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(links[0]);

    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(links[0]);

    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement).toBe(links[8]);

    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(links[8]);

    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(document.activeElement).toBe(links[0]);
  });

  test('from a button inside an item, ArrowDown goes to the next title; other keys are left alone', async () => {
    setup({ url: 'https://arxiv.org/abs/2311.13231' });
    await ready('2023-11-23');
    const links = titles();
    const toggle = within(item('2311.12983')).getByRole('button', { name: `${en.showAll} (5)` });
    toggle.focus();
    fireEvent.keyDown(toggle, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(links[1]);

    const notHandled = fireEvent.keyDown(links[1]!, { key: 'a' });
    expect(notHandled).toBe(true);
    expect(document.activeElement).toBe(links[1]);
    const handled = fireEvent.keyDown(links[1]!, { key: 'ArrowDown' });
    expect(handled).toBe(false); // default (page scroll) prevented
  });
});

describe('copy and cite', () => {
  test('each entry copies its own Markdown (in the language shown, with the day) and BibTeX, and says so', async () => {
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    const { pref } = setup({ url: 'https://arxiv.org/abs/2311.13231', lang: 'ko' });
    await ready('2023-11-23');
    const zip = within(item('2311.13600'));
    fireEvent.click(zip.getByRole('button', { name: ko.copyName }));
    await waitFor(() => expect(zip.getByRole('status').textContent).toBe(ko.copied));
    const md = writeText.mock.calls[0]![0];
    expect(md.split('\n')[0]).toBe('[ZipLoRA: Any Subject in Any Style by Effectively Merging LoRAs](https://arxiv.org/abs/2311.13600)');
    expect(md).toContain('- 프로젝트 페이지(<https://ziplora.github.io>)에서');
    expect(md).toContain('(2023-11-23)');
    // Only the entry that was used confirms.
    expect(within(item('2311.12983')).getByRole('status').textContent).toBe('');

    pref.external('en');
    await waitFor(() => expect(zip.getByRole('button', { name: en.bibtexName })).toBeTruthy());
    fireEvent.click(zip.getByRole('button', { name: en.bibtexName }));
    await waitFor(() => expect(zip.getByRole('status').textContent).toBe(en.bibtexCopied));
    expect(writeText.mock.calls[1]![0]).toMatch(/^@misc\{shah2023ziplora,\n  title = \{\{ZipLoRA\}: Any Subject in Any Style by Effectively Merging \{LoRAs\}\},/);
    fireEvent.click(zip.getByRole('button', { name: en.copyName }));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(3));
    expect(writeText.mock.calls[2]![0]).toContain('- The English test text for “ZipLoRA');
  });

  test('a refused clipboard says so in the entry', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    setup({ url: 'https://arxiv.org/abs/2311.13231' });
    await ready('2023-11-23');
    const gaia = within(item('2311.12983'));
    fireEvent.click(gaia.getByRole('button', { name: en.copyName }));
    await waitFor(() => expect(gaia.getByRole('status').textContent).toBe(en.copyFailed));
  });
});

describe('English made on this device', () => {
  const g = globalThis as { Translator?: unknown };
  afterEach(() => {
    delete g.Translator;
    fakeBrowser.reset();
  });

  test('stored English is shown at once, labelled as made here; one click shows the Korean', async () => {
    fakeBrowser.reset();
    const day = loadRealDay();
    const gaia = day.papers.find((p) => p.id === '2311.12983')!;
    await fakeBrowser.storage.local.set(storedDeviceEnglish(gaia, 'Stored English of GAIA.', day.date));
    setup({ url: 'https://arxiv.org/abs/2311.12983', repo: fakeRepository([day]) });
    await ready('2023-11-23');
    const li = item('2311.12983');
    await waitFor(() => expect(li.querySelector('ul.dp-bullets')?.textContent).toBe('Stored English of GAIA.'));
    expect(li.querySelector('.pp-translated')?.textContent).toBe(`${en.deviceNote} ${en.showKorean}`);
    fireEvent.click(within(li).getByRole('button', { name: en.showKorean }));
    expect(li.querySelector('ul.dp-bullets')?.getAttribute('lang')).toBe('ko');
    expect(item('2311.13600').querySelector('ul.dp-bullets')?.getAttribute('lang')).toBe('ko');
  });

  test('the background stopped: the day read from the package, with the English stored here, and no message sent', async () => {
    fakeBrowser.reset();
    const files = compileSeed().files;
    const day = loadRealDay();
    const gaia = day.papers.find((p) => p.id === '2311.12983')!;
    await fakeBrowser.storage.local.set(storedDeviceEnglish(gaia, 'Stored English of GAIA.', day.date));
    const send = vi.fn(() => Promise.reject(new Error('the background is asleep')));
    const data = popupData({
      packaged: createRepository(async (p) => (files.has(p) ? JSON.parse(files.get(p)!) : undefined)),
      remote: remoteRepository(send),
      remoteStart: () => remoteStart(send, {}),
      tabUrl: async () => 'https://arxiv.org/abs/2311.12983',
      storage: fakeBrowser.storage.local,
      backgroundRunning: async () => false,
    });
    render(<PopupApp repo={data.repo} loadStart={data.loadStart} lang={fakePref<Lang>('en')} initialLang="en" openUrl={vi.fn()} openOptions={vi.fn()} englishDeps={fakeEnglishDeps()} />);
    await ready('2023-11-23');
    const li = item('2311.12983');
    expect(li.getAttribute('aria-current')).toBe('true');
    await waitFor(() => expect(li.querySelector('ul.dp-bullets')?.textContent).toBe('Stored English of GAIA.'));
    expect(li.querySelector('.pp-translated')?.textContent).toBe(`${en.deviceNote} ${en.showKorean}`);
    expect(send).not.toHaveBeenCalled();
  });

  test('the rest of the day is translated by the background without holding the list back, and copied as shown', async () => {
    fakeBrowser.reset();
    g.Translator = standInTranslator();
    const files = compileSeed().files;
    startBackground(fakeBrowser, createRepository(async (p) => (files.has(p) ? JSON.parse(files.get(p)!) : undefined)), Promise.resolve('test/1'));
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    setup({ url: 'https://arxiv.org/abs/2311.13231', lang: 'ko', repo: fakeRepository([loadRealDay()]) });
    await ready('2023-11-23');
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    // The list is there in Korean while the English is made.
    expect(titles()).toHaveLength(9);
    await waitFor(() => expect(document.querySelectorAll('ul.dp-bullets[lang="en"]')).toHaveLength(9), { timeout: 5000 });
    expect(document.querySelector('.dp-english-status')).toBeNull();
    const zip = within(item('2311.13600'));
    fireEvent.click(zip.getByRole('button', { name: en.copyName }));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    expect(writeText.mock.calls[0]![0]).toContain(`*${en.deviceNote}*`);
    expect(writeText.mock.calls[0]![0]).toContain('(<https://ziplora.github.io>)');
  });
});
