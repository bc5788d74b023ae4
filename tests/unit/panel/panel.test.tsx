// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Day, Paper } from '../../../src/digest/schema';
import { DIGEST_SOURCE_URL, panelT } from '../../../src/i18n/panel-strings';
import type { Lang } from '../../../src/prefs/schema';
import { mountPanel, type PanelEnglish, type PanelPrefs } from '../../../src/panel/panel-controller';
import type { EnglishListener, EnglishModule, SlotStatus } from '../../../src/panel/english-slot';
import { englishT, paperFailedLine, statusLine } from '../../../src/i18n/english-strings';
import type { DeviceEnglish } from '../../../src/translate/record';
import type { PaperRef } from '../../../src/translate/service';
import { createPanelView, type PanelHandlers } from '../../../src/panel/panel-view';
import { fakePref, loadRealDay, paperOf, type FakePref } from '../helpers';

const ko = panelT('ko');
const en = panelT('en');

let day: Day;
let container: HTMLElement;
let unmount: (() => void) | undefined;
let prefs: { lang: FakePref<Lang>; collapsed: FakePref<boolean>; teaser: FakePref<boolean> };

function mount(id: string, initial: { lang?: Lang; collapsed?: boolean; teaser?: boolean } = {}, paper?: Paper, english?: PanelEnglish) {
  const state = { lang: initial.lang ?? 'ko', collapsed: initial.collapsed ?? false, teaser: initial.teaser ?? false };
  prefs = { lang: fakePref(state.lang), collapsed: fakePref(state.collapsed), teaser: fakePref(state.teaser) };
  unmount = mountPanel(container, { date: day.date, paper: paper ?? paperOf(day, id) }, prefs satisfies PanelPrefs, state, english);
  return container;
}

/** English made on this device, as the first storage read would give it (text written for the test). */
const STORED: DeviceEnglish = { bullets: [['Stored English, first point.'], ['Second point.']], at: 1, date: '2023-11-23' };

/** The translation module as the panel sees it: the test says what the background answers. */
function fakeModule() {
  const requests: { ref: PaperRef; userAsked: boolean }[] = [];
  const listeners: EnglishListener[] = [];
  const module: EnglishModule = {
    request(ref, userAsked, listener) {
      requests.push({ ref, userAsked });
      listeners.push(listener);
      return () => listeners.splice(listeners.indexOf(listener), 1);
    },
    line: (status, lang) => (status === 'paper-failed' ? paperFailedLine(lang) : statusLine(status, lang)),
  };
  return {
    module,
    requests,
    emit: (status: SlotStatus) => listeners.forEach((l) => l.status(status)),
    land: (english: DeviceEnglish) => listeners.forEach((l) => l.english(english)),
  };
}

/** The bullet list of the panel (there is exactly one). */
function bulletList(): HTMLUListElement {
  const lists = container.querySelectorAll<HTMLUListElement>('ul.dp-bullets');
  expect(lists).toHaveLength(1);
  return lists[0]!;
}

/** The teaser's failure message (the copy buttons have a status line of their own). */
function teaserStatus(): HTMLElement {
  return within(container.querySelector<HTMLElement>('.dp-teaser')!).getByRole('status');
}

function linkTo(href: string): HTMLAnchorElement {
  const a = [...container.querySelectorAll<HTMLAnchorElement>('a')].filter((x) => x.getAttribute('href') === href);
  expect(a, `exactly one link to ${href}`).toHaveLength(1);
  return a[0]!;
}

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  day = loadRealDay();
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

afterEach(() => {
  unmount?.();
  unmount = undefined;
  container.remove();
  cleanup();
});

