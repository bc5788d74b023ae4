// @vitest-environment happy-dom
/**
 * The options page's "English on this device" against the real background (its dispatcher, its translation
 * service behind the port, fakeBrowser storage) and a stand-in Translator: how much is kept and Clear,
 * "Translate every day now" over a small synthetic archive with progress and time left, Pause and Resume,
 * a reload, a full storage, and no translator at all.
 */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../../src/background/main';
import { englishT } from '../../../src/i18n/english-strings';
import { optionsT } from '../../../src/i18n/options-strings';
import { TRANSLATE_ALL_KEY } from '../../../src/options/translate-all';
import { koreanHash, TRANSLATION_PREFIX, translationKey } from '../../../src/translate/record';
import type { TranslatorApi } from '../../../src/translate/api';
import { pageSender } from '../background/handlers-for';
import { fakeRepository, syntheticDay } from '../helpers';
import { fakeConnect } from '../setup/fake-connect';
import { limitStorage, bytesInUse } from '../storage-faults';
import { pseudoEnglish, standInTranslator } from '../translate/stand-in';
import { renderOptionsPage } from './page-with-background';

const en = optionsT('en');
const g = globalThis as { Translator?: unknown };

// Four days of eight papers, Korean only: 32 papers to translate.
const DATES = ['2025-06-02', '2025-06-03', '2025-06-04', '2025-06-05'];
const DAYS = DATES.map((date, d) =>
  syntheticDay(
    date,
    Array.from({ length: 8 }, (_, i) => ({ id: `2506.${String(d * 100 + i + 1).padStart(5, '0')}`, title: `Paper ${d}-${i}`, english: false })),
  ),
);
const TOTAL = 32;

/** English kept on the device, as the background wrote it (t:ID records). */
async function storedEnglish(): Promise<string[]> {
  return Object.keys(await fakeBrowser.storage.local.get(null)).filter((k) => k.startsWith(TRANSLATION_PREFIX));
}

let clock = 0;
/** Every request the page sent over the translation port. */
let requests: { papers: unknown[]; userAsked: boolean }[] = [];

/** A stand-in whose translate() takes 10 s of the page's clock per text, and can be held at the n-th text. */
function slowStandIn() {
  let holdAt = Infinity;
  const parked: (() => void)[] = [];
  const api = standInTranslator({
    translate: async (text) => {
      if (api.texts.length >= holdAt) await new Promise<void>((r) => parked.push(r));
      clock += 10_000;
      return pseudoEnglish(text);
    },
  });
  return {
    api,
    holdAt(n: number) {
      holdAt = n;
    },
    release() {
      holdAt = Infinity;
      parked.splice(0).forEach((r) => r());
    },
  };
}

/** The options page, its requests over the translation port recorded, on the test's clock. */
function page() {
  const connect = ({ name }: { name: string }) => {
    const port = fakeConnect.connect(name, pageSender('options.html'));
    const post = port.postMessage.bind(port);
    port.postMessage = (m: unknown) => {
      if ((m as { type?: string }).type === 'request') requests.push(m as (typeof requests)[number]);
      post(m);
    };
    return port;
  };
  return renderOptionsPage({ connect, now: () => clock });
}

const region = () => screen.getByRole('region', { name: en.englishHeading });
const mainButton = () => region().querySelector<HTMLButtonElement>('button.op-translate-all')!;
const progressText = () => region().querySelector('#op-all-count')?.textContent ?? '';

async function startBg(translator?: TranslatorApi) {
  if (translator) g.Translator = translator;
  const bg = startBackground(fakeBrowser, fakeRepository(DAYS), Promise.resolve('test/1'));
  await bg.lookupReady;
}

/** A run started from the page with a slow stand-in, held once it was asked its `n`-th text. */
async function runHeldAt(n: number) {
  const t = slowStandIn();
  await startBg(t.api);
  page();
  t.holdAt(n);
  fireEvent.click(await waitFor(() => mainButton()));
  await waitFor(() => expect(t.api.texts.length).toBe(n));
  return t;
}

beforeEach(() => {
  fakeBrowser.reset();
  delete g.Translator;
  clock = 0;
  requests = [];
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  cleanup();
  delete g.Translator;
});

