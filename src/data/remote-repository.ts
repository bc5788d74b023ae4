import type { PopupStart } from '../popup/target';
import { answerOf, type RepoRequest, type RepoResponse, type StartRequest, type StartResponse } from './messages';
import { promiseCache } from './promise-cache';
import type { Repository } from './repository';

export type Send = (message: RepoRequest | StartRequest) => Promise<unknown>;

/**
 * The Repository of an extension page (the popup): every call is one message to the background, which
 * owns the dataset, validates it and keeps it cached. The popup then carries no zod and no data code,
 * which made its script ~3x smaller, and a day the background has already read costs no file read.
 * Answers are kept for the page's lifetime (data is immutable per extension version); failures are not,
 * so Retry asks again.
 */
export function remoteRepository(send: Send): Repository {
  const cached = promiseCache();
  const call = <T>(request: RepoRequest): Promise<T> =>
    cached(JSON.stringify(request), () => send(request).then((raw) => answerOf<Extract<RepoResponse, { ok: true }>>(raw).value as T));

  const type = 'daily-papers:repo' as const;
  return {
    dates: () => call({ type, op: 'dates' }),
    day: (date) => call({ type, op: 'day', date }),
    dateOf: (id) => call({ type, op: 'dateOf', id }),
    paper: (id) => call({ type, op: 'paper', id }),
  };
}

/** The popup's opening view, decided by the background (see `resolveStart`). Never cached: Retry asks again. */
export async function remoteStart(send: Send, url: string | undefined): Promise<PopupStart> {
  const raw = await send({ type: 'daily-papers:start', ...(url === undefined ? {} : { url }) });
  return answerOf<Extract<StartResponse, { ok: true }>>(raw).start;
}
