import { describe, expect, test, vi } from 'vitest';
import type { PreviewItem } from '../../../src/digest/import-batch';
import { MAX_BACKUP_BYTES, MAX_IMPORT_BYTES, MAX_IMPORT_FILES } from '../../../src/digest/import-limits';
import { backupFileName } from '../../../src/options/backup-file';
import { limitFor, readPasted, readPicked, type PickedFile } from '../../../src/options/files';
import { formatBytes, formatImportedAt } from '../../../src/options/format';
import { confirmFor, datesToSave, notSaved, outcomeOf } from '../../../src/options/preview-model';
import { shortcutRows } from '../../../src/options/shortcuts';

const MB = 1024 * 1024;

function picked(name: string, size: number, text = 'x'): PickedFile & { text: ReturnType<typeof vi.fn> } {
  return { name, size, text: vi.fn(async () => text) };
}

describe('files', () => {
  test('digests and translations are held to 5 MB, anything else (a backup) to 32 MB, a restore always to 32 MB', () => {
    expect(limitFor('2025-06-02.md', 'import')).toBe(MAX_IMPORT_BYTES);
    expect(limitFor('2025-06-02.en.json', 'import')).toBe(MAX_IMPORT_BYTES);
    expect(limitFor('notes.TXT', 'import')).toBe(MAX_IMPORT_BYTES);
    expect(limitFor('daily-papers-backup-2025-06-10.json', 'import')).toBe(MAX_BACKUP_BYTES);
    expect(limitFor('2025-06-02.md', 'restore')).toBe(MAX_BACKUP_BYTES);
  });

  test('a file over its limit is refused without being read; the others are read', async () => {
    const big = picked('big.md', 6 * MB);
    const ok = picked('2025-06-02.md', 100, '## Daily Papers (2025-06-02)');
    const exactly = picked('edge.md', MAX_IMPORT_BYTES);
    const r = await readPicked([big, ok, exactly], 'import');
    expect(big.text).not.toHaveBeenCalled();
    expect(r.refused).toEqual([{ name: 'big.md', reason: { kind: 'too-large', limit: MAX_IMPORT_BYTES } }]);
    expect(r.files.map((f) => f.name)).toEqual(['2025-06-02.md', 'edge.md']);
    expect(r.files[0]!.text).toBe('## Daily Papers (2025-06-02)');
  });

  test('one import carries at most 500 files and 32 MB; the rest is refused unread', async () => {
    const many = Array.from({ length: MAX_IMPORT_FILES + 2 }, (_, i) => picked(`${i}.md`, 10));
    const r = await readPicked(many, 'import');
    expect(r.files).toHaveLength(MAX_IMPORT_FILES);
    expect(r.refused).toEqual([
      { name: '500.md', reason: { kind: 'too-much' } },
      { name: '501.md', reason: { kind: 'too-much' } },
    ]);
    expect(many[501]!.text).not.toHaveBeenCalled();
    const heavy = Array.from({ length: 8 }, (_, i) => picked(`${i}.md`, 4.5 * MB));
    const h = await readPicked(heavy, 'import');
    expect(h.files).toHaveLength(7);
    expect(h.refused.map((x) => x.reason.kind)).toEqual(['too-much']);
  });

  test('a file that cannot be read is refused, not thrown', async () => {
    const bad: PickedFile = { name: 'gone.md', size: 10, text: () => Promise.reject(new Error('NotReadableError')) };
    expect(await readPicked([bad], 'import')).toEqual({ files: [], refused: [{ name: 'gone.md', reason: { kind: 'unreadable' } }] });
  });

  test('very long names are shortened to what a request may carry', async () => {
    const r = await readPicked([picked(`${'a'.repeat(800)}.md`, 1)], 'import');
    expect(r.files[0]!.name).toHaveLength(500);
    expect(r.files[0]!.name.endsWith('…')).toBe(true);
  });

  test('pasted text: its UTF-8 size counts (Korean takes three bytes a character)', () => {
    expect(readPasted('가'.repeat(MAX_IMPORT_BYTES / 3), 'pasted text').files).toHaveLength(1);
    expect(readPasted('가'.repeat(MAX_IMPORT_BYTES / 3 + 1), 'pasted text')).toEqual({
      files: [],
      refused: [{ name: 'pasted text', reason: { kind: 'too-large', limit: MAX_IMPORT_BYTES } }],
    });
  });
});

