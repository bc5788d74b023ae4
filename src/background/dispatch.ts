/**
 * The background's answer to every message of the protocol: one handler per message, typed by the
 * protocol; a sender the message's entry does not name is refused first, then the request is validated
 * with its schema.
 */
import type { ZodType } from 'zod';
import { MESSAGE_PREFIX } from '../messaging/names';
import { MESSAGES, type AnswerOf, type MessageName, type Reply, type RequestOf, type SenderKind } from '../messaging/protocol';
import { describeSender, type Sender } from './senders';

export type Handlers = { [K in MessageName]: (request: RequestOf<K>, sender: Sender) => Promise<AnswerOf<K>> };

/**
 * A runtime.onMessage listener body: the reply for our messages, undefined for anything else (so other
 * listeners, none today, keep working). `kindOf` tells who sent it (./senders.ts); a sender the message's
 * `from` does not name, a bad request or a failing handler becomes `{ ok: false, error }`.
 */
export function createDispatcher(handlers: Handlers, kindOf: (sender: Sender) => SenderKind | undefined): (message: unknown, sender?: Sender) => Promise<Reply<unknown>> | undefined {
  return (message, sender = {}) => {
    const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
    if (typeof type !== 'string' || !type.startsWith(MESSAGE_PREFIX)) return undefined;
    const name = type.slice(MESSAGE_PREFIX.length);
    if (!Object.hasOwn(MESSAGES, name)) return undefined;
    const kind = kindOf(sender);
    // Before the request is even parsed: a sender without the right learns nothing from a validation error.
    if (!kind || !(MESSAGES[name as MessageName].from as readonly SenderKind[]).includes(kind)) {
      return Promise.resolve({ ok: false, error: `refused: ${name} is not accepted from ${describeSender(kind)}` });
    }
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
