// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PreviewItem } from '../../../src/digest/import-batch';
import { optionsT } from '../../../src/i18n/options-strings';
import type { AnswerOf, ImportListing, MessageName, RequestOf } from '../../../src/messaging/protocol';
import type { Send } from '../../../src/messaging/send';
import { OptionsApp } from '../../../src/options/OptionsApp';
import type { Command } from '../../../src/options/shortcuts';
import type { Lang } from '../../../src/prefs/schema';
import { fakePref } from '../helpers';
import { fakeConnect } from '../setup/fake-connect';

const en = optionsT('en');
const ko = optionsT('ko');
const MB = 1024 * 1024;

type Handlers = { [K in MessageName]?: (request: RequestOf<K>) => AnswerOf<K> | Promise<AnswerOf<K>> };

/** A send that answers from `handlers` and records every request; a missing handler is a test failure. */
function fakeSend(handlers: Handlers) {
  const calls: { name: MessageName; request: unknown }[] = [];
  const send = (async (name: MessageName, request: unknown) => {
    calls.push({ name, request });
    const h = handlers[name] as ((r: unknown) => unknown) | undefined;
    if (!h) throw new Error(`unexpected message ${name}`);
    return h(request);
  }) as Send;
  return { send, calls, named: (name: MessageName) => calls.filter((c) => c.name === name).map((c) => c.request) };
}

const EMPTY: ImportListing = { days: [], problems: [], bytes: 0 };
const day = (date: string, over: Partial<ImportListing['days'][number]> = {}): ImportListing['days'][number] => ({
  date,
  papers: 2,
  digest: true,
  english: false,
  replacesBundled: false,
  importedAt: '2025-06-10T08:30:00.000Z',
  bytes: 1000,
  ...over,
});
const listing = (days: ImportListing['days'], problems: ImportListing['problems'] = []): ImportListing => ({ days, problems, bytes: days.reduce((n, d) => n + d.bytes, 0) });

interface Setup {
  handlers?: Handlers;
  initialList?: ImportListing | Error;
  /** Answers importList (also after each save or delete), in order; the last one repeats. */
  lists?: (ImportListing | Error)[];
  lang?: Lang;
  commands?: Command[] | Error;
  browser?: 'chrome' | 'firefox';
}

function setup({ handlers = {}, initialList, lists = [EMPTY], lang = 'en', commands = [], browser = 'chrome' }: Setup = {}) {
  const queue = [...lists];
  const loadList = vi.fn(async () => {
    const next = queue.length > 1 ? queue.shift()! : queue[0]!;
    if (next instanceof Error) throw next;
    return next;
  });
  // The English section asks how much is kept once the page is up; its own tests are in english-section.test.tsx.
  const fake = fakeSend({ englishUsage: () => ({ papers: 0, bytes: 0 }), ...handlers });
  const pref = fakePref<Lang>(lang);
  const download = vi.fn<(text: string, name: string) => void>();
  const loadCommands = vi.fn(async () => {
    if (commands instanceof Error) throw commands;
    return commands;
  });
  render(
    <OptionsApp
      send={fake.send}
      lang={pref}
      initialLang={lang}
      loadList={loadList}
      {...(initialList ? { initialList } : {})}
      loadCommands={loadCommands}
      english={{ connect: ({ name }) => fakeConnect.connect(name), storage: fakeBrowser.storage.local }}
      download={download}
      browser={browser}
      now={() => new Date(2025, 5, 10, 12, 0)}
    />,
  );
  return { ...fake, loadList, pref, download };
}

afterEach(cleanup);
// Failures are logged with the extension's prefix; the tests check what the page shows instead.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

/** A File-like object; `text` is a spy, so a test can tell whether the page read it. */
function file(name: string, text: string, size = new TextEncoder().encode(text).length) {
  return { name, size, text: vi.fn(async () => text) };
}

function pick(input: HTMLElement, files: ReturnType<typeof file>[]) {
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  fireEvent.change(input);
}

const importInput = () => screen.getByLabelText(en.chooseFiles) as HTMLInputElement;
const section = (name: string) => screen.getByRole('region', { name });
const previewRows = () => [...document.querySelectorAll('.op-preview tbody tr')] as HTMLTableRowElement[];