describe('mountPanel: content', () => {
  test('renders the heading, title, authors and the Korean bullets of GAIA', () => {
    mount('2311.12983');
    const gaia = paperOf(day, '2311.12983');

    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Daily Papers · 2023-11-23');
    expect(container.querySelector('time')?.getAttribute('datetime')).toBe('2023-11-23');
    expect(screen.getByText('GAIA: a benchmark for General AI Assistants')).toBeTruthy();
    expect(screen.getByText('Grégoire Mialon, Clémentine Fourrier, Craig Swift, Thomas Wolf, Yann LeCun, Thomas Scialom')).toBeTruthy();

    const ul = bulletList();
    expect(ul.getAttribute('lang')).toBe('ko');
    const items = ul.querySelectorAll('li');
    expect(items).toHaveLength(5);
    expect(items[0]!.textContent).toMatch(/^GAIA 벤치마크는 추론, 다중 모드 처리/);
    expect(items[4]!.textContent).toBe(
      'GAIA의 방법론을 사용하여, 연구자들은 466개의 질문과 그에 대한 답을 고안했으며, 이 중 300개의 답을 보유하고 있어 https://huggingface.co/gaia-benchmark 에서 사용할 수 있는 리더보드를 제공합니다.',
    );
    expect(gaia.summary.ko.bullets).toHaveLength(5);
    // Korean is the source: no label of a translation.
    expect(container.querySelector('.dp-translated')).toBeNull();
  });

  test('the GAIA URL is a safe external link', () => {
    mount('2311.12983');
    const a = linkTo('https://huggingface.co/gaia-benchmark');
    expect(a.textContent).toBe('https://huggingface.co/gaia-benchmark');
    expect(a.getAttribute('target')).toBe('_blank');
    expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    expect(a.closest('ul.dp-bullets')?.getAttribute('lang')).toBe('ko');
    // It is the only link of the summary (the title is text, not a link); the other link is the credit.
    expect(container.querySelectorAll('.dp-summary a')).toHaveLength(1);
    expect([...container.querySelectorAll('a')].map((x) => x.getAttribute('href'))).toEqual(['https://huggingface.co/gaia-benchmark', DIGEST_SOURCE_URL]);
  });

  test('ZipLoRA: the URL inside parentheses stops before ")에서"', () => {
    mount('2311.13600');
    const a = linkTo('https://ziplora.github.io');
    expect(a.textContent).toBe('https://ziplora.github.io');
    expect(a.previousSibling?.textContent).toBe('프로젝트 페이지(');
    expect(a.nextSibling?.nodeType).toBe(Node.TEXT_NODE);
    expect(a.nextSibling?.textContent?.startsWith(')에서')).toBe(true);
  });

  test('Diffusion360: the ModelScope URL stops before "{ModelScope}에서", which stays plain text', () => {
    mount('2311.13141');
    const href = 'https://www.modelscope.cn/models/damo/cv_diffusion_text-to-360panorama-image_generation/summary';
    const a = linkTo(href);
    expect(a.textContent).toBe(href);
    expect(a.nextSibling?.nodeType).toBe(Node.TEXT_NODE);
    expect(a.nextSibling?.textContent?.startsWith('{ModelScope}에서')).toBe(true);
    // The other URL of the bullet is a link too, and no link swallowed the brace text.
    linkTo('https://github.com/ArcherFMY/SD-T2I-360PanoImage');
    for (const link of container.querySelectorAll('a')) expect(link.textContent).not.toContain('{');
  });
});

describe('mountPanel: what the archive adds', () => {
  test('votes with an accessible label, a video link (no request before a click), no empty authors line', () => {
    const paper: Paper = { ...paperOf(day, '2311.12983'), authors: [], votes: 34, video: 'https://cdn.example.org/v.mp4' };
    unmount = mountPanel(container, { date: '2024-10-16', paper }, (prefs = { lang: fakePref<Lang>('ko'), collapsed: fakePref(false), teaser: fakePref(false) }), { lang: 'ko', collapsed: false, teaser: false });
    expect(container.querySelector('.dp-votes [aria-hidden="true"]')?.textContent).toBe('▲ 34');
    expect(container.querySelector('.dp-votes .dp-sr')?.textContent).toBe(ko.votes(34));
    const video = container.querySelector<HTMLAnchorElement>('a.dp-video')!;
    expect([video.getAttribute('href'), video.getAttribute('target'), video.textContent]).toEqual(['https://cdn.example.org/v.mp4', '_blank', ko.watchVideo]);
    expect(container.querySelector('video, iframe')).toBeNull();
    expect(container.querySelector('.dp-authors')).toBeNull();
    act(() => prefs.lang.external('en'));
    expect(container.querySelector('.dp-votes .dp-sr')?.textContent).toBe('34 votes');
  });

  test('no votes, video or other day: no meta line at all', () => {
    mount('2311.12983');
    expect(container.querySelector('.dp-meta')?.hasAttribute('hidden')).toBe(true);
  });
});

