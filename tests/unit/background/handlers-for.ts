import { fakeBrowser } from 'wxt/testing/fake-browser';
import { backgroundHandlers, type HandlerDeps } from '../../../src/background/handlers';
import { importStore } from '../../../src/background/imports';
import type { Repository } from '../../../src/model/repository';

/** The background's handlers over a repository, with an import store in fakeBrowser's storage. */
export function handlersFor(repo: Repository, settings?: HandlerDeps['settings'], showBadge?: HandlerDeps['showBadge']) {
  const imports = importStore(fakeBrowser.storage.local, { has: async (d) => (await repo.dates()).includes(d), day: (d) => repo.day(d) });
  return backgroundHandlers({ repo, imports, ...(settings ? { settings } : {}), ...(showBadge ? { showBadge } : {}) });
}