const NEW: PreviewItem = { key: '0', name: '2025-06-02.md', kind: 'digest', date: '2025-06-02', papers: 2, errors: [], warnings: [] };
const BUNDLED: PreviewItem = {
  key: '1',
  name: 'replacement.md',
  kind: 'digest',
  date: '2023-11-23',
  papers: 1,
  errors: [],
  warnings: [{ line: 7, kind: 'relative-image', message: 'a relative teaser image is not shown' }],
  exists: 'bundled',
};
const BROKEN: PreviewItem = {
  key: '2',
  name: 'broken.md',
  kind: 'digest',
  errors: [
    { line: 1, message: 'no day heading: expected "## Daily Papers (YYYY-MM-DD)"' },
    { line: 3, message: 'paper heading without an arXiv link: expected ### [Title](https://arxiv.org/abs/ID)' },
  ],
  warnings: [],
};

describe('imported days', () => {
  test('a list that is already there is in the first render, and not asked for again', async () => {
    const { loadList } = setup({ initialList: listing([day('2025-06-02'), day('2025-06-03')]) });
    expect(document.querySelectorAll('table.op-days tbody tr')).toHaveLength(2);
    await Promise.resolve();
    expect(loadList).not.toHaveBeenCalled();
  });

  test('a first list that failed is the error state; Retry asks again', async () => {
    const { loadList } = setup({ initialList: new Error('no answer from the background'), lists: [listing([day('2025-06-02')])] });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('no answer from the background');
    fireEvent.click(within(alert).getByRole('button', { name: en.retry }));
    expect(await screen.findByRole('button', { name: en.deleteDay('2025-06-02') })).toBeTruthy();
    expect(loadList).toHaveBeenCalledTimes(1);
  });

  test('loading, then the empty state; nothing to back up yet', async () => {
    setup();
    expect(within(section(en.daysHeading)).getByRole('status').textContent).toBe(en.loading);
    expect(await screen.findByText(en.noDays)).toBeTruthy();
    expect(screen.getByRole('button', { name: en.exportButton }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByText(en.nothingToBackUp)).toBeTruthy();
  });

  test('the list, newest first: papers, English, replaces a bundled day, import time, storage used', async () => {
    setup({
      lists: [
        listing([
          day('2023-11-23', { papers: 9, digest: false, english: true, replacesBundled: true, importedAt: 'unknown', bytes: 512 }),
          day('2025-06-02', { english: true, bytes: 1024 }),
        ]),
      ],
    });
    const table = await within(section(en.daysHeading)).findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    const cells = rows.map((r) => [...r.querySelectorAll('th, td')].slice(0, 5).map((c) => c.textContent));
    expect(cells[0]!.slice(0, 4)).toEqual(['2025-06-02', '2', 'Yes', 'No']);
    expect(cells[0]![4]).toMatch(/2025/);
    // a translation alone replaces no digest
    expect(cells[1]).toEqual(['2023-11-23', `9 (${en.translationOnly})`, 'Yes', 'No', en.unknownTime]);
    expect(screen.getByText(en.storageUsed('1.5 KB'))).toBeTruthy();
    expect(screen.getByRole('button', { name: en.exportButton }).hasAttribute('disabled')).toBe(false);
    // each day opens in the reader; the intro links the reader as a whole
    expect(within(rows[0]!).getByRole('link', { name: '2025-06-02' }).getAttribute('href')).toBe('reader.html?date=2025-06-02');
    expect(screen.getByRole('link', { name: en.openReader }).getAttribute('href')).toBe('reader.html');
  });

  test('stored days that cannot be read are shown as a warning, with their reason, and can be deleted', async () => {
    const { named } = setup({
      lists: [listing([day('2025-06-02')], [{ date: '2025-06-03', reason: 'written by a newer version of the extension (format 3)' }, { date: '2025-06-04', reason: 'record: invalid' }]), listing([day('2025-06-02')])],
      handlers: { importDelete: () => null },
    });
    const box = await screen.findByRole('group', { name: en.problems(2) });
    expect(box.textContent).toContain('2 stored days can’t be read');
    expect(box.textContent).toContain('2025-06-03: written by a newer version of the extension (format 3)');
    fireEvent.click(within(box).getByRole('button', { name: en.deleteDay('2025-06-04') }));
    fireEvent.click(within(box).getByRole('button', { name: en.delete }));
    await waitFor(() => expect(named('importDelete')).toEqual([{ date: '2025-06-04' }]));
    await waitFor(() => expect(screen.queryByRole('group', { name: en.problems(2) })).toBeNull());
  });

  test('a list that fails to load says so, with the reason and a retry', async () => {
    const { loadList } = setup({ lists: [new Error('no answer from the background'), listing([day('2025-06-02')])] });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(en.listFailed);
    expect(alert.textContent).toContain('no answer from the background');
    fireEvent.click(within(alert).getByRole('button', { name: en.retry }));
    expect(await within(section(en.daysHeading)).findByRole('table')).toBeTruthy();
    expect(loadList).toHaveBeenCalledTimes(2);
  });

  test('delete asks first, in place; Cancel (or Escape) goes back to the Delete button', async () => {
    const { named } = setup({ lists: [listing([day('2025-06-02')])], handlers: { importDelete: () => null } });
    const del = await screen.findByRole('button', { name: en.deleteDay('2025-06-02') });
    fireEvent.click(del);
    const ask = screen.getByRole('group', { name: en.confirmDelete('2025-06-02') });
    expect(ask.textContent).toContain('Delete 2025-06-02?');
    // focus starts on Cancel: a held Enter must not confirm
    await waitFor(() => expect(document.activeElement).toBe(within(ask).getByRole('button', { name: en.cancel })));
    fireEvent.click(within(ask).getByRole('button', { name: en.cancel }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: en.deleteDay('2025-06-02') })));
    fireEvent.click(screen.getByRole('button', { name: en.deleteDay('2025-06-02') }));
    fireEvent.keyDown(screen.getByRole('button', { name: en.cancel }), { key: 'Escape' });
    expect(screen.queryByRole('group', { name: en.confirmDelete('2025-06-02') })).toBeNull();
    expect(named('importDelete')).toEqual([]);
  });

  test('confirmed delete: the day leaves the list, the status line says so and takes focus', async () => {
    const { named, loadList } = setup({
      lists: [listing([day('2025-06-02'), day('2023-11-23', { replacesBundled: true })]), listing([day('2025-06-02')]), EMPTY],
      handlers: { importDelete: () => null },
    });
    fireEvent.click(await screen.findByRole('button', { name: en.deleteDay('2023-11-23') }));
    fireEvent.click(within(screen.getByRole('group', { name: en.confirmDelete('2023-11-23') })).getByRole('button', { name: en.delete }));
    const status = await within(section(en.daysHeading)).findByText(en.deletedBundledBack('2023-11-23'));
    await waitFor(() => expect(document.activeElement).toBe(status.closest('.op-status')));
    expect(named('importDelete')).toEqual([{ date: '2023-11-23' }]);
    expect(screen.queryByRole('button', { name: en.deleteDay('2023-11-23') })).toBeNull();
    expect(loadList).toHaveBeenCalledTimes(2);

    fireEvent.click(screen.getByRole('button', { name: en.deleteDay('2025-06-02') }));
    fireEvent.click(within(screen.getByRole('group', { name: en.confirmDelete('2025-06-02') })).getByRole('button', { name: en.delete }));
    expect(await screen.findByText(en.deleted('2025-06-02'))).toBeTruthy();
    expect(await screen.findByText(en.noDays)).toBeTruthy();
  });

  test('a failed delete shows an error, not a crash; the day stays', async () => {
    setup({ lists: [listing([day('2025-06-02')])], handlers: { importDelete: () => Promise.reject(new Error('storage is full')) } });
    fireEvent.click(await screen.findByRole('button', { name: en.deleteDay('2025-06-02') }));
    fireEvent.click(within(screen.getByRole('group', { name: en.confirmDelete('2025-06-02') })).getByRole('button', { name: en.delete }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(en.deleteFailed);
    expect(alert.textContent).toContain('storage is full');
    expect(screen.getByRole('button', { name: en.deleteDay('2025-06-02') })).toBeTruthy();
  });
});

describe('import', () => {
  test('picked files are previewed: name, date, papers, errors with lines, warnings; nothing is stored', async () => {
    const { named } = setup({ handlers: { importPreview: () => [NEW, BUNDLED, BROKEN] } });
    await screen.findByText(en.noDays);
    pick(importInput(), [file('2025-06-02.md', 'a'), file('replacement.md', 'b'), file('broken.md', 'c')]);
    const heading = await screen.findByRole('heading', { name: en.previewHeading });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(named('importPreview')).toEqual([{ files: [{ name: '2025-06-02.md', text: 'a' }, { name: 'replacement.md', text: 'b' }, { name: 'broken.md', text: 'c' }] }]);
    expect(named('importSave')).toEqual([]);

    const [add, ask, broken] = previewRows();
    expect([...add!.cells].map((c) => c.textContent)).toEqual(['2025-06-02.md', '2025-06-02', '2', en.none, en.willAdd]);
    expect(ask!.textContent).toContain('Warnings (1)');
    expect(ask!.textContent).toContain('Line 7: a relative teaser image is not shown');
    expect(ask!.textContent).toContain(en.existsBundled('2023-11-23'));
    expect(broken!.cells[1]!.textContent).toBe('—');
    expect(broken!.textContent).toContain('Errors (2)');
    expect(broken!.textContent).toContain('Line 3: paper heading without an arXiv link');
    expect(broken!.textContent).toContain(en.invalid);
    // the parser's messages are English: marked so in a Korean page
    expect(broken!.querySelector('li span[lang="en"]')?.textContent).toMatch(/^no day heading/);
    expect(within(broken!).queryByRole('checkbox')).toBeNull();
  });

  test('an existing day: a Replace checkbox, unticked; Save stores only the new day until it is ticked', async () => {
    const { named } = setup({
      handlers: {
        importPreview: () => [NEW, BUNDLED],
        importSave: ({ confirm }) => ({ saved: ['2025-06-02', ...confirm].sort(), items: [NEW, BUNDLED] }),
      },
    });
    pick(importInput(), [file('2025-06-02.md', 'a'), file('replacement.md', 'b')]);
    const box = (await screen.findByRole('checkbox', { name: en.replace('2023-11-23') })) as HTMLInputElement;
    expect(box.checked).toBe(false);
    expect(screen.getByRole('button', { name: 'Save 1 day' })).toBeTruthy();
    fireEvent.click(box);
    expect(box.checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Save 2 days' }));
    const status = await screen.findByText(en.saved(['2023-11-23', '2025-06-02']));
    expect(named('importSave')).toEqual([{ files: [{ name: '2025-06-02.md', text: 'a' }, { name: 'replacement.md', text: 'b' }], confirm: ['2023-11-23'] }]);
    await waitFor(() => expect(document.activeElement).toBe(status.closest('.op-status')));
    // the preview is done with; the list was read again
    expect(screen.queryByRole('heading', { name: en.previewHeading })).toBeNull();
  });

  test('after a save the list is read again and the status says what was not saved, and why', async () => {
    const { loadList } = setup({
      lists: [EMPTY, listing([day('2025-06-02')])],
      handlers: { importPreview: () => [NEW, BUNDLED, BROKEN], importSave: () => ({ saved: ['2025-06-02'], items: [NEW, BUNDLED, BROKEN] }) },
    });
    pick(importInput(), [file('2025-06-02.md', 'a'), file('replacement.md', 'b'), file('broken.md', 'c')]);
    fireEvent.click(await screen.findByRole('button', { name: 'Save 1 day' }));
    expect(await screen.findByText(/^Saved 1 day: 2025-06-02\. Not saved: replacement\.md \(not replaced\), broken\.md \(errors\)\.$/)).toBeTruthy();
    expect(await screen.findByRole('button', { name: en.deleteDay('2025-06-02') })).toBeTruthy();
    expect(loadList).toHaveBeenCalledTimes(2);
  });

  test('nothing valid: Save is disabled and says why', async () => {
    setup({ handlers: { importPreview: () => [BROKEN, { ...NEW, exists: 'imported', unchanged: true }] } });
    pick(importInput(), [file('broken.md', 'c'), file('2025-06-02.md', 'a')]);
    const save = await screen.findByRole('button', { name: en.save(0) });
    expect(save.hasAttribute('disabled')).toBe(true);
    expect(screen.getByText(en.nothingToSave)).toBeTruthy();
    expect(previewRows()[1]!.textContent).toContain(en.unchanged);
  });

  test('a file over 5 MB is refused before it is read, with the reason; the others are previewed', async () => {
    const { named } = setup({ handlers: { importPreview: () => [NEW] } });
    const big = file('huge.md', 'never read', 6 * MB);
    pick(importInput(), [big, file('2025-06-02.md', 'a')]);
    await screen.findByRole('heading', { name: en.previewHeading });
    expect(big.text).not.toHaveBeenCalled();
    expect(named('importPreview')).toEqual([{ files: [{ name: '2025-06-02.md', text: 'a' }] }]);
    const refused = previewRows()[0]!;
    expect(refused.textContent).toContain('huge.md');
    expect(refused.textContent).toContain('Larger than 5 MB: not read.');
  });

  test('only oversized files: shown as refused, the background is not asked', async () => {
    const { named } = setup();
    pick(importInput(), [file('huge.md', '', 6 * MB)]);
    await screen.findByRole('heading', { name: en.previewHeading });
    expect(named('importPreview')).toEqual([]);
    expect(screen.getByRole('button', { name: en.save(0) }).hasAttribute('disabled')).toBe(true);
  });

  test('dropped files are previewed like picked ones', async () => {
    const { named } = setup({ handlers: { importPreview: () => [NEW] } });
    const zone = document.querySelector('.op-drop')!;
    fireEvent.dragEnter(zone);
    expect(zone.classList.contains('op-drop-over')).toBe(true);
    expect(zone.textContent).toContain(en.dropping);
    fireEvent.drop(zone, { dataTransfer: { files: [file('2025-06-02.md', 'a')] } });
    expect(zone.classList.contains('op-drop-over')).toBe(false);
    await screen.findByRole('heading', { name: en.previewHeading });
    expect(named('importPreview')).toEqual([{ files: [{ name: '2025-06-02.md', text: 'a' }] }]);
  });

  test('pasted text is previewed under its own name; Preview waits for text', async () => {
    const { named } = setup({ handlers: { importPreview: () => [{ ...NEW, name: 'pasted text' }] } });
    const button = screen.getByRole('button', { name: en.preview });
    expect(button.hasAttribute('disabled')).toBe(true);
    fireEvent.input(screen.getByLabelText(en.pasteLabel), { target: { value: '## Daily Papers (2025-06-02)\n' } });
    fireEvent.click(button);
    await screen.findByRole('heading', { name: en.previewHeading });
    expect(named('importPreview')).toEqual([{ files: [{ name: 'pasted text', text: '## Daily Papers (2025-06-02)\n' }] }]);
  });

  test('Discard drops the preview; nothing is stored', async () => {
    const { named } = setup({ handlers: { importPreview: () => [NEW] } });
    pick(importInput(), [file('2025-06-02.md', 'a')]);
    fireEvent.click(await screen.findByRole('button', { name: en.discard }));
    expect(screen.queryByRole('heading', { name: en.previewHeading })).toBeNull();
    // focus goes back to where the import started, not to the page's top
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: en.importHeading })));
    expect(named('importSave')).toEqual([]);
  });

  test('a failed preview and a failed save are errors with the reason, not crashes; the preview stays after a failed save', async () => {
    let failPreview = true;
    setup({
      handlers: {
        importPreview: () => (failPreview ? Promise.reject(new Error('no answer from the background')) : [NEW]),
        importSave: () => Promise.reject(new Error('IO error: .../000003.log: Unable to create writable file')),
      },
    });
    pick(importInput(), [file('2025-06-02.md', 'a')]);
    let alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(en.previewFailed);
    expect(alert.textContent).toContain('no answer from the background');
    failPreview = false;
    pick(importInput(), [file('2025-06-02.md', 'a')]);
    fireEvent.click(await screen.findByRole('button', { name: 'Save 1 day' }));
    alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(en.saveFailed);
    expect(alert.textContent).toContain('Unable to create writable file');
    expect(screen.getByRole('heading', { name: en.previewHeading })).toBeTruthy();
  });

  test.each([
    ['en', 'Resource::kQuotaBytes quota exceeded'],
    ['ko', 'QuotaExceededError: the current transaction exceeded its quota limitations'],
  ] as const)('a save refused for a full storage says so in plain words (%s), and Save can be pressed again', async (lang, error) => {
    const s = optionsT(lang);
    let full = true;
    const { named } = setup({ lang, handlers: { importPreview: () => [NEW], importSave: () => (full ? Promise.reject(new Error(error)) : { saved: ['2025-06-02'], items: [NEW] }) } });
    pick(screen.getByLabelText(s.chooseFiles), [file('2025-06-02.md', 'a')]);
    const save = await screen.findByRole('button', { name: s.save(1) });
    fireEvent.click(save);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(s.storageFull);
    expect(alert.textContent).not.toContain(s.saveFailed);
    expect(alert.textContent).toContain(error);
    full = false;
    fireEvent.click(screen.getByRole('button', { name: s.save(1) }));
    expect(await screen.findByText(s.saved(['2025-06-02']))).toBeTruthy();
    expect(named('importSave')).toHaveLength(2);
  });

  test('a list of imported days that could not be read is reported above the days, with what the background did', async () => {
    setup({ lists: [{ ...listing([day('2025-06-02')]), catalogProblem: 'the list of imported days was damaged: the days were found from their own records' }] });
    const box = await screen.findByRole('group', { name: en.catalogProblem });
    expect(box.textContent).toContain('the days were found from their own records');
    expect(screen.getByRole('link', { name: '2025-06-02' })).toBeTruthy();
  });

  test('a newer pick replaces a preview still on its way', async () => {
    let release: (items: PreviewItem[]) => void = () => undefined;
    const calls: string[] = [];
    setup({
      handlers: {
        importPreview: ({ files }) => {
          calls.push(files[0]!.name);
          return files[0]!.name === 'slow.md' ? new Promise<PreviewItem[]>((r) => (release = r)) : [{ ...NEW, name: 'fast.md' }];
        },
      },
    });
    pick(importInput(), [file('slow.md', 'a')]);
    await waitFor(() => expect(calls).toEqual(['slow.md']));
    pick(importInput(), [file('fast.md', 'b')]);
    await screen.findByText('fast.md');
    release([{ ...NEW, name: 'slow.md' }]);
    await new Promise((r) => setTimeout(r, 10));
    expect(screen.queryByText('slow.md')).toBeNull();
  });
});

