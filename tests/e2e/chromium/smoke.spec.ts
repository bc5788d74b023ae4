import { expect, test } from '../fixtures';

test('extension loads: service worker runs and the popup shows papers', async ({ context, extensionId, serviceWorker }) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  const manifest = await serviceWorker.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.manifest_version).toBe(3);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  // The header shows in the loading and error states too: a paper item only when data arrived.
  await expect(popup.locator('li.pp-item').first()).toBeVisible();
  await popup.close();
});