describe('how much English is kept', () => {
  test('papers and size are shown once the page is up; Clear asks, removes every record, and the count follows', async () => {
    await startBg();
    const [a, b] = DAYS[0]!.papers;
    for (const p of [a!, b!]) {
      await fakeBrowser.storage.local.set({ [translationKey(p.id)]: { v: 1, en: { [koreanHash(p.summary.ko)]: { bullets: [['w2 w3.']], at: 1 } } } });
    }
    page();
    const line = await within(region()).findByText(/^Papers with English kept on this device: 2 \(\d+ B\)$/);
    expect(line).toBeTruthy();

    fireEvent.click(within(region()).getByRole('button', { name: en.clearEnglishLabel }));
    const confirm = within(region()).getByRole('group', { name: en.confirmClear('2') });
    // focus starts on Cancel, as for every destructive action of the page
    expect(document.activeElement?.textContent).toBe(en.cancel);
    expect(await storedEnglish()).toHaveLength(2);
    fireEvent.click(within(confirm).getByRole('button', { name: en.clearEnglish }));
    expect(await within(region()).findByText(en.cleared(2, '2'))).toBeTruthy();
    expect(await within(region()).findByText(en.englishNone)).toBeTruthy();
    expect(await storedEnglish()).toEqual([]);
    expect(within(region()).queryByRole('button', { name: en.clearEnglishLabel })).toBeNull();
  });

  test('Cancel keeps everything and gives focus back to Clear', async () => {
    await startBg();
    const p = DAYS[0]!.papers[0]!;
    await fakeBrowser.storage.local.set({ [translationKey(p.id)]: { v: 1, en: { [koreanHash(p.summary.ko)]: { bullets: [['w2.']], at: 1 } } } });
    page();
    fireEvent.click(await within(region()).findByRole('button', { name: en.clearEnglishLabel }));
    fireEvent.keyDown(within(region()).getByRole('group', { name: en.confirmClear('1') }), { key: 'Escape' });
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe(en.clearEnglishLabel));
    expect(await storedEnglish()).toHaveLength(1);
  });
});

