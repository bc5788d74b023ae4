import { promiseCache } from '../lib/promise-cache';
import type { Send } from '../messaging/send';
import type { PopupStart, RequestOf } from '../messaging/protocol';
import type { Repository } from '../model/repository';

/**
 * The Repository of an extension page: every call is one message to the background, which owns the
 * dataset, validates it and keeps it cached. The pages then carry no zod and no data code, which made
 * the popup's script ~3x smaller, and a day the background has already read costs no file read.
 * Answers are kept for the page's lifetime (data is immutable per extension version), the `maxEntries`
 * most recently used ones for a page that stays open (the reader); failures are not kept, so Retry asks again.
 */
export function remoteRepository(send: Send, maxEntries = Infinity): Repository {
  const cached = promiseCache(maxEntries);
  return {
    dates: () => cached('dates', () => send('dates', {})),
    day: (date) => cached(`day:${date}`, async () => (await send('day', { date })) ?? undefined),
    dateOf: (id) => cached(`dateOf:${id}`, async () => (await send('dateOf', { id })) ?? undefined),
    datesOf: (id) => cached(`datesOf:${id}`, () => send('datesOf', { id })),
    paper: (id) => cached(`paper:${id}`, async () => (await send('paper', { id })) ?? undefined),
  };
}

/**
 * The popup's opening view, decided by the background (see `resolveStart`) for a URL, a tab, or (neither)
 * the active tab of the popup's window. Never cached: Retry asks again.
 */
export function remoteStart(send: Send, target: RequestOf<'start'>): Promise<PopupStart> {
  return send('start', target);
}
