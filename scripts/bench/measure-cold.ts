/**
 * Cold starts. During the interleaved rounds the extension's service worker never stops: Playwright
 * keeps DevTools attached to it, and Chromium does not idle-stop a worker under DevTools. Real users
 * mostly meet a *stopped* worker (MV3 stops it after 30 s without events), so this measures that case,
 * in passes spread over the warm rounds (run.ts), each pass visiting every build in a shuffled order:
 *  - panelAfterStop: navigation → panel on an abs page right after the worker was stopped and no
 *    extension page was open (the whole path: worker start, script evaluation, first reads, answer);
 *  - firstAnswer: round trip of the content script's own message, sent from an extension page, to a
 *    worker that was just stopped (worker start + first lookup), then the same message again (warm);
 *  - the popup's first item and the reader's first paint (issue #25), each opened right after the worker
 *    was stopped and no extension page was open, as a reader meets them after 30 s idle.
 */
import { extensionPageSession, stopServiceWorker, type Session } from './browser';
import { loadAbs, loadPopup } from './measure-page';
import { loadReaderPaint } from './measure-reader';
import type { Rng } from './prng';
import type { ColdSample, PopupSample } from './samples';

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

const push = <T>(out: Map<string, T[]>, name: string, x: T) => void out.set(name, [...(out.get(name) ?? []), x]);

export interface ColdPages {
  /** The abs tab each build's popup is about (its ?tabId=). */
  tabIds: ReadonlyMap<string, number>;
  /** Builds whose reader is measured (the large archives), none when the reader is skipped. */
  reader: readonly string[];
  popupOut: Map<string, PopupSample[]>;
  readerOut: Map<string, (number | null)[]>;
}

/**
 * One cold sample of every session, in a shuffled order: the abs page, then the popup, then (large archives)
 * the reader, each after its own stop. Afterwards each worker has been restarted; one unmeasured abs load
 * and popup per session then bring it back to the state the warm rounds measure (worker running, its files
 * read, the content-script path compiled), so a cold pass between two warm rounds does not leak into the
 * warm figures.
 */
export async function coldPass(sessions: Session[], rng: Rng, out: Map<string, ColdSample[]>, pages: ColdPages): Promise<void> {
  for (const s of rng.shuffle(sessions)) {
    const name = s.config.name;
    push(out, name, await coldSample(s));
    await stopWorker(s, false);
    push(pages.popupOut, name, await loadPopup(s, pages.tabIds.get(name)!));
    if (pages.reader.includes(name)) {
      await stopWorker(s, false);
      push(pages.readerOut, name, await loadReaderPaint(s));
    }
  }
  for (const s of rng.shuffle(sessions)) {
    await loadAbs(s);
    await loadPopup(s, pages.tabIds.get(s.config.name)!);
  }
}