describe('mountPanel: credit', () => {
  test('says where the summary comes from, with a link, and that this extension shows it', () => {
    mount('2311.12983');
    const credit = container.querySelector('.dp-credit')!;
    expect(credit.textContent).toBe(`${ko.creditBefore}${ko.creditLink}${ko.creditAfter}`);
    const a = credit.querySelector('a')!;
    expect([a.getAttribute('href'), a.getAttribute('target'), a.getAttribute('rel')]).toEqual([DIGEST_SOURCE_URL, '_blank', 'noopener noreferrer']);
    expect(credit.textContent).toContain('확장 프로그램');
    unmount?.();
    mount('2311.12983', { lang: 'en' });
    expect(container.querySelector('.dp-credit')!.textContent).toMatch(/Daily Papers Korean digest · shown by the arXiv Daily Papers extension, not by arXiv\.$/);
  });
});

describe('mountPanel: language', () => {
  test('the English button saves the language; with English stored it is shown at once, labelled, and no translation code is loaded', () => {
    const load = vi.fn(async () => fakeModule().module);
    mount('2311.12983', {}, undefined, { initial: () => STORED, load });
    const group = screen.getByRole('group', { name: ko.langGroup });
    const koBtn = within(group).getByRole('button', { name: '한국어' });
    const enBtn = within(group).getByRole('button', { name: 'English' });
    expect(koBtn.getAttribute('aria-pressed')).toBe('true');
    expect(enBtn.getAttribute('aria-pressed')).toBe('false');

    fireEvent.click(enBtn);

    expect(prefs.lang.set).toHaveBeenCalledTimes(1);
    expect(prefs.lang.set).toHaveBeenCalledWith('en');
    expect(enBtn.getAttribute('aria-pressed')).toBe('true');
    const ul = bulletList();
    expect(ul.getAttribute('lang')).toBe('en');
    expect(ul.querySelectorAll('li')[0]!.textContent).toBe('Stored English, first point.');
    expect(container.querySelector('.dp-translated')?.textContent).toBe(`${en.deviceNote} ${en.showKorean}`);
    expect(container.querySelector('section')?.getAttribute('lang')).toBe('en');
    expect(load).not.toHaveBeenCalled();
    // Clicking the already pressed button does not write again.
    fireEvent.click(enBtn);
    expect(prefs.lang.set).toHaveBeenCalledTimes(1);
  });

  test("one click shows this paper's Korean, another brings the English back", () => {
    mount('2311.12983', { lang: 'en' }, undefined, { initial: () => STORED, load: async () => fakeModule().module });
    fireEvent.click(screen.getByRole('button', { name: en.showKorean }));
    expect(bulletList().getAttribute('lang')).toBe('ko');
    expect(container.querySelector('.dp-translated')?.textContent).toBe(`${en.koreanShown} ${en.showEnglish}`);
    // The switch itself stays on English: this is one paper's view.
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    expect(prefs.lang.set).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: en.showEnglish }));
    expect(bulletList().getAttribute('lang')).toBe('en');
  });

  test('the reader’s own imported translation is labelled as theirs', () => {
    const gaia = paperOf(day, '2311.12983');
    mount('2311.12983', { lang: 'en' }, { ...gaia, summary: { ...gaia.summary, en: { bullets: [['My English.']], translated: true, note: 'a note' } } }, { load: async () => fakeModule().module });
    expect(bulletList().textContent).toBe('My English.');
    expect(container.querySelector('.dp-translated')?.textContent).toBe(`${en.yoursNote} ${en.translatorNote}: a note ${en.showKorean}`);
  });

  test('English asked for and not stored: the Korean, the request’s progress, then the English — the click may start a download', async () => {
    const fake = fakeModule();
    mount('2311.12983', {}, undefined, { load: async () => fake.module });
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    await vi.waitFor(() => expect(fake.requests).toEqual([{ ref: { id: '2311.12983', date: '2023-11-23' }, userAsked: true }]));
    expect(bulletList().getAttribute('lang')).toBe('ko');

    act(() => fake.emit({ state: 'downloading', loaded: 0.4 }));
    const status = container.querySelector<HTMLElement>('.dp-english-status')!;
    expect(status.getAttribute('role')).toBe('status');
    expect(status.textContent).toContain('(40%)');
    expect(status.querySelector('progress')?.getAttribute('value')).toBe('0.4');

    act(() => fake.emit({ state: 'failed', reason: 'stalled' }));
    const retry = within(container.querySelector<HTMLElement>('.dp-english-status')!).getByRole('button', { name: 'Try again' });
    fireEvent.click(retry);
    await vi.waitFor(() => expect(fake.requests).toHaveLength(2));
    expect(fake.requests[1]!.userAsked).toBe(true);

    act(() => fake.land({ bullets: [['Made here.']], at: 1 }));
    expect(bulletList().getAttribute('lang')).toBe('en');
    expect(bulletList().textContent).toBe('Made here.');
    expect(container.querySelector('.dp-english-status')).toBeNull();
  });

  test('a change of the language in another tab asks without a click; no translator here: the one plain sentence', async () => {
    const fake = fakeModule();
    mount('2311.12983', {}, undefined, { load: async () => fake.module });
    prefs.lang.external('en');
    await vi.waitFor(() => expect(fake.requests).toEqual([{ ref: { id: '2311.12983', date: '2023-11-23' }, userAsked: false }]));
    expect(prefs.lang.set).not.toHaveBeenCalled();
    act(() => fake.emit({ state: 'unavailable', reason: 'no-api' }));
    const status = container.querySelector('.dp-english-status')!;
    expect(status.textContent).toBe(englishT('en').noApi);
    expect(status.querySelector('button')).toBeNull();
    // English title and authors, Korean bullets: never an empty panel.
    expect(bulletList().querySelectorAll('li')).toHaveLength(5);
    expect(screen.getByText('GAIA: a benchmark for General AI Assistants')).toBeTruthy();
  });

  test('the translation code that cannot be loaded leaves the Korean with the plain note', async () => {
    const load = vi.fn(async (): Promise<EnglishModule> => {
      throw new Error('blocked');
    });
    mount('2311.12983', { lang: 'en' }, undefined, { load });
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    expect(screen.getByRole('note').textContent).toBe(en.noEnglish);
    expect(bulletList().getAttribute('lang')).toBe('ko');
  });
});

