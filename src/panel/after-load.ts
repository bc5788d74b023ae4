/**
 * Runs work that must not compete with the page's own loading: after the load event, when the main thread is
 * idle (at most `timeout` ms later). Shared by the toolbar-badge request and the panel's theme check.
 */
export interface IdleWindow {
  document: Pick<Document, 'readyState'>;
  addEventListener(type: 'load', listener: () => void, options?: AddEventListenerOptions): void;
  removeEventListener(type: 'load', listener: () => void): void;
  requestIdleCallback?: (cb: () => void, options?: IdleRequestOptions) => number;
  cancelIdleCallback?: (handle: number) => void;
  setTimeout(cb: () => void, ms: number): number;
  clearTimeout?(handle: number): void;
}

/** Schedules `cb` once; the returned function cancels it if it has not run yet. */
export function whenLoadedAndIdle(cb: () => void, win: IdleWindow = window, timeout = 2000): () => void {
  let live = true;
  let idle: number | undefined;
  let timer: number | undefined;
  const run = () => {
    if (live) cb();
  };
  const schedule = () => {
    if (win.requestIdleCallback) idle = win.requestIdleCallback(run, { timeout });
    else timer = win.setTimeout(run, 0);
  };
  if (win.document.readyState === 'complete') schedule();
  else win.addEventListener('load', schedule, { once: true });
  return () => {
    live = false;
    win.removeEventListener('load', schedule);
    if (idle !== undefined) win.cancelIdleCallback?.(idle);
    if (timer !== undefined) win.clearTimeout?.(timer);
  };
}
