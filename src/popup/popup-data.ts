/**
 * Where the popup's days come from: the background when it is running or imported days are stored, the
 * packaged files read on the page otherwise.
 *
 * A running background answers the opening view in one message from what it already holds. A stopped one
 * (Chrome stops the worker after 30 s idle, so most openings meet it stopped) must first start, which cost
 * 85–100 ms before the first answer, and more with the popup competing for the same cores: then the popup
 * reads `dates.json`, an index shard and a day file itself, shape-checked as the background checks them
 * (src/packaged). Imported days are the exception: only the background reads them (with the build's parser,
 * which the popup does not carry), so stored imports always send the popup to the background. The choice
 * costs one storage read and `runtime.getContexts`, asked at once, and the first that says "background"
 * decides without waiting for the other; it is made again by every `loadStart` (Retry), and the day
 * navigation follows it.
 */
import { IMPORTS_KEY, namesNoImportedDay } from '../digest/import-keys';
import type { PopupStart } from '../messaging/protocol';
import { resolveStart } from '../model/popup-start';
import type { Repository } from '../model/repository';

export interface PopupDataDeps {
  /** The packaged files, read on this page. */
  packaged: Repository;
  /** The background's merged days (bundled and imported), by message. */
  remote: Repository;
  /** The opening view decided by the background (it reads the tab itself). */
  remoteStart: () => Promise<PopupStart>;
  /** The URL of the tab the popup is about (undefined outside arXiv: host permissions only). */
  tabUrl: () => Promise<string | undefined>;
  /** `storage.local`, for the `imports` catalog. */
  storage: { get(key: string): Promise<Record<string, unknown>> };
  /**
   * Whether the background is running (`runtime.getContexts`); undefined where the browser cannot say,
   * which counts as running (the message then starts it if it must).
   */
  backgroundRunning?: () => Promise<boolean>;
}

export interface PopupData {
  /** The days, from the source the last `loadStart` chose. */
  repo: Repository;
  /** The opening view (the tab's paper's day, or the newest day), choosing the source again. */
  loadStart: () => Promise<PopupStart>;
}

export function popupData(deps: PopupDataDeps): PopupData {
  const { packaged, remote } = deps;

  function choose(): Promise<Repository> {
    // A storage read that fails leaves the imported days to the background, which reports what it cannot read.
    const imported = deps.storage.get(IMPORTS_KEY).then(
      (stored) => !namesNoImportedDay(stored[IMPORTS_KEY]),
      () => true,
    );
    const running = deps.backgroundRunning ? deps.backgroundRunning().catch(() => true) : Promise.resolve(true);
    // Either answer alone can send the popup to the background: it does not wait for the other.
    return new Promise((resolve) => {
      let pending = 2;
      const settle = (toBackground: boolean) => {
        if (toBackground) resolve(remote);
        else if (--pending === 0) resolve(packaged);
      };
      void running.then(settle);
      void imported.then(settle);
    });
  }

  let source: Promise<Repository> | undefined;
  const current = () => (source ??= choose());
  const repo: Repository = {
    dates: async () => (await current()).dates(),
    day: async (date) => (await current()).day(date),
    dateOf: async (id) => (await current()).dateOf(id),
    datesOf: async (id) => (await current()).datesOf(id),
    paper: async (id) => (await current()).paper(id),
  };

  async function loadStart(): Promise<PopupStart> {
    source = choose();
    // Asked with the choice: on the packaged path the tab's URL is the first thing needed. A tab that is
    // gone or cannot be read opens the newest day, as in the background.
    const url = deps.tabUrl().catch(() => undefined);
    if ((await source) === remote) return deps.remoteStart();
    // The dates are read while the tab is (resolveStart gets the same file, read once).
    packaged.dates().catch(() => undefined);
    return resolveStart(packaged, await url);
  }

  return { repo, loadStart };
}
