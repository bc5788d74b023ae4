/**
 * English deps for page tests (src/pages/use-english.ts): storage is fakeBrowser's, the port goes to a
 * background the test starts itself (or to nobody: then requests simply get no answer).
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { EnglishDeps } from '../../../src/pages/use-english';
import { fakeConnect } from '../setup/fake-connect';

export function fakeEnglishDeps(sender = { url: 'chrome-extension://test/popup.html', id: fakeBrowser.runtime.id }): EnglishDeps {
  return {
    storage: fakeBrowser.storage.local,
    onChanged: fakeBrowser.storage.onChanged,
    connect: ({ name }) => fakeConnect.connect(name, sender),
  };
}
