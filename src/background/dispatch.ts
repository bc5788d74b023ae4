/**
 * The background's answer to every message of the protocol: one handler per message, typed by the
 * protocol, each request validated with its schema first.
 */
import type { ZodType } from 'zod';
import { MESSAGE_PREFIX } from '../messaging/names';
import { MESSAGES, type AnswerOf, type MessageName, type Reply, type RequestOf } from '../messaging/protocol';

/** Who sent a message: the tab of a content script (its URL readable through the arXiv host permissions). */
export interface Sender {
  tab?: { id?: number; url?: string };
  url?: string;
}

export type Handlers = { [K in MessageName]: (request: RequestOf<K>, sender: Sender) => Promise<AnswerOf<K>> };

/**
 * A runtime.onMessage listener body: the reply for our messages, undefined for anything else (so other
 * listeners, none today, keep working). A bad request or a failing handler becomes `{ ok: false, error }`.
 */
export function createDispatcher(handlers: Handlers): (message: unknown, sender?: Sender) => Promise<Reply<unknown>> | undefined {
  return (message, sender = {}) => {
    const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
    if (typeof type !== 'string' || !type.startsWith(MESSAGE_PREFIX)) return undefined;
    const name = type.slice(MESSAGE_PREFIX.length);
    if (!Object.hasOwn(MESSAGES, name)) return undefined;
    return answer(name as MessageName, message as Record<string, unknown>, sender, handlers);
  };
}

async function answer<K extends MessageName>(name: K, message: Record<string, unknown>, sender: Sender, handlers: Handlers): Promise<Reply<AnswerOf<K>>> {
  const { type: _type, ...fields } = message;
  const parsed = (MESSAGES[name].request as unknown as ZodType<RequestOf<K>>).safeParse(fields);
  if (!parsed.success) return { ok: false, error: `bad request: ${parsed.error.issues[0]?.message ?? 'invalid'}` };
  try {
    return { ok: true, value: await handlers[name](parsed.data, sender) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
