import { describe, expect, test, vi } from 'vitest';
import { requestBadgeWhenIdle, type BadgeWindow } from '../../../src/panel/badge-request';

/** A window whose load, pageshow and idle callbacks the test fires by hand. */
function fakeWindow(readyState: DocumentReadyState, idle = true) {
  const listeners = new Map<string, Set<(e: Event) => void>>();
  const idleQueue: (() => void)[] = [];
  const win: BadgeWindow = {
    document: { readyState },
    addEventListener: (type, fn) => void (listeners.get(type) ?? listeners.set(type, new Set()).get(type)!).add(fn),
    removeEventListener: (type, fn) => void listeners.get(type)?.delete(fn),
    setTimeout: (cb) => (idleQueue.push(cb), 1),
    ...(idle ? { requestIdleCallback: (cb: () => void) => (idleQueue.push(cb), 1) } : {}),
  };
  const fire = (type: string, e: object = {}) => [...(listeners.get(type) ?? [])].forEach((fn) => fn(e as Event));
  const runIdle = () => idleQueue.splice(0).forEach((cb) => cb());
  return { win, fire, runIdle, idleQueue };
}

describe('the Chrome badge request', () => {
  test('waits for the load event, then for an idle moment, and asks once', () => {
    const send = vi.fn(async () => null);
    const w = fakeWindow('interactive');
    requestBadgeWhenIdle(send, w.win);
    w.runIdle();
    expect(send).not.toHaveBeenCalled();
    w.fire('load');
    expect(send).not.toHaveBeenCalled(); // not inside the load event's task
    w.runIdle();
    expect(send).toHaveBeenCalledTimes(1);
  });

  test('a page already loaded asks at the next idle moment (a timeout where there is no idle callback)', () => {
    const send = vi.fn(async () => null);
    const w = fakeWindow('complete', false);
    requestBadgeWhenIdle(send, w.win);
    expect(w.idleQueue).toHaveLength(1);
    w.runIdle();
    expect(send).toHaveBeenCalledTimes(1);
  });

  test('again when the page comes back from the back-forward cache (a navigation reset the badge), not on a first show', () => {
    const send = vi.fn(async () => null);
    const w = fakeWindow('complete');
    requestBadgeWhenIdle(send, w.win);
    w.runIdle();
    w.fire('pageshow', { persisted: false });
    w.runIdle();
    expect(send).toHaveBeenCalledTimes(1);
    w.fire('pageshow', { persisted: true });
    w.runIdle();
    expect(send).toHaveBeenCalledTimes(2);
  });

  test('cancelled (the script was invalidated): nothing more is sent; a failed send is logged, not thrown', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const send = vi.fn(async () => {
      throw new Error('Extension context invalidated.');
    });
    const w = fakeWindow('complete');
    const cancel = requestBadgeWhenIdle(send, w.win);
    w.runIdle();
    await vi.waitFor(() => expect(error.mock.calls[0]).toEqual([expect.stringContaining('daily-papers'), 'toolbar badge', expect.any(Error)]));
    cancel();
    w.fire('pageshow', { persisted: true });
    w.runIdle();
    expect(send).toHaveBeenCalledTimes(1);
    error.mockRestore();
  });
});