describe('mountPanel: collapse', () => {
  test('the collapse button toggles aria-expanded, hides the body and saves the state', () => {
    mount('2311.12983', { lang: 'en' });
    const btn = screen.getByRole('button', { name: en.collapse });
    const body = container.querySelector<HTMLElement>('#dp-body')!;
    expect(btn.getAttribute('aria-controls')).toBe('dp-body');
    expect(btn.getAttribute('aria-expanded')).toBe('true');
    expect(body.hidden).toBe(false);

    fireEvent.click(btn);
    expect(btn.getAttribute('aria-expanded')).toBe('false');
    expect(btn.getAttribute('aria-label')).toBe(en.expand);
    expect(body.hidden).toBe(true);
    expect(prefs.collapsed.set).toHaveBeenLastCalledWith(true);

    fireEvent.click(btn);
    expect(btn.getAttribute('aria-expanded')).toBe('true');
    expect(body.hidden).toBe(false);
    expect(prefs.collapsed.set).toHaveBeenLastCalledWith(false);
    expect(prefs.collapsed.set).toHaveBeenCalledTimes(2);
  });

  test('starts collapsed from the stored pref and follows external changes', () => {
    mount('2311.12983', { collapsed: true });
    const body = container.querySelector<HTMLElement>('#dp-body')!;
    expect(body.hidden).toBe(true);
    expect(screen.getByRole('button', { name: ko.expand }).getAttribute('aria-expanded')).toBe('false');

    prefs.collapsed.external(false);
    expect(body.hidden).toBe(false);
    expect(screen.getByRole('button', { name: ko.collapse }).getAttribute('aria-expanded')).toBe('true');
  });
});

