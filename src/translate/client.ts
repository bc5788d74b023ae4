/**
 * The surface's end of the translation port (content scripts and extension pages): asks for papers,
 * passes statuses and results on, and runs this page's own Translator when the background asks it to
 * (the background has none, or this page's is ready while the background's pack is missing). Opened on
 * the first request, opened again after the background went away (a stopped service worker).
 */
import { globalTranslator, KO_EN, type TranslatorInstance } from './api';
import { parseToSurface, TRANSLATE_PORT, type ToBackground } from './port';
import type { DeviceEnglish } from './record';
import type { PaperRef } from './service';
import type { TranslatorStatus } from './status';

export interface PortLike {
  name?: string;
  postMessage(message: unknown): void;
  onMessage: { addListener(cb: (message: unknown) => void): void };
  onDisconnect: { addListener(cb: () => void): void };
  disconnect(): void;
}

export type Connect = (info: { name: string }) => PortLike;

export interface ClientHandlers {
  status(status: TranslatorStatus): void;
  paper(ref: PaperRef, english: DeviceEnglish, hash: string): void;
  failed(ref: PaperRef, reason: string, message: string): void;
}

export interface EnglishClient {
  request(papers: readonly PaperRef[], options: { userAsked: boolean; front?: boolean }): void;
  close(): void;
}

export function englishClient(connect: Connect, handlers: ClientHandlers, scope: object = globalThis): EnglishClient {
  let port: PortLike | undefined;
  let waiting = 0;
  let translator: Promise<TranslatorInstance> | undefined;

  const post = (message: ToBackground) => {
    try {
      port?.postMessage(message);
    } catch {
      // Disconnected under us (the background refused or went away): onDisconnect says what happened.
    }
  };

  /** Runs one of the background's requests on this page's Translator and answers it. */
  async function run(seq: number, op: string, text: string | undefined): Promise<void> {
    try {
      const api = globalTranslator(scope);
      if (!api) throw Object.assign(new Error('no Translator in this page'), { name: 'NotSupportedError' });
      let value: string | undefined;
      if (op === 'availability') value = await api.availability(KO_EN);
      else if (op === 'create') {
        translator = api.create({ ...KO_EN, monitor: (m) => m.addEventListener('downloadprogress', (e) => post({ type: 'op-progress', seq, loaded: e.loaded })) });
        await translator;
      } else if (op === 'translate') value = await (await (translator ?? Promise.reject(new Error('no translator made')))).translate(text ?? '');
      else if (op === 'destroy') (await translator)?.destroy?.();
      post({ type: 'op-result', seq, ok: true, ...(value !== undefined ? { value } : {}) });
    } catch (e) {
      const name = typeof e === 'object' && e !== null && 'name' in e ? String((e as { name: unknown }).name) : 'Error';
      post({ type: 'op-result', seq, ok: false, name, message: e instanceof Error ? e.message : String(e) });
    }
  }

  function open(): PortLike {
    const p = connect({ name: TRANSLATE_PORT });
    p.onMessage.addListener((raw) => {
      const m = parseToSurface(raw);
      if (!m) return;
      if (m.type === 'status') {
        if (m.status.state !== 'checking' && m.status.state !== 'translating' && m.status.state !== 'downloading') waiting = 0;
        handlers.status(m.status);
      } else if (m.type === 'paper') handlers.paper(m.ref, m.english, m.hash);
      else if (m.type === 'failed') handlers.failed(m.ref, m.reason, m.message);
      else void run(m.seq, m.op, m.text);
    });
    p.onDisconnect.addListener(() => {
      if (port !== p) return;
      port = undefined;
      translator = undefined;
      // The background went away with papers still asked for: say so, so the surface can offer to retry.
      if (waiting > 0) handlers.status({ state: 'failed', reason: 'error', detail: 'the extension’s background stopped' });
      waiting = 0;
    });
    return p;
  }

  return {
    request(papers, { userAsked, front = false }) {
      if (!papers.length) return;
      port ??= open();
      waiting += papers.length;
      post({ type: 'request', papers: papers.map(({ id, date }) => ({ id, date })), userAsked, front, pageCanTranslate: globalTranslator(scope) !== undefined });
    },
    close() {
      const p = port;
      port = undefined;
      p?.disconnect();
    },
  };
}
