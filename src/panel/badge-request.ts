/**
 * Chrome: asks the background to badge this tab's toolbar button, once this page has shown that its paper
 * has a summary. Chrome cannot filter `tabs.onUpdated` by URL: a listener there woke a stopped service worker
 * on every change of every tab on any site, and on arXiv just as the page loads, competing with it on a
 * 2-core machine (the bench's cold panel came 130–170 ms later). So the page asks, after its load event and
 * when the main thread is idle; again when it comes back from the back-forward cache (a navigation resets
 * the tab's badge). Firefox filters tab events by URL, so its background needs no message (nothing is sent).
 */
import { logError } from '../lib/log';
import { whenLoadedAndIdle, type IdleWindow } from './after-load';

export interface BadgeWindow extends IdleWindow {
  addEventListener(type: 'load' | 'pageshow', listener: (e: Event) => void, options?: AddEventListenerOptions): void;
  removeEventListener(type: 'load' | 'pageshow', listener: (e: Event) => void): void;
}

/** Starts the request; the returned function cancels what has not been sent yet (the script was invalidated). */
export function requestBadgeWhenIdle(send: () => Promise<unknown>, win: BadgeWindow = window): () => void {
  const ask = () => void send().catch((e: unknown) => logError('toolbar badge', e));
  // One request pending at a time: a restore replaces one that has not been sent yet.
  let pending = whenLoadedAndIdle(ask, win);
  const onShow = (e: Event) => {
    if (!(e as PageTransitionEvent).persisted) return;
    pending();
    pending = whenLoadedAndIdle(ask, win);
  };
  win.addEventListener('pageshow', onShow);
  return () => {
    pending();
    win.removeEventListener('pageshow', onShow);
  };
}