describe('mountPanel: updates in place', () => {
  test('focus stays on the pressed button; the shown teaser is the same element after a language switch', () => {
    mount('2311.12983', { lang: 'ko', teaser: true });
    const img = container.querySelector('img');
    expect(img).not.toBeNull();
    const enBtn = screen.getByRole('button', { name: 'English' });
    enBtn.focus();
    fireEvent.click(enBtn);
    expect(document.activeElement).toBe(enBtn);
    expect(container.querySelector('img')).toBe(img); // no second request for the image
    expect(img!.alt).toBe(en.teaserAlt(paperOf(day, '2311.12983').title));
    const collapse = screen.getByRole('button', { name: en.collapse });
    collapse.focus();
    fireEvent.click(collapse);
    expect(document.activeElement).toBe(collapse);
    expect(collapse.getAttribute('aria-expanded')).toBe('false');
  });
});

describe('mountPanel: teaser', () => {
  test('no image element (no request) until asked; then a lazy no-referrer image; a load error shows the message', () => {
    mount('2311.12983', { lang: 'en' });
    const gaia = paperOf(day, '2311.12983');
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('.dp-hint')?.textContent).toBe(`${en.teaserHint} cdn-uploads.huggingface.co`);
    // The host name is kept on one line (a CDN name broken mid-word reads as two names).
    expect(container.querySelector('.dp-host')?.textContent).toBe('cdn-uploads.huggingface.co');

    const btn = screen.getByRole('button', { name: en.showTeaser });
    expect(btn.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(btn);

    expect(prefs.teaser.set).toHaveBeenCalledWith(true);
    const imgs = container.querySelectorAll('img');
    expect(imgs).toHaveLength(1);
    const img = imgs[0]!;
    expect(img.getAttribute('src')).toBe(gaia.image);
    expect(img.getAttribute('loading')).toBe('lazy');
    expect(img.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(img.getAttribute('alt')).toBe(en.teaserAlt(gaia.title));
    expect(img.getAttribute('alt')?.trim()).not.toBe('');
    expect(btn.getAttribute('aria-expanded')).toBe('true');
    expect(btn.textContent).toBe(en.hideTeaser);

    fireEvent.error(img);

    expect(container.querySelector('img')).toBeNull();
    expect(teaserStatus().textContent).toBe(`${en.teaserFailed} ${en.retryTeaser}`);

    // "Try again" asks for the image again, without touching the stored setting.
    const setCalls = prefs.teaser.set.mock.calls.length;
    fireEvent.click(within(teaserStatus()).getByRole('button', { name: en.retryTeaser }));
    expect(container.querySelector('img')).not.toBeNull();
    expect(prefs.teaser.set).toHaveBeenCalledTimes(setCalls);
    fireEvent.error(container.querySelector('img')!);

    // Hiding and showing again retries the image too.
    fireEvent.click(btn);
    expect(prefs.teaser.set).toHaveBeenLastCalledWith(false);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.queryByText(en.teaserFailed)).toBeNull();
    fireEvent.click(btn);
    expect(container.querySelector('img')).not.toBeNull();
  });

  test('showing the teaser again from another tab retries a failed image', async () => {
    mount('2311.12983', { lang: 'en', teaser: true });
    fireEvent.error(container.querySelector('img')!);
    expect(teaserStatus().textContent).toContain(en.teaserFailed);
    act(() => prefs.teaser.external(false));
    act(() => prefs.teaser.external(true));
    expect(container.querySelector('img')).not.toBeNull();
    expect(screen.queryByText(en.teaserFailed)).toBeNull();
  });

  test('a stored "show teaser" shows the image at once', () => {
    mount('2311.12983', { teaser: true });
    expect(container.querySelector('img')?.getAttribute('alt')).toBe(ko.teaserAlt('GAIA: a benchmark for General AI Assistants'));
  });
});

