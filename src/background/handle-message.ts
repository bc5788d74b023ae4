import type { PaperResponse } from '../data/messages';
import { paperRequestSchema } from '../data/message-schema';
import type { Repository } from '../data/repository';

/**
 * Answers a content script's request. Returns undefined for messages that are not ours, so other
 * listeners (none today) keep working.
 */
export function handleMessage(repo: Repository, message: unknown): Promise<PaperResponse> | undefined {
  if (typeof message !== 'object' || message === null || (message as { type?: unknown }).type !== 'daily-papers:paper') {
    return undefined;
  }
  const req = paperRequestSchema.safeParse(message);
  if (!req.success) return Promise.resolve({ ok: false, error: `bad request: ${req.error.issues[0]?.message ?? 'invalid'}` });
  return repo.paper(req.data.id).then(
    (hit): PaperResponse => ({ ok: true, hit: hit ?? null }),
    (e: unknown): PaperResponse => ({ ok: false, error: e instanceof Error ? e.message : String(e) }),
  );
}
