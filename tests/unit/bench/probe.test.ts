import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { COUNT_CALLS } from '../../../scripts/bench/measure-probe';

/** A content script's world: `chrome`, and `browser` as another namespace over the same storage area. */
function world() {
  const local = { get: (keys: unknown) => Promise.resolve({ keys }), set: () => Promise.resolve() };
  const runtime = { sendMessage: () => Promise.resolve(), onMessage: { addListener: () => undefined } };
  const chrome = { storage: { local, onChanged: { addListener: () => undefined } }, runtime };
  const browser = { storage: chrome.storage, runtime };
  const g: Record<string, unknown> = { chrome, browser };
  g.globalThis = g;
  return g;
}

describe('the probe’s call counter (a breakpoint condition run in the content script’s world)', () => {
  test('never pauses, counts each call once though two namespaces reach the same object, and wraps only once', async () => {
    const g = world();
    expect(runInNewContext(COUNT_CALLS, g)).toBe(false);
    expect(runInNewContext(COUNT_CALLS, g)).toBe(false);
    const chrome = g.chrome as { storage: { local: { get: (k: string) => Promise<unknown> } }; runtime: { sendMessage: () => Promise<void> } };
    // The wrapped method still answers as the original did.
    expect(await chrome.storage.local.get('lookup')).toEqual({ keys: 'lookup' });
    await (g.browser as typeof chrome).runtime.sendMessage();
    expect(g.__benchCalls).toEqual(['storage.local.get', 'runtime.sendMessage']);
  });
});
