/** Page object of the options page in Chromium (Playwright), shared by the suites that import through it. */
import { expect, type Page } from '@playwright/test';

export function optionsOf(page: Page) {
  return {
    pick: page.locator('input[type="file"][multiple]'),
    restore: page.locator('input[type="file"]:not([multiple])'),
    previewRows: page.locator('.op-preview tbody tr'),
    save: page.locator('.op-preview button.op-primary'),
    /** The status line of a section: import, days, backup. */
    status: (section: 'import' | 'days' | 'backup') => page.locator(`section[aria-labelledby="op-${section}-h"] .op-status`),
    days: page.locator('table.op-days tbody tr'),
    day: (date: string) => page.locator(`table.op-days tbody tr[data-date="${date}"]`),
    empty: page.locator('.op-empty').first(),
  };
}

export const file = (name: string, text: string) => ({ name, mimeType: name.endsWith('.json') ? 'application/json' : 'text/markdown', buffer: Buffer.from(text) });

export async function importThroughPage(page: Page, files: ReturnType<typeof file>[], saved: string[]) {
  const o = optionsOf(page);
  await o.pick.setInputFiles(files);
  await expect(o.save).toBeEnabled();
  await o.save.click();
  await expect(o.status('import')).toContainText(saved.join(', '));
}

export async function deleteThroughPage(page: Page, date: string) {
  const o = optionsOf(page);
  await o.day(date).getByRole('button', { name: new RegExp(`${date} 삭제|Delete ${date}`) }).click();
  // Focus moves to Cancel once the question is rendered (a loaded machine may take a frame or two); the
  // confirming button is the one before it.
  await expect(o.day(date).getByRole('button', { name: /^(취소|Cancel)$/ })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(o.day(date).locator('button.op-danger')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(o.day(date)).toHaveCount(0);
}
