import { fakeBrowser } from 'wxt/testing/fake-browser';
import { backgroundHandlers, type HandlerDeps } from '../../../src/background/handlers';
import { importStore } from '../../../src/background/imports';
import type { SenderKind } from '../../../src/messaging/protocol';
import type { Repository } from '../../../src/model/repository';

/** The background's handlers over a repository, with an import store in fakeBrowser's storage. */
export function handlersFor(repo: Repository, settings?: HandlerDeps['settings'], showBadge?: HandlerDeps['showBadge']) {
  const imports = importStore(fakeBrowser.storage.local, { has: async (d) => (await repo.dates()).includes(d), day: (d) => repo.day(d) });
  return backgroundHandlers({ repo, imports, ...(settings ? { settings } : {}), ...(showBadge ? { showBadge } : {}) });
}

/** A dispatcher's `kindOf` that takes every message as sent by `kind` (the tests of what a sender asks for). */
export const sentBy = (kind: SenderKind) => (): SenderKind => kind;

/** An extension page as the browser reports it as a sender (fakeBrowser's extension ID and page URLs). */
export const pageSender = (path = 'popup.html') => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL(`/${path}`) });

/** A content script of ours in tab `id` showing `url`, as the browser reports it as a sender. */
export const contentSender = (id: number, url: string) => ({ id: fakeBrowser.runtime.id, url, tab: { id, url } });
