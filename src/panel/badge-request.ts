/**
 * Chrome: asks the background to badge this tab's toolbar button, once this page has shown that its paper
 * has a summary. Chrome cannot filter `tabs.onUpdated` by URL: a listener there woke a stopped service worker
 * on every change of every tab on any site, and on arXiv just as the page loads, competing with it on a
 * 2-core machine (the bench's cold panel came 130–170 ms later). So the page asks, after its load event and
 * when the main thread is idle; again when it comes back from the back-forward cache (a navigation resets
 * the tab's badge). Firefox filters tab events by URL, so its background needs no message (nothing is sent).
 */
import { logError } from '../lib/log';

export interface BadgeWindow {
  document: Pick<Document, 'readyState'>;
  addEventListener(type: 'load' | 'pageshow', listener: (e: Event) => void, options?: AddEventListenerOptions): void;
  removeEventListener(type: 'load' | 'pageshow', listener: (e: Event) => void): void;
  requestIdleCallback?: (cb: () => void, options?: IdleRequestOptions) => number;
  setTimeout(cb: () => void, ms: number): number;
}

/** Starts the request; the returned function cancels what has not been sent yet (the script was invalidated). */
export function requestBadgeWhenIdle(send: () => Promise<unknown>, win: BadgeWindow = window): () => void {
  let live = true;
  const ask = () => {
    if (live) send().catch((e: unknown) => logError('toolbar badge', e));
  };
  const whenIdle = () => {
    if (win.requestIdleCallback) win.requestIdleCallback(ask, { timeout: 2000 });
    else win.setTimeout(ask, 0);
  };
  const onShow = (e: Event) => {
    if ((e as PageTransitionEvent).persisted) whenIdle();
  };
  if (win.document.readyState === 'complete') whenIdle();
  else win.addEventListener('load', whenIdle, { once: true });
  win.addEventListener('pageshow', onShow);
  return () => {
    live = false;
    win.removeEventListener('load', whenIdle);
    win.removeEventListener('pageshow', onShow);
  };
}