describe('backup', () => {
  test('export downloads the background’s text as daily-papers-backup-DATE.json and says so', async () => {
    const { download } = setup({ lists: [listing([day('2025-06-02')])], handlers: { importExport: () => '{"format":"arxiv-daily-papers/backup"}\n' } });
    const button = await screen.findByRole('button', { name: en.exportButton });
    await waitFor(() => expect(button.hasAttribute('disabled')).toBe(false));
    fireEvent.click(button);
    const status = await screen.findByText(en.exported('daily-papers-backup-2025-06-10.json'));
    expect(download).toHaveBeenCalledWith('{"format":"arxiv-daily-papers/backup"}\n', 'daily-papers-backup-2025-06-10.json');
    await waitFor(() => expect(document.activeElement).toBe(status.closest('.op-status')));
  });

  test('a failed export is an error with the reason', async () => {
    const { download } = setup({ lists: [listing([day('2025-06-02')])], handlers: { importExport: () => Promise.reject(new Error('boom')) } });
    fireEvent.click(await screen.findByRole('button', { name: en.exportButton }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(en.exportFailed);
    expect(download).not.toHaveBeenCalled();
  });

  test('restore previews the backup in the backup section, then saves like an import', async () => {
    const days = [
      { ...NEW, key: '0.0', name: 'backup.json (2025-06-02)' },
      { ...NEW, key: '0.1', name: 'backup.json (2025-06-03)', date: '2025-06-03' },
    ];
    const { named } = setup({ handlers: { importPreview: () => days, importSave: () => ({ saved: ['2025-06-02', '2025-06-03'], items: days }) } });
    // a backup may be larger than a digest: 6 MB is read
    const backup = file('backup.json', '{"format":"arxiv-daily-papers/backup"}', 6 * MB);
    pick(screen.getByLabelText(en.restoreLabel), [backup]);
    const backupSection = section(en.backupHeading);
    await within(backupSection).findByRole('heading', { name: en.previewHeading });
    expect(backup.text).toHaveBeenCalled();
    expect(within(section(en.importHeading)).queryByRole('heading', { name: en.previewHeading })).toBeNull();
    fireEvent.click(within(backupSection).getByRole('button', { name: 'Save 2 days' }));
    expect(await within(backupSection).findByText(en.saved(['2025-06-02', '2025-06-03']))).toBeTruthy();
    expect(named('importSave')).toHaveLength(1);
  });
});

describe('shortcuts', () => {
  test('the commands with their keys; how to change them in Chrome', async () => {
    setup({ commands: [{ name: '_execute_action', description: '', shortcut: '' }, { name: 'next-day', description: 'Next day', shortcut: 'Alt+Shift+Right' }] });
    const table = await within(section(en.shortcutsHeading)).findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1).map((r) => r.textContent);
    expect(rows).toEqual([`Open the Daily Papers popup${en.notSet}`, 'Next dayAlt+Shift+Right']);
    expect(section(en.shortcutsHeading).textContent).toContain('chrome://extensions/shortcuts');
  });

  test('Firefox instructions; no commands; a failure is said', async () => {
    setup({ browser: 'firefox' });
    expect(await within(section(en.shortcutsHeading)).findByText(en.noShortcuts)).toBeTruthy();
    expect(section(en.shortcutsHeading).textContent).toContain('about:addons');
    cleanup();
    setup({ commands: new Error('no commands API') });
    expect(await within(section(en.shortcutsHeading)).findByText(en.shortcutsFailed)).toBeTruthy();
  });
});

describe('language', () => {
  test('Korean from the start; the switch saves the language; a change elsewhere follows live, statuses too', async () => {
    const { pref } = setup({
      lang: 'ko',
      lists: [listing([day('2025-06-02')])],
      handlers: { importPreview: () => [NEW], importSave: () => ({ saved: ['2025-06-02'], items: [NEW] }) },
    });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(ko.pageTitle);
    await waitFor(() => expect(document.title).toBe(ko.pageTitle));
    expect(document.documentElement.lang).toBe('ko');
    expect(await screen.findByRole('button', { name: ko.deleteDay('2025-06-02') })).toBeTruthy();
    pick(screen.getByLabelText(ko.chooseFiles), [file('2025-06-02.md', 'a')]);
    fireEvent.click(await screen.findByRole('button', { name: ko.save(1) }));
    expect(await screen.findByText(ko.saved(['2025-06-02']))).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(pref.set).toHaveBeenCalledWith('en');
    expect(await screen.findByText(en.saved(['2025-06-02']))).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(en.pageTitle);
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));

    pref.external('ko');
    expect(await screen.findByRole('heading', { name: ko.daysHeading })).toBeTruthy();
    expect(screen.getByText(ko.saved(['2025-06-02']))).toBeTruthy();
  });
});

describe('privacy', () => {
  test('the page footer links the privacy policy shipped with the extension (privacy.html), in either language', async () => {
    const { pref } = setup({ lang: 'ko' });
    const footer = screen.getByRole('contentinfo');
    const link = within(footer).getByRole('link', { name: ko.privacy });
    expect([link.getAttribute('href'), link.getAttribute('target')]).toEqual(['privacy.html', '_blank']);
    pref.external('en');
    expect(await within(footer).findByRole('link', { name: en.privacy })).toBe(link);
  });
});