describe('mountPanel: unmount', () => {
  test('the returned function empties the container and unwatches every pref', () => {
    mount('2311.12983');
    expect(prefs.lang.watchers).toBe(1);
    expect(prefs.collapsed.watchers).toBe(1);
    expect(prefs.teaser.watchers).toBe(1);
    expect(container.childElementCount).toBe(1);

    unmount!();
    unmount = undefined;

    expect(container.childElementCount).toBe(0);
    expect(prefs.lang.watchers).toBe(0);
    expect(prefs.collapsed.watchers).toBe(0);
    expect(prefs.teaser.watchers).toBe(0);
    expect(() => {
      prefs.lang.external('en');
      prefs.collapsed.external(true);
      prefs.teaser.external(true);
    }).not.toThrow();
    expect(container.innerHTML).toBe('');
  });
});

describe('Panel: untrusted text', () => {
  /** The panel view alone, in the document (so screen queries see it). */
  function view(paper: Paper, on: Partial<PanelHandlers> = {}, collapsed = false) {
    const handlers = { onLang: () => {}, onCollapsed: () => {}, onTeaser: () => {}, onTeaserError: () => {}, onTeaserRetry: () => {}, ...on };
    const v = createPanelView({ paper, date: '2023-11-23' }, { lang: 'ko', collapsed, teaser: false, teaserFailed: false }, handlers);
    container.append(v.root);
    return { container };
  }
  const base = (): Paper => ({
    id: '2311.99999',
    title: '<b>Bold</b> title',
    authors: ['<i>Eve</i>'],
    summary: { ko: { bullets: [['before ', '<img src=x onerror=alert(1)>', ' after']], translated: false } },
  });

  test('markup in a segment, title or author is rendered as text, never parsed', () => {
    const { container: c } = view(base());
    expect(c.querySelector('img')).toBeNull();
    expect(c.querySelector('b')).toBeNull();
    expect(c.querySelector('i')).toBeNull();
    expect(c.querySelector('ul.dp-bullets li')?.textContent).toBe('before <img src=x onerror=alert(1)> after');
    expect(screen.getByText('<b>Bold</b> title')).toBeTruthy();
    expect(screen.getByText('<i>Eve</i>')).toBeTruthy();
  });

  test('a javascript: URL segment is not a link', () => {
    const paper = base();
    paper.summary.ko.bullets = [['see ', { url: 'javascript:alert(1)' }, ' and ', { url: 'data:text/html,<script>alert(1)</script>' }]];
    const { container: c } = view(paper);
    expect(c.querySelector('.dp-summary a')).toBeNull();
    expect(c.querySelector('script')).toBeNull();
    expect(c.querySelector('ul.dp-bullets li')?.textContent).toBe('see javascript:alert(1) and data:text/html,<script>alert(1)</script>');
  });

  test('an http(s) URL segment in any case is a link, others stay text', () => {
    const paper = base();
    paper.summary.ko.bullets = [[{ url: 'HTTPS://example.org/x' }, ' ', { url: 'ftp://example.org/y' }]];
    const { container: c } = view(paper);
    const links = c.querySelectorAll('.dp-summary a');
    expect(links).toHaveLength(1);
    expect(links[0]!.getAttribute('href')).toBe('HTTPS://example.org/x');
    expect(c.querySelector('ul.dp-bullets li')?.textContent).toBe('HTTPS://example.org/x ftp://example.org/y');
  });

  test('the callbacks get the requested values', () => {
    const onLang = vi.fn();
    const onCollapsed = vi.fn();
    const onTeaser = vi.fn();
    const paper = { ...base(), image: 'https://img.example.org/t.png' };
    view(paper, { onLang, onCollapsed, onTeaser }, true);
    fireEvent.click(screen.getByRole('button', { name: '한국어' }));
    expect(onLang).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(onLang).toHaveBeenCalledWith('en');
    fireEvent.click(screen.getByRole('button', { name: ko.expand }));
    expect(onCollapsed).toHaveBeenCalledWith(false);
    fireEvent.click(screen.getByText(ko.showTeaser));
    expect(onTeaser).toHaveBeenCalledWith(true);
  });
});
