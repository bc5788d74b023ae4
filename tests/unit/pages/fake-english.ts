/**
 * English deps for page tests (src/pages/use-english.ts): storage is fakeBrowser's, the port goes to a
 * background the test starts itself (or to nobody: then requests simply get no answer).
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { EnglishDeps } from '../../../src/pages/use-english';
import { fakeConnect } from '../setup/fake-connect';
import type { TranslatorStatus } from '../../../src/translate/status';

export function fakeEnglishDeps(sender = { url: fakeBrowser.runtime.getURL('/popup.html'), id: fakeBrowser.runtime.id }): EnglishDeps {
  return {
    storage: fakeBrowser.storage.local,
    onChanged: fakeBrowser.storage.onChanged,
    connect: ({ name }) => fakeConnect.connect(name, sender),
  };
}

/** A background that answers every request for English with `status` (and nothing else). */
export function answeringEnglishDeps(status: TranslatorStatus): EnglishDeps {
  return {
    storage: fakeBrowser.storage.local,
    onChanged: fakeBrowser.storage.onChanged,
    connect: ({ name }) => {
      const listeners: ((m: unknown) => void)[] = [];
      return {
        name,
        postMessage: () => queueMicrotask(() => listeners.forEach((l) => l({ type: 'status', status }))),
        onMessage: { addListener: (l: (m: unknown) => void) => void listeners.push(l) },
        onDisconnect: { addListener: () => undefined },
        disconnect: () => undefined,
      };
    },
  };
}
