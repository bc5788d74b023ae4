/**
 * "Background fill after install": how long after the extension starts, on install, its background has
 * filled extension storage for the content script (the key `lookup` → `{ v, version, papers, ready: true }`).
 * Extensions that keep no such key (every build before the storage lookup) report null, so the figure
 * works on both sides of that change.
 *
 * The watch runs inside the extension itself (its service worker in Chromium, an extension page in
 * Firefox): a storage.onChanged listener notes the moment `lookup.ready` becomes true, on the clock of
 * that context. There is no signal for "this background never fills", so the watch also ends after
 * `idleMs` without any storage change (and at `maxMs` in any case): a fill that writes as it goes keeps
 * it alive, a build without one costs `idleMs`.
 */
import type { FillResult } from './samples';

export interface FillWatch {
  idleMs: number;
  maxMs: number;
}

/**
 * A script expression for an extension context (chrome.* or browser.*) that resolves to a FillResult.
 * `ms` counts from the background's start: in a service worker that is the clock's own zero (the
 * worker's start); in an MV2 extension page (Firefox) it is the background page's time origin, read
 * through extension.getBackgroundPage().
 */
export function fillWatchExpression({ idleMs, maxMs }: FillWatch): string {
  return `(async () => {
    const api = globalThis.browser ?? globalThis.chrome;
    const ready = (v) => !!v && typeof v === 'object' && v.ready === true;
    let zero = performance.timeOrigin;
    let from = typeof document === 'undefined' ? 'worker start' : 'watching page start';
    try {
      const bg = api.extension && api.extension.getBackgroundPage ? api.extension.getBackgroundPage() : null;
      if (bg && bg !== globalThis) [zero, from] = [bg.performance.timeOrigin, 'background page start'];
    } catch {}
    const sinceStart = (t) => performance.timeOrigin + t - zero;
    const started = performance.now();
    let lastChange = started;
    let changes = 0;
    return await new Promise((resolve) => {
      let timer;
      const done = (at, upperBound, ended) => {
        api.storage.onChanged.removeListener(onChanged);
        clearInterval(timer);
        resolve({ ms: at === null ? null : sinceStart(at), from, upperBound, changes, waitedMs: performance.now() - started, ended });
      };
      const onChanged = (ch, area) => {
        if (area !== 'local') return;
        changes++;
        lastChange = performance.now();
        if (ch.lookup && ready(ch.lookup.newValue)) done(performance.now(), false, 'ready');
      };
      api.storage.onChanged.addListener(onChanged);
      api.storage.local.get('lookup').then((r) => { if (ready(r.lookup)) done(performance.now(), true, 'ready'); });
      timer = setInterval(() => {
        const now = performance.now();
        if (now - started > ${Number(maxMs)}) done(null, false, 'timeout');
        else if (now - lastChange > ${Number(idleMs)}) done(null, false, 'idle');
      }, 50);
    });
  })()`;
}

/** The watch in a Chromium session's service worker, started right after launch (a fresh profile: an install). */
export async function measureFillChromium(worker: { evaluate(expression: string): Promise<unknown> }, watch: FillWatch): Promise<FillResult> {
  return (await worker.evaluate(fillWatchExpression(watch))) as FillResult;
}
