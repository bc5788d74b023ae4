// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { panelT } from '../../../src/i18n/panel-strings';
import { bibtexEntry } from '../../../src/model/bibtex';
import { paperMarkdown } from '../../../src/model/markdown';
import { COPY_STATUS_MS, copyText } from '../../../src/model/copy-text';
import { createCopyActions } from '../../../src/panel/copy-actions';
import { loadRealDay, paperOf } from '../helpers';

const day = loadRealDay();
const hit = { date: day.date, paper: paperOf(day, '2311.13600') };
const button = (root: HTMLElement, name: string) => [...root.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === name)!;
const status = (root: HTMLElement) => root.querySelector('[role="status"]')!;

beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => vi.useRealTimers());

describe('copy actions', () => {
  test('the text builder is loaded on the first click only; a builder that cannot load says so', async () => {
    const make = vi.fn(async () => copyText);
    const writeText = vi.fn(async () => {});
    const { root } = createCopyActions(hit, 'ko', writeText, undefined, make);
    expect(make).not.toHaveBeenCalled();
    button(root, panelT('ko').copyName).click();
    await vi.waitFor(() => expect(writeText).toHaveBeenCalledWith(paperMarkdown(hit, 'ko')));
    const failing = createCopyActions(hit, 'en', writeText, undefined, async () => {
      throw new Error('module blocked');
    });
    button(failing.root, panelT('en').copyName).click();
    await vi.waitFor(() => expect(status(failing.root).textContent).toBe(panelT('en').copyFailed));
  });

  test.each(['ko', 'en'] as const)('%s: Copy writes the Markdown of the language shown, confirms, and clears after a few seconds', async (lang) => {
    const writeText = vi.fn(async () => {});
    const s = panelT(lang);
    const { root } = createCopyActions(hit, lang, writeText, undefined, async () => copyText);
    expect(status(root).textContent).toBe('');
    const copy = button(root, s.copyName);
    expect(copy.textContent).toBe(s.copy);
    copy.click();
    await vi.waitFor(() => expect(status(root).textContent).toBe(s.copied));
    expect(writeText).toHaveBeenCalledWith(paperMarkdown(hit, lang));
    vi.advanceTimersByTime(COPY_STATUS_MS);
    expect(status(root).textContent).toBe('');
  });

  test('BibTeX writes the entry; a language switch afterwards changes the words and what the next Copy writes', async () => {
    const writeText = vi.fn(async () => {});
    const actions = createCopyActions(hit, 'ko', writeText, undefined, async () => copyText);
    button(actions.root, panelT('ko').bibtexName).click();
    await vi.waitFor(() => expect(status(actions.root).textContent).toBe(panelT('ko').bibtexCopied));
    expect(writeText).toHaveBeenLastCalledWith(bibtexEntry(hit.paper));
    actions.update('en');
    expect(status(actions.root).textContent).toBe(panelT('en').bibtexCopied);
    button(actions.root, 'Copy as Markdown').click();
    await vi.waitFor(() => expect(writeText).toHaveBeenLastCalledWith(paperMarkdown(hit, 'en')));
  });

  test('a refused clipboard gives a clear message, logged with the prefix', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { root } = createCopyActions(
      hit,
      'en',
      async () => {
        throw new DOMException('Document is not focused.', 'NotAllowedError');
      },
      undefined,
      async () => copyText,
    );
    button(root, 'Copy BibTeX').click();
    await vi.waitFor(() => expect(status(root).textContent).toBe(panelT('en').copyFailed));
    expect(status(root).hasAttribute('data-error')).toBe(true);
    expect(error.mock.calls[0]?.[0]).toBe('[daily-papers]');
  });

  test('without a clipboard API at all, the same message', async () => {
    const { root } = createCopyActions(hit, 'ko', () => (undefined as unknown as Clipboard).writeText('x'), undefined, async () => copyText);
    button(root, panelT('ko').copyName).click();
    await vi.waitFor(() => expect(status(root).textContent).toBe(panelT('ko').copyFailed));
  });
});
