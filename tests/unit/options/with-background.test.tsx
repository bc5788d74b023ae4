// @vitest-environment happy-dom
/**
 * The options page against the real background (its dispatcher over fakeBrowser storage): the answers the
 * page renders are the ones the import store really gives.
 */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../../src/background/main';
import { createRepository } from '../../../src/packaged/repository';
import { importKey } from '../../../src/digest/import-records';
import { optionsT } from '../../../src/i18n/options-strings';
import { compileSeed } from '../digest/seed';
import { renderOptionsPage } from './page-with-background';

const en = optionsT('en');
const files = compileSeed().files;

function digest(date: string, papers: [string, string][]): string {
  return `## Daily Papers (${date})\n\n${papers.map(([id, title]) => `### [${title}](https://arxiv.org/abs/${id})\n\nAuthors: Ada Lovelace\n\n- ${title} 요약입니다.\n`).join('\n')}`;
}
const NEW_DAY = digest('2025-06-02', [
  ['2506.00001', 'First imported paper'],
  ['2506.00002', 'Second imported paper'],
]);

beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(console, 'error').mockImplementation(() => {});
  const bg = startBackground(fakeBrowser, createRepository(async (p) => (files.has(p) ? JSON.parse(files.get(p)!) : undefined)), Promise.resolve('test/1'));
  await bg.lookupReady;
  renderOptionsPage();
});
afterEach(cleanup);

function pick(text: string, name: string) {
  const input = screen.getByLabelText(en.chooseFiles);
  Object.defineProperty(input, 'files', { value: [{ name, size: text.length * 3, text: async () => text }], configurable: true });
  fireEvent.change(input);
}

test('import a new day, see it listed; the same file again is unchanged; a bundled date asks; delete', async () => {
  await screen.findByText(en.noDays);
  pick(NEW_DAY, '2025-06-02.md');
  fireEvent.click(await screen.findByRole('button', { name: 'Save 1 day' }));
  expect(await screen.findByText(en.saved(['2025-06-02']))).toBeTruthy();
  expect((await fakeBrowser.storage.local.get(importKey('2025-06-02')))[importKey('2025-06-02')]).toMatchObject({ md: NEW_DAY });
  const row = (await screen.findByRole('button', { name: en.deleteDay('2025-06-02') })).closest('tr')!;
  expect(row.textContent).toMatch(/^2025-06-022NoNo/);

  pick(NEW_DAY, '2025-06-02.md');
  expect(await screen.findByText(en.unchanged)).toBeTruthy();

  pick(digest('2023-11-23', [['2311.12983', 'GAIA again']]), 'gaia.md');
  const replace = await screen.findByRole('checkbox', { name: en.replace('2023-11-23') });
  expect(screen.getByText(en.existsBundled('2023-11-23'))).toBeTruthy();
  fireEvent.click(replace);
  fireEvent.click(screen.getByRole('button', { name: 'Save 1 day' }));
  expect(await screen.findByText(en.saved(['2023-11-23']))).toBeTruthy();
  const bundledRow = (await screen.findByRole('button', { name: en.deleteDay('2023-11-23') })).closest('tr')!;
  expect([...bundledRow.cells].map((c) => c.textContent).slice(0, 4)).toEqual(['2023-11-23', '1', 'No', 'Yes']);

  fireEvent.click(within(bundledRow).getByRole('button', { name: en.deleteDay('2023-11-23') }));
  fireEvent.click(within(screen.getByRole('group', { name: en.confirmDelete('2023-11-23') })).getByRole('button', { name: en.delete }));
  expect(await screen.findByText(en.deletedBundledBack('2023-11-23'))).toBeTruthy();
  await waitFor(() => expect(screen.queryByRole('button', { name: en.deleteDay('2023-11-23') })).toBeNull());
});

test('a malformed file shows its errors with line numbers and stores nothing', async () => {
  await screen.findByText(en.noDays);
  pick('## Daily Papers (2025-06-02)\n\n### A title without a link\n\n- <script>alert(1)</script>\n', 'broken.md');
  expect(await screen.findByText(en.invalid)).toBeTruthy();
  expect(screen.getByText(/paper heading without an arXiv link/).closest('li')!.textContent).toMatch(/^Line 3: /);
  expect(screen.getByRole('button', { name: en.save(0) }).hasAttribute('disabled')).toBe(true);
  // text is text: no element was made from the file's markup
  expect(document.querySelector('script')).toBeNull();
  expect(await fakeBrowser.storage.local.get(null)).not.toHaveProperty('imports');
});
