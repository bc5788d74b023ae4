import type { PaperResponse } from '../data/messages';
import { paperRequestSchema } from '../data/message-schema';
import type { Repository } from '../data/repository';
import { readPanelPrefs, type PanelPrefValues } from '../prefs/items';

/**
 * Answers a content script's request. Returns undefined for messages that are not ours, so other
 * listeners (none today) keep working.
 */
export function handleMessage(
  repo: Repository,
  message: unknown,
  readPrefs: () => Promise<PanelPrefValues> = readPanelPrefs,
): Promise<PaperResponse> | undefined {
  if (typeof message !== 'object' || message === null || (message as { type?: unknown }).type !== 'daily-papers:paper') {
    return undefined;
  }
  const req = paperRequestSchema.safeParse(message);
  if (!req.success) return Promise.resolve({ ok: false, error: `bad request: ${req.error.issues[0]?.message ?? 'invalid'}` });
  return answerPaper(repo, req.data.id, readPrefs).catch((e: unknown): PaperResponse => ({ ok: false, error: e instanceof Error ? e.message : String(e) }));
}

async function answerPaper(repo: Repository, id: string, readPrefs: () => Promise<PanelPrefValues>): Promise<PaperResponse> {
  const hit = await repo.paper(id);
  // Unknown papers (most pages) cost no storage read.
  if (!hit) return { ok: true, hit: null };
  return { ok: true, hit, prefs: await readPrefs() };
}
