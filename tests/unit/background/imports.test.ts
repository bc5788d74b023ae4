import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../../src/background/main';
import { createRepository } from '../../../src/packaged/repository';
import { BACKUP_FORMAT, importKey, IMPORTS_KEY } from '../../../src/digest/import-records';
import { entryKey, hitOf, LOOKUP_KEY, lookupReady } from '../../../src/model/lookup-entry';
import { typedSend } from '../../../src/messaging/send';
import { compileSeed, seedText } from '../digest/seed';
import { pageSender } from './handlers-for';
import { bytesInUse, limitStorage, QUOTA_ERROR } from '../storage-faults';

const files = compileSeed().files;
const bundled = () => createRepository(async (p) => (files.has(p) ? JSON.parse(files.get(p)!) : undefined));

/** A digest in the archive's format; `papers` are [id, title, bullet]. */
function digest(date: string, papers: [string, string, string][]): string {
  return `## Daily Papers (${date})\n\n${papers.map(([id, title, bullet]) => `### [${title}](https://arxiv.org/abs/${id})\n\nAuthors: Ada Lovelace, Alan Turing\n\n- ${bullet}\n`).join('\n')}`;
}
const NEW_DAY = digest('2025-06-02', [
  ['2506.00001', 'First imported paper', '첫 번째 가져온 논문의 요약입니다.'],
  ['2506.00002', 'Second imported paper', '두 번째 요약 (https://example.org/x)에서 확인할 수 있습니다.'],
]);

let send: ReturnType<typeof typedSend>;
let bg: ReturnType<typeof startBackground>;

beforeEach(async () => {
  fakeBrowser.reset();
  bg = startBackground(fakeBrowser, bundled(), Promise.resolve('test/1'));
  await bg.lookupReady;
  // Through the dispatcher the background registered, with a JSON round trip like runtime messaging.
  send = typedSend(async (m) => JSON.parse(JSON.stringify((await fakeBrowser.runtime.onMessage.trigger(m, pageSender('options.html'), () => {}))[0] ?? null)));
});

const stored = async (key: string) => (await fakeBrowser.storage.local.get(key))[key];
const file = (name: string, text: string) => ({ name, text });

