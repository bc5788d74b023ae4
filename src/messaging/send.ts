/**
 * The typed way to ask the background. Types only from the protocol (erased at build time), so the
 * content script can use it without carrying zod.
 */
import { MESSAGE_PREFIX } from './names';
import type { AnswerOf, MessageName, Reply, RequestOf } from './protocol';

export type RawSend = (message: unknown) => Promise<unknown>;
export type Send = <K extends MessageName>(name: K, request: RequestOf<K>) => Promise<AnswerOf<K>>;

/**
 * The value of a background reply, or an Error: no reply at all (background gone, or nobody answered)
 * or `{ ok: false, error }`.
 */
export function valueOf<T>(raw: unknown): T {
  const reply = raw as Reply<T> | undefined;
  if (!reply || typeof reply !== 'object') throw new Error('no answer from the background');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

export function typedSend(raw: RawSend): Send {
  return async (name, request) => valueOf(await raw({ ...request, type: `${MESSAGE_PREFIX}${name}` }));
}
