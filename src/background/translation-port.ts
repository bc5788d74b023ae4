/**
 * The background's end of the translation port (src/translate/port.ts): each connected surface gets a
 * session of the translation service; what it sends is checked with zod, what the service says goes back.
 * When the surface can translate itself, its Translator is offered to the service as `pageApi`, driven
 * through `op` messages.
 */
import { z } from 'zod';
import { arxivIdSchema, isoDateSchema } from '../digest/schema';
import { logError } from '../lib/log';
import { isAvailability, type CreateOptions, type TranslatorApi, type TranslatorInstance } from '../translate/api';
import type { PortLike } from '../translate/client';
import { MAX_PAPERS_PER_REQUEST, TRANSLATE_PORT, type Op, type ToSurface } from '../translate/port';
import type { TranslationService } from '../translate/service';

const toBackground = z.union([
  z
    .object({
      type: z.literal('request'),
      papers: z.array(z.object({ id: arxivIdSchema, date: isoDateSchema }).strict()).min(1).max(MAX_PAPERS_PER_REQUEST),
      userAsked: z.boolean(),
      front: z.boolean(),
      pageCanTranslate: z.boolean(),
    })
    .strict(),
  z.object({ type: z.literal('op-result'), seq: z.number().int(), ok: z.literal(true), value: z.string().max(100_000).optional() }).strict(),
  z.object({ type: z.literal('op-result'), seq: z.number().int(), ok: z.literal(false), name: z.string().max(100), message: z.string().max(2000) }).strict(),
  z.object({ type: z.literal('op-progress'), seq: z.number().int(), loaded: z.number().min(0).max(1) }).strict(),
]);

class PageError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

interface Pending {
  resolve(value: string | undefined): void;
  reject(e: Error): void;
  progress?: (loaded: number) => void;
}

/** The surface's Translator, as the service sees it: every call is a message to the page and its answer. */
function pageTranslator(post: (m: ToSurface) => void, pending: Map<number, Pending>): TranslatorApi {
  let seq = 0;
  const call = (op: Op, text?: string, progress?: (loaded: number) => void) =>
    new Promise<string | undefined>((resolve, reject) => {
      const n = ++seq;
      pending.set(n, { resolve, reject, ...(progress ? { progress } : {}) });
      post({ type: 'op', seq: n, op, ...(text !== undefined ? { text } : {}) });
    });
  return {
    async availability() {
      const a = await call('availability');
      if (!isAvailability(a)) throw new Error(`the page answered availability with ${String(a)}`);
      return a;
    },
    async create(options: CreateOptions): Promise<TranslatorInstance> {
      const listeners: ((e: { loaded: number }) => void)[] = [];
      options.monitor?.({ addEventListener: (_type, l) => void listeners.push(l) });
      await call('create', undefined, (loaded) => listeners.forEach((l) => l({ loaded })));
      return {
        async translate(text: string) {
          const out = await call('translate', text);
          if (typeof out !== 'string') throw new Error('the page did not answer with text');
          return out;
        },
        destroy: () => void call('destroy').catch(() => undefined),
      };
    },
  };
}

/** Content scripts on arXiv pages and this extension's own pages; nobody else opens this port. */
export type PortSenderCheck = (sender: { url?: string; id?: string } | undefined) => boolean;

export function serveTranslationPort(port: PortLike & { sender?: { url?: string; id?: string } }, service: TranslationService, allowed: PortSenderCheck): void {
  if (port.name !== TRANSLATE_PORT) return;
  if (!allowed(port.sender)) {
    logError('translation port', `refused a connection from ${port.sender?.url ?? 'an unknown sender'}`);
    port.disconnect();
    return;
  }
  let open = true;
  const post = (m: ToSurface) => {
    if (!open) return;
    try {
      port.postMessage(m);
    } catch {
      open = false;
    }
  };
  const pending = new Map<number, Pending>();
  let session: ReturnType<TranslationService['open']> | undefined;

  port.onMessage.addListener((raw) => {
    const parsed = toBackground.safeParse(raw);
    if (!parsed.success) return logError('translation port', `bad message: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    const m = parsed.data;
    if (m.type === 'request') {
      session ??= service.open(
        {
          status: (status) => post({ type: 'status', status }),
          paper: (ref, english, hash) => post({ type: 'paper', ref, english, hash }),
          failed: (ref, reason, message) => post({ type: 'failed', ref, reason, message }),
        },
        m.pageCanTranslate ? pageTranslator(post, pending) : undefined,
      );
      session.request(m.papers, { userAsked: m.userAsked, front: m.front }).catch((e: unknown) => {
        logError('translation request', e);
        post({ type: 'status', status: { state: 'failed', reason: 'error', detail: e instanceof Error ? e.message : String(e) } });
      });
      return;
    }
    const call = pending.get(m.seq);
    if (!call) return;
    if (m.type === 'op-progress') return call.progress?.(m.loaded);
    pending.delete(m.seq);
    if (m.ok) call.resolve(m.value);
    else call.reject(new PageError(m.name, m.message));
  });
  port.onDisconnect.addListener(() => {
    open = false;
    session?.close();
    for (const call of pending.values()) call.reject(new PageError('AbortError', 'the page closed'));
    pending.clear();
  });
}