describe('importing days in the extension', () => {
  test('preview says what would happen and stores nothing', async () => {
    const items = await send('importPreview', { files: [file('2025-06-02.md', NEW_DAY)] });
    expect(items).toEqual([{ key: '0', name: '2025-06-02.md', kind: 'digest', date: '2025-06-02', papers: 2, errors: [], warnings: [] }]);
    expect(await stored(IMPORTS_KEY)).toBeUndefined();
    expect(await send('dates', {})).toEqual(['2023-11-23']);
  });

  test('a saved day is a day like the bundled ones: dates, day, its papers found by the panel’s lookup table', async () => {
    expect(await send('importSave', { files: [file('2025-06-02.md', NEW_DAY)], confirm: [] })).toMatchObject({ saved: ['2025-06-02'] });
    expect(await send('dates', {})).toEqual(['2023-11-23', '2025-06-02']);
    expect((await send('day', { date: '2025-06-02' }))?.papers.map((p) => p.id)).toEqual(['2506.00001', '2506.00002']);
    expect(await send('start', { url: 'https://arxiv.org/abs/2506.00002' })).toMatchObject({ highlight: '2506.00002', day: { date: '2025-06-02' } });
    expect(hitOf(await stored(entryKey('2506.00001')))).toMatchObject({ date: '2025-06-02', paper: { title: 'First imported paper' } });
    // verbatim: the markdown is stored byte for byte
    expect(await stored(importKey('2025-06-02'))).toMatchObject({ v: 2, md: NEW_DAY, replacesBundled: false });
    expect(await send('importList', {})).toMatchObject({ days: [{ date: '2025-06-02', papers: 2, digest: true, english: false }], problems: [] });
  });

  test('a day that exists is only replaced when its date is confirmed', async () => {
    const replacement = digest('2023-11-23', [['2311.12983', 'GAIA again', '새 요약입니다.']]);
    expect(await send('importPreview', { files: [file('x.md', replacement)] })).toMatchObject([{ date: '2023-11-23', exists: 'bundled' }]);
    expect(await send('importSave', { files: [file('x.md', replacement)], confirm: [] })).toMatchObject({ saved: [] });
    expect((await send('day', { date: '2023-11-23' }))?.papers).toHaveLength(9);
    expect(await send('importSave', { files: [file('x.md', replacement)], confirm: ['2023-11-23'] })).toMatchObject({ saved: ['2023-11-23'] });
    expect((await send('day', { date: '2023-11-23' }))?.papers.map((p) => p.title)).toEqual(['GAIA again']);
    // the replaced day's other papers are no longer found; GAIA is, with the new summary
    expect(await stored(entryKey('2311.13600'))).toBeUndefined();
    expect(hitOf(await stored(entryKey('2311.12983')))?.paper.title).toBe('GAIA again');
    // deleting the import brings the bundled day back
    await send('importDelete', { date: '2023-11-23' });
    expect((await send('day', { date: '2023-11-23' }))?.papers).toHaveLength(9);
    expect(hitOf(await stored(entryKey('2311.13600')))?.date).toBe('2023-11-23');
    expect(hitOf(await stored(entryKey('2311.12983')))?.paper.title).toBe('GAIA: a benchmark for General AI Assistants');
  });

  test('re-importing the same file is unchanged; an imported day is replaced only when confirmed', async () => {
    await send('importSave', { files: [file('a.md', NEW_DAY)], confirm: [] });
    expect(await send('importPreview', { files: [file('a.md', NEW_DAY)] })).toMatchObject([{ exists: 'imported', unchanged: true }]);
    const changed = NEW_DAY.replace('첫 번째', '처음');
    expect(await send('importSave', { files: [file('a.md', changed)], confirm: [] })).toMatchObject({ saved: [] });
    expect(await send('importSave', { files: [file('a.md', changed)], confirm: ['2025-06-02'] })).toMatchObject({ saved: ['2025-06-02'] });
    expect(await stored(importKey('2025-06-02'))).toMatchObject({ md: changed });
  });

  test('delete removes the day and its papers’ entries', async () => {
    await send('importSave', { files: [file('a.md', NEW_DAY)], confirm: [] });
    await send('importDelete', { date: '2025-06-02' });
    expect(await send('dates', {})).toEqual(['2023-11-23']);
    expect(await stored(entryKey('2506.00001'))).toBeUndefined();
    expect(await stored(importKey('2025-06-02'))).toBeUndefined();
    expect(await send('importList', {})).toMatchObject({ days: [] });
  });

  test.each([
    ['no date heading', '### [T](https://arxiv.org/abs/2506.00001)\n\nAuthors: A\n\n- 요약\n', /missing day header/],
    ['a heading without a link', '## Daily Papers (2025-06-02)\n\n### Just a title\n\nAuthors: A\n\n- 요약\n', /paper heading without an arXiv link/],
    ['a non-arXiv link', '## Daily Papers (2025-06-02)\n\n### [T](https://example.org/abs/2506.00001)\n\nAuthors: A\n\n- 요약\n', /invalid arXiv ID/],
    ['duplicate IDs', digest('2025-06-02', [['2506.00001', 'A', '가'], ['2506.00001', 'B', '나']]), /duplicate ID 2506.00001/],
    ['an empty bullet', '## Daily Papers (2025-06-02)\n\n### [T](https://arxiv.org/abs/2506.00001)\n\nAuthors: A\n\n- \n', /empty/],
    ['an HTML line', '## Daily Papers (2025-06-02)\n\n### [T](https://arxiv.org/abs/2506.00001)\n\nAuthors: A\n\n<script>alert(1)</script>\n- 요약\n', /HTML is not read/],
  ])('%s: errors with line numbers, nothing stored', async (_name, text, message) => {
    await send('importSave', { files: [file('ok.md', NEW_DAY)], confirm: [] });
    const before = await fakeBrowser.storage.local.get(null);
    const [item] = await send('importPreview', { files: [file('bad.md', text)] });
    expect(item!.errors.length).toBeGreaterThan(0);
    expect(item!.errors.map((e) => e.message).join('\n')).toMatch(message);
    expect(item!.errors.every((e) => e.line >= 1)).toBe(true);
    expect(await send('importSave', { files: [file('bad.md', text)], confirm: ['2025-06-02'] })).toMatchObject({ saved: [] });
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  test('HTML in the text of a bullet is text: stored verbatim, rendered as text', async () => {
    const html = digest('2025-06-03', [['2506.00003', 'Title <b>bold</b>', '<img src=x onerror=alert(1)> 요약']]);
    await send('importSave', { files: [file('h.md', html)], confirm: [] });
    const paper = (await send('day', { date: '2025-06-03' }))!.papers[0]!;
    expect(paper.title).toBe('Title <b>bold</b>');
    expect(paper.summary.ko.bullets[0]).toEqual(['<img src=x onerror=alert(1)> 요약']);
  });

  test('a file over 5 MB is refused with a clear message', async () => {
    const big = `${NEW_DAY}\n${'- 가'.repeat(1_300_000)}`;
    const [item] = await send('importPreview', { files: [file('big.md', big)] });
    expect(item!.errors).toEqual([{ line: 1, message: 'the file is larger than 5 MB' }]);
  });

  test('an English translation for an imported day, and for a bundled day', async () => {
    const en = (date: string, id: string, bullet: string) => JSON.stringify({ date, lang: 'en', translated_from: 'ko', papers: { [id]: { bullets: [bullet] } } });
    await send('importSave', { files: [file('a.md', NEW_DAY), file('2025-06-02.en.json', en('2025-06-02', '2506.00001', 'Summary of the first imported paper.'))], confirm: [] });
    const day = await send('day', { date: '2025-06-02' });
    expect(day?.papers[0]!.summary.en?.bullets).toEqual([['Summary of the first imported paper.']]);
    expect(await send('importList', {})).toMatchObject({ days: [{ date: '2025-06-02', english: true, digest: true }] });
    // the URL check of the build applies: a translation that drops a URL is refused
    const [bad] = await send('importPreview', { files: [file('2025-06-02.en.json', en('2025-06-02', '2506.00002', 'Second summary without the link.'))] });
    expect(bad!.errors[0]!.message).toMatch(/URLs must be unchanged/);
  });

  test('export keeps the markdown verbatim; clear; restore gives back the same days byte for byte', async () => {
    const other = digest('2025-06-04', [['2506.00004', 'Fourth', '네 번째 요약입니다.']]);
    await send('importSave', { files: [file('a.md', NEW_DAY), file('b.md', other)], confirm: [] });
    const backup = await send('importExport', {});
    expect(JSON.parse(backup)).toMatchObject({ format: BACKUP_FORMAT, version: 2, days: [{ date: '2025-06-02', md: NEW_DAY }, { date: '2025-06-04', md: other }] });
    await send('importDelete', { date: '2025-06-02' });
    await send('importDelete', { date: '2025-06-04' });
    expect(await send('importPreview', { files: [file('backup.json', backup)] })).toMatchObject([{ date: '2025-06-02', papers: 2 }, { date: '2025-06-04', papers: 1 }]);
    await send('importSave', { files: [file('backup.json', backup)], confirm: [] });
    expect((await stored(importKey('2025-06-02'))) as { md: string }).toMatchObject({ md: NEW_DAY });
    expect((await stored(importKey('2025-06-04'))) as { md: string }).toMatchObject({ md: other });
  });

  test('a backup from an older format version is migrated on restore', async () => {
    const v1 = JSON.stringify({ format: BACKUP_FORMAT, version: 1, days: [{ date: '2025-06-02', markdown: NEW_DAY }] });
    expect(await send('importPreview', { files: [file('old.json', v1)] })).toMatchObject([{ date: '2025-06-02', papers: 2, errors: [] }]);
    await send('importSave', { files: [file('old.json', v1)], confirm: [] });
    expect(await stored(importKey('2025-06-02'))).toMatchObject({ v: 2, md: NEW_DAY });
    const newer = JSON.stringify({ format: BACKUP_FORMAT, version: 9, days: [] });
    expect((await send('importPreview', { files: [file('new.json', newer)] }))[0]!.errors[0]!.message).toMatch(/newer version/);
  });

  test('stored data is validated on read: an older record is migrated, a damaged or newer one is skipped with a warning and kept', async () => {
    await send('importSave', { files: [file('a.md', NEW_DAY)], confirm: [] });
    const catalog = (await stored(IMPORTS_KEY)) as { v: 2; days: Record<string, unknown> };
    const other = digest('2025-06-05', [['2506.00005', 'Old record', '예전 형식의 기록입니다.']]);
    await fakeBrowser.storage.local.set({
      [importKey('2025-06-05')]: { v: 1, date: '2025-06-05', markdown: other },
      [importKey('2025-06-06')]: { v: 2, date: '2025-06-06', md: '## Daily Papers (2025-06-06)\n\nnot a digest', replacesBundled: false, importedAt: 'x' },
      [importKey('2025-06-07')]: { v: 7, future: true },
      [IMPORTS_KEY]: { ...catalog, days: { ...catalog.days, '2025-06-05': {}, '2025-06-06': {}, '2025-06-07': {} } },
    });
    const list = await send('importList', {});
    expect(list.days.map((d) => d.date)).toEqual(['2025-06-02', '2025-06-05']);
    expect(list.problems.map((p) => p.date)).toEqual(['2025-06-06', '2025-06-07']);
    expect(list.problems[1]!.reason).toMatch(/newer version/);
    expect(await send('dates', {})).toEqual(['2023-11-23', '2025-06-02', '2025-06-05']);
    expect(await stored(importKey('2025-06-07'))).toEqual({ v: 7, future: true });
  });

  test('a failure part-way through a save leaves the previous state intact', async () => {
    await send('importSave', { files: [file('a.md', NEW_DAY)], confirm: [] });
    const before = await fakeBrowser.storage.local.get(null);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const other = digest('2025-06-04', [['2506.00004', 'Fourth', '네 번째 요약입니다.']]);
    await expect(send('importSave', { files: [file('b.md', other)], confirm: [] })).rejects.toThrow('QUOTA_BYTES quota exceeded');
    expect(set).toHaveBeenCalled();
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
    expect(await send('dates', {})).toEqual(['2023-11-23', '2025-06-02']);
  });

  test('a day stored while its lookup entries cannot be written is reported saved, and pages are sent to the background for it', async () => {
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      if (Object.keys(items).some((k) => k.startsWith('p:'))) throw new Error(QUOTA_ERROR);
      await set(items);
    });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const replaced = digest('2023-11-23', [['2311.12983', 'GAIA, imported', '가져온 요약입니다.']]);
    expect(await send('importSave', { files: [file('a.md', NEW_DAY), file('b.md', replaced)], confirm: ['2023-11-23'] })).toMatchObject({ saved: ['2025-06-02', '2023-11-23'] });
    expect(await stored(importKey('2025-06-02'))).toMatchObject({ md: NEW_DAY });
    // The bundled summary of 2311.12983 is no longer in the table to be shown, nor is the marker that would make pages trust it.
    expect(await stored(entryKey('2311.12983'))).toBeUndefined();
    expect(lookupReady(await stored(LOOKUP_KEY), 'test')).toBe(false);
    expect((await send('lookup', { id: '2311.12983' }))?.hit.paper.title).toBe('GAIA, imported');
    expect((await send('lookup', { id: '2506.00001' }))?.hit.date).toBe('2025-06-02');
    // The refill that follows cannot be written either: it says so, and the imported days stay.
    await vi.waitFor(async () => expect(await stored(LOOKUP_KEY)).toMatchObject({ failed: { error: QUOTA_ERROR } }));
    expect((await send('importList', {})).days.map((d) => d.date)).toEqual(['2023-11-23', '2025-06-02']);
  });

  test('the seed digest itself re-imported over its bundled day: unchanged content, asks first', async () => {
    expect(await send('importPreview', { files: [file('2023-11-23.md', seedText())] })).toMatchObject([{ date: '2023-11-23', papers: 9, exists: 'bundled' }]);
  });
});

