/**
 * Cold starts. During the interleaved rounds the extension's service worker never stops: Playwright
 * keeps DevTools attached to it, and Chromium does not idle-stop a worker under DevTools. Real users
 * mostly meet a *stopped* worker (MV3 stops it after 30 s without events), so this measures that case,
 * in passes spread over the warm rounds (run.ts), each pass visiting every build in a shuffled order:
 *  - panelAfterStop: navigation → panel on an abs page right after the worker was stopped and no
 *    extension page was open (the whole path: worker start, script evaluation, first reads, answer);
 *  - firstAnswer: round trip of the content script's own message, sent from an extension page, to a
 *    worker that was just stopped (worker start + first lookup), then the same message again (warm).
 */
import { extensionPageSession, stopServiceWorker, type Session } from './browser';
import { loadAbs } from './measure-page';
import type { Rng } from './prng';
import type { ColdSample } from './samples';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function stopWorker(s: Session, keepPageOpen: boolean) {
  const helper = await extensionPageSession(s);
  await stopServiceWorker(helper.cdp, s.extensionId!);
  if (keepPageOpen) return helper;
  await helper.close();
  // Let the extension's renderer process go away too, as it does when no extension page is open.
  await sleep(300);
  return undefined;
}

async function coldSample(s: Session): Promise<ColdSample> {
  await stopWorker(s, false);
  const panelAfterStop = await loadAbs(s);
  const helper = (await stopWorker(s, true))!;
  try {
    // Evaluated in the extension page, where chrome.runtime.sendMessage reaches the worker as the content script's does.
    const { result, exceptionDetails } = await helper.cdp.send('Runtime.evaluate', {
      awaitPromise: true,
      returnByValue: true,
      expression: `(async () => {
        const msg = { type: 'daily-papers:lookup', id: '2311.12983' };
        const t0 = performance.now();
        const a = await chrome.runtime.sendMessage(msg);
        const t1 = performance.now();
        const b = await chrome.runtime.sendMessage(msg);
        const t2 = performance.now();
        if (!a || !a.ok || !a.value || !a.value.hit || !b || !b.ok) throw new Error('bad answer ' + JSON.stringify(a));
        return [t1 - t0, t2 - t1];
      })()`,
    });
    if (exceptionDetails) throw new Error(`${s.config.name}: cold lookup failed: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    const [first, warm] = result.value as [number, number];
    const { panel, bullets, load, dcl } = panelAfterStop;
    return { panelAfterStop: { panel, bullets, load, dcl }, firstAnswerMs: first, warmAnswerMs: warm };
  } finally {
    await helper.close();
  }
}

/**
 * One cold sample of every session, in a shuffled order. Afterwards each worker has been restarted and
 * has answered two messages; one unmeasured abs load per session then brings it back to the state the
 * warm rounds measure (worker running, its files read, the content-script path compiled), so a cold
 * pass between two warm rounds does not leak into the warm figures.
 */
export async function coldPass(sessions: Session[], rng: Rng, out: Map<string, ColdSample[]>): Promise<void> {
  for (const s of rng.shuffle(sessions)) {
    const list = out.get(s.config.name) ?? [];
    list.push(await coldSample(s));
    out.set(s.config.name, list);
  }
  for (const s of rng.shuffle(sessions)) await loadAbs(s);
}
