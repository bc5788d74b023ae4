/**
 * A deterministic stand-in for the browser's built-in Translator, put in place by a test — in the extension's
 * service worker (`serviceWorker.evaluate`), in the content script's isolated world (the DevTools protocol) or
 * in an extension page — never by a branch of the shipped code. Its "English" replaces each run of Hangul by
 * `w<length>`: it can never be mistaken for a translation, and it shows exactly what went through it.
 */
import type { Page, Worker } from '@playwright/test';

export interface StandInOptions {
  availability?: 'available' | 'downloadable' | 'downloading' | 'unavailable';
  /** Milliseconds between download progress events (0, 0.5, 1) while create() downloads. */
  stepMs?: number;
}

/** The stand-in's source, evaluated in the target context: defines `globalThis.Translator` and `__standIn`. */
export function standInSource(options: StandInOptions = {}): string {
  return `(() => {
    const o = ${JSON.stringify({ availability: 'available', stepMs: 0, ...options })};
    const record = (globalThis.__standIn = { texts: [], created: 0, state: o.availability });
    const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
    globalThis.Translator = {
      async availability() { return record.state; },
      async create(opts) {
        if (record.state === 'unavailable') throw new DOMException('Unable to create translator for the given source and target language.', 'NotSupportedError');
        if (record.state !== 'available') {
          const listeners = [];
          opts?.monitor?.({ addEventListener: (_t, l) => listeners.push(l) });
          for (const loaded of [0, 0.5, 1]) { await sleep(o.stepMs); listeners.forEach((l) => l({ loaded })); }
          record.state = 'available';
        }
        record.created++;
        return {
          async translate(text) { record.texts.push(text); return text.replace(/[\\uac00-\\ud7a3]+/g, (w) => 'w' + w.length); },
          destroy() {},
        };
      },
    };
  })();`;
}

/** Keeps Chromium's own Translator aside once, so a test can give it back (`restoreWorker`). */
async function keepReal(sw: Worker): Promise<void> {
  await sw.evaluate(() => {
    const g = globalThis as { Translator?: unknown; __realTranslator?: { value: unknown } };
    g.__realTranslator ??= { value: g.Translator };
  });
}

export async function installInWorker(sw: Worker, options: StandInOptions = {}): Promise<void> {
  await keepReal(sw);
  await sw.evaluate((src) => (0, eval)(src), standInSource(options));
}

/** Takes the worker's Translator away altogether (the stand-in, and Chromium's own). */
export async function removeFromWorker(sw: Worker): Promise<void> {
  await keepReal(sw);
  await sw.evaluate(() => {
    delete (globalThis as { Translator?: unknown }).Translator;
  });
}

/** Gives the worker Chromium's own Translator back, as other tests expect it. */
export async function restoreWorker(sw: Worker): Promise<void> {
  await sw.evaluate(() => {
    const g = globalThis as { Translator?: unknown; __realTranslator?: { value: unknown }; __standIn?: unknown };
    if (!g.__realTranslator) return;
    if (g.__realTranslator.value === undefined) delete g.Translator;
    else g.Translator = g.__realTranslator.value;
    delete g.__standIn;
  });
}

/** Texts the worker's stand-in was given (since it was installed). */
export async function workerTexts(sw: Worker): Promise<string[]> {
  return sw.evaluate(() => (globalThis as unknown as { __standIn?: { texts: string[] } }).__standIn?.texts ?? []);
}

/**
 * Puts the stand-in into the content script's isolated world of `page` (where the panel and its translation
 * module run): Playwright's own evaluate reaches only the page's main world.
 */
export async function installInContentScript(page: Page, options: StandInOptions = {}): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; auxData?: { type?: string }; name: string; origin: string }[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  // The content script's world is named after the extension.
  const isolated = contexts.find((c) => c.auxData?.type === 'isolated' && /Daily Papers/.test(c.name));
  if (!isolated) throw new Error(`no content-script world in ${page.url()} (${contexts.map((c) => `${c.auxData?.type}:${c.name}`).join(', ')})`);
  const result = (await cdp.send('Runtime.evaluate', { expression: standInSource(options), contextId: isolated.id })) as { exceptionDetails?: unknown };
  if (result.exceptionDetails) throw new Error(`stand-in failed in the content script: ${JSON.stringify(result.exceptionDetails)}`);
  await cdp.detach();
}

/** The stand-in's output for a Korean text, as the tests expect it. */
export function pseudoEnglish(text: string): string {
  return text.replace(/[\uac00-\ud7a3]+/g, (w) => `w${w.length}`);
}

/** Text the stand-in made: each run of Hangul became w<length>, which no real sentence looks like. */
export const STAND_IN_TEXT = /\bw\d+\b/;