describe('what is stored under the imports’ keys, and storage that fails', () => {
  const OTHER = digest('2025-06-04', [['2506.00004', 'Fourth', '네 번째 요약입니다.']]);
  const quiet = () => vi.spyOn(console, 'error').mockImplementation(() => undefined);

  test('a list of days written by a newer version is kept as it is and reported; saving and deleting refuse, changing nothing', async () => {
    await send('importSave', { files: [file('a.md', NEW_DAY)], confirm: [] });
    const newer = { v: 99, days: ['2025-06-02'], extra: true };
    await fakeBrowser.storage.local.set({ [IMPORTS_KEY]: newer });
    const log = quiet();
    const before = await fakeBrowser.storage.local.get(null);
    const list = await send('importList', {});
    expect(list.days).toEqual([]);
    expect(list.catalogProblem).toMatch(/newer version of the extension \(format 99\)/);
    expect(log).toHaveBeenCalledWith('[daily-papers]', 'reading the imported days', expect.stringContaining('format 99'));
    await expect(send('importSave', { files: [file('b.md', OTHER)], confirm: [] })).rejects.toThrow(/newer version .* kept as they are/);
    await expect(send('importDelete', { date: '2025-06-02' })).rejects.toThrow(/newer version/);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  test.each([
    ['not an object', 'garbage'],
    ['days of the wrong shape', { v: 2, days: ['2025-06-02'] }],
    ['a key that is no date', { v: 2, days: { '2025-06-02': {}, 'not-a-date': {} } }],
  ])('a damaged list of days (%s) is reported; the days are found from their records, and the next save writes a sound list', async (_name, damaged) => {
    await send('importSave', { files: [file('a.md', NEW_DAY)], confirm: [] });
    await fakeBrowser.storage.local.set({ [IMPORTS_KEY]: damaged });
    const log = quiet();
    const list = await send('importList', {});
    expect(list.days).toMatchObject([{ date: '2025-06-02', papers: 2, digest: true }]);
    expect(list.catalogProblem).toMatch(/damaged/);
    expect(log).toHaveBeenCalledWith('[daily-papers]', expect.stringContaining('the list of imported days was damaged'), damaged);
    expect(await send('dates', {})).toEqual(['2023-11-23', '2025-06-02']);
    await send('importSave', { files: [file('b.md', OTHER)], confirm: [] });
    expect(Object.keys(((await stored(IMPORTS_KEY)) as { days: object }).days)).toEqual(['2025-06-02', '2025-06-04']);
    expect((await send('importList', {})).catalogProblem).toBeUndefined();
  });

  test('a damaged entry of the list is worked out again from its day', async () => {
    await send('importSave', { files: [file('a.md', NEW_DAY)], confirm: [] });
    await fakeBrowser.storage.local.set({ [IMPORTS_KEY]: { v: 2, days: { '2025-06-02': 'x' } } });
    expect((await send('importList', {})).days).toMatchObject([{ date: '2025-06-02', papers: 2, digest: true, english: false }]);
  });

  test('an import for a date whose stored record cannot be read asks first, and keeps the record unless confirmed', async () => {
    const newerRecord = { v: 99, date: '2025-06-02', future: 'format' };
    await fakeBrowser.storage.local.set({ [importKey('2025-06-02')]: newerRecord, [IMPORTS_KEY]: { v: 2, days: { '2025-06-02': {} } } });
    expect(await send('importPreview', { files: [file('a.md', NEW_DAY)] })).toMatchObject([{ date: '2025-06-02', exists: 'imported' }]);
    expect(await send('importSave', { files: [file('a.md', NEW_DAY)], confirm: [] })).toMatchObject({ saved: [] });
    expect(await stored(importKey('2025-06-02'))).toEqual(newerRecord);
    expect(await send('importSave', { files: [file('a.md', NEW_DAY)], confirm: ['2025-06-02'] })).toMatchObject({ saved: ['2025-06-02'] });
    expect(await stored(importKey('2025-06-02'))).toMatchObject({ v: 2, md: NEW_DAY });
  });

  test('a restore that does not fit the quota stores nothing, says why, and goes through once there is room', async () => {
    await send('importSave', { files: [file('a.md', NEW_DAY)], confirm: [] });
    const backup = (await send('importExport', {})).replace(/2025-06-02/g, '2025-06-03').replace('"days": [', `"days": [\n  ${JSON.stringify({ date: '2025-06-04', md: OTHER })},`);
    const before = await fakeBrowser.storage.local.get(null);
    const quota = limitStorage(fakeBrowser.storage.local, (await bytesInUse(fakeBrowser.storage.local)) + 200);
    await expect(send('importSave', { files: [file('backup.json', backup)], confirm: [] })).rejects.toThrow(QUOTA_ERROR);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
    expect(await send('dates', {})).toEqual(['2023-11-23', '2025-06-02']);
    quota.mockRestore();
    expect(await send('importSave', { files: [file('backup.json', backup)], confirm: [] })).toMatchObject({ saved: ['2025-06-04', '2025-06-03'] });
  });
});
