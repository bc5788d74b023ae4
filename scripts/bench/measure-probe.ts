/**
 * What an extension does on a page without a known paper (issue #25: "one storage read, then nothing"),
 * checked deterministically rather than inferred from timings: an instrumented load counts every call its
 * content scripts (and the modules they import) make to the extension APIs, and the page's DOM afterwards is
 * compared with the browser without extensions.
 *
 * How the calls are counted: before the navigation, a DevTools breakpoint is set on the first statement of
 * every `content-scripts/*.js` of any extension, with a *condition* that wraps the isolated world's
 * `chrome.storage.*` and `chrome.runtime` methods with counters and answers `false` — so V8 itself runs the
 * wrapper in the content script's own world before its first statement, and never pauses. (Evaluating
 * while paused at an instrumentation breakpoint was tried first: Chromium 156 only ran the evaluation once
 * the script had resumed, too late.) Modules imported by a content script run in the same world, against
 * the same wrapped objects. Afterwards the counters are read with Runtime.evaluate in each isolated world of
 * the extension. A method is wrapped once even when two namespaces reach the same object (Chromium's
 * `browser` and `chrome` share their `storage.local`: wrapped through both, one read counted twice). The breakpoint costs time, so these loads are separate from the timed ones.
 */
import { createHash } from 'node:crypto';
import type { Session } from './browser';
import type { PageProbe } from './samples';

/** The wrapper, run in the content script's world (a breakpoint condition: must be an expression). */
export const COUNT_CALLS = `(() => {
  if (globalThis.__benchCalls) return false;
  const calls = (globalThis.__benchCalls = []);
  const wrap = (obj, name, label) => {
    if (!obj || typeof obj[name] !== 'function' || obj[name].__benchCounted) return;
    const f = obj[name];
    obj[name] = function (...args) { calls.push(label); return f.apply(this, args); };
    obj[name].__benchCounted = true;
  };
  const apis = [globalThis.chrome, globalThis.browser].filter((x, i, all) => x && all.indexOf(x) === i);
  for (const api of apis) {
    for (const area of ['local', 'sync', 'session', 'managed']) {
      for (const m of ['get', 'set', 'remove', 'clear', 'getBytesInUse', 'getKeys']) wrap(api.storage && api.storage[area], m, 'storage.' + area + '.' + m);
    }
    if (api.storage && api.storage.onChanged) wrap(api.storage.onChanged, 'addListener', 'storage.onChanged.addListener');
    for (const m of ['sendMessage', 'connect']) wrap(api.runtime, m, 'runtime.' + m);
    if (api.runtime && api.runtime.onMessage) wrap(api.runtime.onMessage, 'addListener', 'runtime.onMessage.addListener');
  }
  return false;
})()`;

/** Time after the load event for whatever the extension still does (its one read, a module import). */
const SETTLE_MS = 500;
const WAIT_MS = 15_000;

interface ContextInfo {
  id: number;
  origin: string;
  auxData?: { type?: string };
}

/** One instrumented load of `url` in a new tab of `s`. */
export async function probePage(s: Session, url: string): Promise<PageProbe> {
  const page = await s.context.newPage();
  const cdp = await s.context.newCDPSession(page);
  try {
    const worlds = new Map<number, ContextInfo>();
    cdp.on('Runtime.executionContextCreated', (e: { context: ContextInfo }) => {
      if (e.context.auxData?.type === 'isolated' && e.context.origin.startsWith('chrome-extension://')) worlds.set(e.context.id, e.context);
    });
    cdp.on('Runtime.executionContextDestroyed', (e: { executionContextId: number }) => void worlds.delete(e.executionContextId));
    await cdp.send('Runtime.enable');
    await cdp.send('Debugger.enable');
    await cdp.send('Debugger.setBreakpointByUrl', { urlRegex: '^chrome-extension://[a-p]{32}/content-scripts/', lineNumber: 0, columnNumber: 0, condition: COUNT_CALLS });
    await page.goto(url, { waitUntil: 'load', timeout: WAIT_MS });
    await page.waitForTimeout(SETTLE_MS);
    const calls: string[] = [];
    for (const w of worlds.values()) {
      const { result } = (await cdp.send('Runtime.evaluate', { expression: 'globalThis.__benchCalls || null', contextId: w.id, returnByValue: true })) as { result: { value?: string[] | null } };
      // A world whose wrapper never ran (no content script started in it) made no call we could see: say so.
      calls.push(...(result.value ?? ['(not instrumented)']));
    }
    const html = await page.evaluate(() => document.documentElement.outerHTML);
    return { calls, worlds: worlds.size, domSha256: createHash('sha256').update(html).digest('hex'), domBytes: Buffer.byteLength(html) };
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}