const item = (over: Partial<PreviewItem>): PreviewItem => ({ key: '0', name: 'a.md', kind: 'digest', date: '2025-06-02', papers: 2, errors: [], warnings: [], ...over });

describe('preview model', () => {
  const items = [
    item({ key: '0', name: 'new.md', date: '2025-06-02' }),
    item({ key: '1', name: 'bundled.md', date: '2023-11-23', exists: 'bundled' }),
    item({ key: '2', name: 'bad.md', date: undefined, papers: undefined, errors: [{ line: 1, message: 'no day heading' }] }),
    item({ key: '3', name: 'same.md', date: '2025-06-03', exists: 'imported', unchanged: true }),
    item({ key: '4', name: '2025-06-02.en.json', kind: 'translation', date: '2025-06-02' }),
  ];

  test('each item: added, asks to replace, invalid, or unchanged', () => {
    expect(items.map((i) => outcomeOf(i).kind)).toEqual(['add', 'ask', 'invalid', 'unchanged', 'add']);
    expect(outcomeOf(items[1]!)).toEqual({ kind: 'ask', date: '2023-11-23', exists: 'bundled' });
  });

  test('Save stores the new days, and an existing one only once ticked; a digest and its translation are one day', () => {
    expect(datesToSave(items, new Set())).toEqual(['2025-06-02']);
    expect(datesToSave(items, new Set(['2023-11-23']))).toEqual(['2023-11-23', '2025-06-02']);
  });

  test('only ticks that an item asks about are sent', () => {
    expect(confirmFor(items, new Set(['2023-11-23', '2025-06-03', '1999-01-01']))).toEqual(['2023-11-23']);
  });

  test('after a save: what was not written, and why', () => {
    expect(notSaved(items, ['2025-06-02'])).toEqual([
      { name: 'bundled.md', reason: 'not-replaced' },
      { name: 'bad.md', reason: 'errors' },
      { name: 'same.md', reason: 'unchanged' },
    ]);
    expect(notSaved(items, ['2025-06-02', '2023-11-23']).map((n) => n.name)).toEqual(['bad.md', 'same.md']);
  });
});

describe('format', () => {
  test('sizes in B, KB, MB', () => {
    expect(formatBytes(512, 'en')).toBe('512 B');
    expect(formatBytes(1536, 'en')).toBe('1.5 KB');
    expect(formatBytes(12.25 * MB, 'ko')).toBe('12.3 MB');
  });

  test('import times in the reader’s language; an unknown one is undefined', () => {
    expect(formatImportedAt('2025-06-10T08:30:00.000Z', 'en')).toMatch(/2025/);
    expect(formatImportedAt('2025-06-10T08:30:00.000Z', 'ko')).toMatch(/2025/);
    expect(formatImportedAt('unknown', 'en')).toBeUndefined();
  });
});

test('backup file name: the local date', () => {
  expect(backupFileName(new Date(2025, 5, 2, 23, 59))).toBe('daily-papers-backup-2025-06-02.json');
  expect(backupFileName(new Date(2026, 0, 9))).toBe('daily-papers-backup-2026-01-09.json');
});

test('shortcuts: the extension’s own commands in the page’s words (either manifest version), another command’s own description, unset keys', () => {
  const commands = [
    { name: '_execute_action', description: '', shortcut: 'Alt+Shift+D' },
    { name: 'toggle-language', description: 'Switch the summary language', shortcut: 'Alt+Shift+L' },
    { name: 'next-day', description: 'Next day', shortcut: '' },
  ];
  expect(shortcutRows(commands, 'en')).toEqual([
    { key: '_execute_action', action: 'Open the Daily Papers popup', shortcut: 'Alt+Shift+D' },
    { key: 'toggle-language', action: 'Switch the summary language (한국어 ↔ English)', shortcut: 'Alt+Shift+L' },
    { key: 'next-day', action: 'Next day' },
  ]);
  expect(shortcutRows([{ name: '_execute_browser_action', shortcut: 'Alt+Shift+D' }], 'ko')).toEqual([
    { key: '_execute_browser_action', action: 'Daily Papers 팝업 열기', shortcut: 'Alt+Shift+D' },
  ]);
});
