/**
 * Time to make English on the device (issue #24, item 9; reported, no budget): one paper, and one day of 68
 * papers (2025-02-19, the largest day of the real archive), from the request to the last paper stored.
 *
 * The browser's own Translator cannot run here (its language pack is not downloaded, and must not be), so a
 * stand-in with the real API's shape is put into the extension's service worker through the DevTools
 * protocol, never by a branch of the shipped code: `Translator.availability()` says `available`, and
 * `translate()` answers at once with `w<length>` for each run of Hangul (as the e2e tests' stand-in), so
 * what is measured is the extension's own path — the request over the translation port, reading the day,
 * cutting each summary into segments, one `translate()` per segment, checking and storing each paper's
 * English (`t:<ID>`) — not a translator's speed, which a real one adds (and which varies by device).
 *
 * Measured from an extension page as a surface asks (src/translate/client.ts): a port named
 * `daily-papers:translate`, one `request` for the papers, until a `paper` message for each has come, which
 * the background sends once that paper's English is stored. The stored records are removed before each
 * repeat and at the end, and the worker's own Translator is given back.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Day } from '../../src/digest/schema';
import { TRANSLATE_PORT } from '../../src/translate/port';
import { translationKey } from '../../src/translate/record';
import { extensionPageSession, serviceWorker, type Session } from './browser';
import { TARGET_DATE, TARGET_ID } from './dataset';
import type { TranslationResult } from './samples';

/** The largest day of the real archive (68 papers). */
export const TRANSLATION_DAY = '2025-02-19';

/** The stand-in, evaluated in the worker: keeps the worker's own Translator aside to give it back. */
const INSTALL = `(() => {
  globalThis.__benchRealTranslator ??= { value: globalThis.Translator };
  globalThis.Translator = {
    async availability() { return 'available'; },
    async create() {
      return { async translate(text) { return text.replace(/[\\uac00-\\ud7a3]+/g, (w) => 'w' + w.length); }, destroy() {} };
    },
  };
})()`;

const RESTORE = `(() => {
  const kept = globalThis.__benchRealTranslator;
  if (!kept) return;
  if (kept.value === undefined) delete globalThis.Translator; else globalThis.Translator = kept.value;
  delete globalThis.__benchRealTranslator;
})()`;

/** An expression for an extension page: asks for `papers` and resolves to ms until all are stored. */
export function requestExpression(papers: readonly { id: string; date: string }[], timeoutMs: number): string {
  return `(async () => {
    const papers = ${JSON.stringify(papers)};
    const port = chrome.runtime.connect({ name: ${JSON.stringify(TRANSLATE_PORT)} });
    try {
      return await new Promise((resolve, reject) => {
        const left = new Set(papers.map((p) => p.id + '@' + p.date));
        const t0 = performance.now();
        const timer = setTimeout(() => reject(new Error(left.size + ' papers not stored after ${timeoutMs} ms')), ${timeoutMs});
        port.onDisconnect.addListener(() => reject(new Error('the background closed the port')));
        port.onMessage.addListener((m) => {
          if (m && m.type === 'paper') {
            left.delete(m.ref.id + '@' + m.ref.date);
            if (left.size === 0) { clearTimeout(timer); resolve(performance.now() - t0); }
          } else if (m && m.type === 'failed') reject(new Error(m.ref.id + ': ' + m.reason + ' ' + m.message));
          else if (m && m.type === 'status' && ['unavailable', 'failed', 'needs-download'].includes(m.status.state)) reject(new Error('status ' + JSON.stringify(m.status)));
        });
        port.postMessage({ type: 'request', papers, userAsked: true, front: true, pageCanTranslate: false });
      });
    } finally { port.disconnect(); }
  })()`;
}

async function readDay(dataDir: string, date: string): Promise<Day | undefined> {
  return readFile(path.join(dataDir, 'days', `${date}.json`), 'utf8').then((t) => JSON.parse(t) as Day, () => undefined);
}

export async function measureTranslation(s: Session, dataDir: string, o: { paperRepeats: number; dayRepeats: number }): Promise<TranslationResult> {
  const day = await readDay(dataDir, TRANSLATION_DAY);
  const result: TranslationResult = { paperMs: [], paper: TARGET_ID, dayMs: [], date: TRANSLATION_DAY, dayPapers: day?.papers.length ?? 0 };
  if (!day) return { ...result, error: `no day ${TRANSLATION_DAY} in this archive` };
  const sw = serviceWorker(s);
  const helper = await extensionPageSession(s);
  const ask = async (papers: { id: string; date: string }[]) => {
    await sw.evaluate((keys) => chrome.storage.local.remove(keys), papers.map((p) => translationKey(p.id)));
    const { result: r, exceptionDetails } = (await helper.cdp.send('Runtime.evaluate', { expression: requestExpression(papers, 120_000), awaitPromise: true, returnByValue: true })) as {
      result: { value?: number };
      exceptionDetails?: { exception?: { description?: string }; text: string };
    };
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    const stored = await sw.evaluate((keys) => chrome.storage.local.get(keys).then((x) => Object.keys(x).length), papers.map((p) => translationKey(p.id)));
    if (stored !== new Set(papers.map((p) => p.id)).size) throw new Error(`${stored} of ${papers.length} papers' English stored`);
    return r.value!;
  };
  const all = [{ id: TARGET_ID, date: TARGET_DATE }, ...day.papers.map((p) => ({ id: p.id, date: day.date }))];
  try {
    await sw.evaluate(INSTALL);
    for (let i = 0; i < o.paperRepeats; i++) result.paperMs.push(await ask([{ id: TARGET_ID, date: TARGET_DATE }]));
    for (let i = 0; i < o.dayRepeats; i++) result.dayMs.push(await ask(day.papers.map((p) => ({ id: p.id, date: day.date }))));
  } catch (e) {
    result.error = e instanceof Error ? e.message.split('\n')[0] : String(e);
  } finally {
    await sw.evaluate(RESTORE).catch(() => undefined);
    await sw.evaluate((keys) => chrome.storage.local.remove(keys), all.map((p) => translationKey(p.id))).catch(() => undefined);
    await helper.close();
  }
  return result;
}