describe('Translate every day now', () => {
  test('translates every day in chunks, shows papers done of total and the time left, and ends with every day in English', async () => {
    const t = slowStandIn();
    await startBg(t.api);
    page();
    await within(region()).findByText(en.englishNone);
    t.holdAt(14);
    fireEvent.click(mainButton());
    await waitFor(() => expect(t.api.texts.length).toBe(14));
    // held mid-run at the 7th paper's second text: 6 papers done, of 32. Time left from this run's pace:
    // 2 texts of 10 s a paper, timed from the first paper's end (20 s per paper); 26 papers left → 520 s.
    await waitFor(() => expect(progressText()).toBe('6 of 32 papers have English · about 9 min left'));
    expect(region().querySelector('progress')!.getAttribute('value')).toBe('6');
    expect(mainButton().textContent).toBe(en.pause);
    expect((await fakeBrowser.storage.local.get(TRANSLATE_ALL_KEY))[TRANSLATE_ALL_KEY]).toEqual({ v: 1, state: 'running', at: expect.any(Number) });

    t.release();
    expect(await within(region()).findByText(en.allDone)).toBeTruthy();
    expect(await storedEnglish()).toHaveLength(TOTAL);
    // in chunks of at most 20, each sent only after the one before was answered, newest day first
    expect(requests.map((r) => r.papers.length)).toEqual([20, 12]);
    expect((requests[0]!.papers[0] as { date: string }).date).toBe('2025-06-05');
    expect(requests.every((r) => r.userAsked)).toBe(true);
    // finished: no record left, and the kept English is counted again
    expect(await fakeBrowser.storage.local.get(TRANSLATE_ALL_KEY)).toEqual({});
    expect(await within(region()).findByText(/^Papers with English kept on this device: 32 /)).toBeTruthy();
    expect(mainButton().textContent).toBe(en.translateAll);
  });

  test('Pause stops sending at once; Resume continues from where it stood', async () => {
    const t = await runHeldAt(6);
    mainButton().focus();
    fireEvent.click(mainButton());
    expect(await within(region()).findByText(en.paused)).toBeTruthy();
    // the same button, now Resume, keeps the focus
    expect(document.activeElement).toBe(mainButton());
    expect(mainButton().textContent).toBe(en.resume);
    expect((await fakeBrowser.storage.local.get(TRANSLATE_ALL_KEY))[TRANSLATE_ALL_KEY]).toMatchObject({ v: 1, state: 'paused' });

    // the paper being translated is finished and kept; nothing after it is asked or translated
    const sent = requests.length;
    t.release();
    await new Promise((r) => setTimeout(r, 50));
    const texts = t.api.texts.length;
    await new Promise((r) => setTimeout(r, 50));
    expect(t.api.texts.length).toBe(texts);
    expect(texts).toBeLessThanOrEqual(8);
    expect(requests).toHaveLength(sent);
    const kept = (await storedEnglish()).length;
    expect(kept).toBeLessThan(TOTAL);

    fireEvent.click(mainButton());
    expect(await within(region()).findByText(en.allDone)).toBeTruthy();
    expect(await storedEnglish()).toHaveLength(TOTAL);
    // Resume asked only for what had no English yet
    expect(requests.slice(sent).flatMap((r) => r.papers)).toHaveLength(TOTAL - kept);
  });

  test('a reload continues a run that was going, without a click; a paused one offers Resume with its counts', async () => {
    const t = await runHeldAt(6);
    // the page goes away (closing it pauses the work); the record says it was running
    cleanup();
    expect((await fakeBrowser.storage.local.get(TRANSLATE_ALL_KEY))[TRANSLATE_ALL_KEY]).toMatchObject({ state: 'running' });
    t.release();
    const sent = requests.length;

    page();
    expect(await within(region()).findByText(en.allDone)).toBeTruthy();
    expect(await storedEnglish()).toHaveLength(TOTAL);
    expect(requests.length).toBeGreaterThan(sent);
    // continued on opening, not clicked: a download would wait for the reader's click
    expect(requests.slice(sent).every((r) => !r.userAsked)).toBe(true);
    cleanup();

    // a paused run: where it stands, and Resume
    await fakeBrowser.storage.local.remove((await storedEnglish()).slice(0, 5));
    await fakeBrowser.storage.local.set({ [TRANSLATE_ALL_KEY]: { v: 1, state: 'paused', at: 1 } });
    const before = requests.length;
    page();
    await waitFor(() => expect(progressText()).toBe('27 of 32 papers have English'));
    expect(within(region()).getByText(en.paused)).toBeTruthy();
    expect(mainButton().textContent).toBe(en.resume);
    expect(requests).toHaveLength(before);
  });

  test('a storage that refuses the English stops cleanly, says the storage is full and how much was translated, and offers Resume', async () => {
    await startBg(standInTranslator());
    // room for the run's record and a few papers' English, not for all
    limitStorage(fakeBrowser.storage.local, (await bytesInUse(fakeBrowser.storage.local)) + 1200);
    page();
    fireEvent.click(await waitFor(() => mainButton()));
    const stopped = await within(region()).findByRole('alert');
    const kept = (await storedEnglish()).length;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(TOTAL);
    expect(stopped.textContent).toBe(en.storageStopped(String(kept)));
    expect(progressText()).toBe(`${kept} of 32 papers have English`);
    expect(mainButton().textContent).toBe(en.resume);
    // nothing more is asked once it stopped
    const sent = requests.length;
    await new Promise((r) => setTimeout(r, 50));
    expect(requests).toHaveLength(sent);
  });

  test('no translator anywhere: the plain sentence, the button disabled with it as the reason, no error', async () => {
    await startBg();
    page();
    fireEvent.click(await waitFor(() => mainButton()));
    const why = await within(region()).findByText(/^This browser has no built-in translator/);
    expect(why.id).toBe('op-all-why');
    expect(mainButton().disabled).toBe(true);
    expect(mainButton().getAttribute('aria-describedby')).toBe('op-all-why');
    expect(region().querySelector('.op-status-error')).toBeNull();
    expect(await storedEnglish()).toEqual([]);
    expect(await fakeBrowser.storage.local.get(TRANSLATE_ALL_KEY)).toEqual({});
  });

  test('a language pack to download: the click on its button asks again as a click, then the run goes on', async () => {
    const api = standInTranslator({ availability: 'downloadable' });
    await startBg(api);
    // a run left going: continued on opening, which is no click, so the download waits for one
    await fakeBrowser.storage.local.set({ [TRANSLATE_ALL_KEY]: { v: 1, state: 'running', at: 1 } });
    page();
    const download = await within(region()).findByRole('button', { name: englishT('en').download });
    expect(api.created).toBe(0);
    fireEvent.click(download);
    expect(await within(region()).findByText(en.allDone)).toBeTruthy();
    expect(api.created).toBe(1);
    expect(requests.at(-1)!.userAsked).toBe(true);
  });
});
