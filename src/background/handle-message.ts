import type { PaperResponse, RepoResponse, StartResponse } from '../data/messages';
import { paperRequestSchema, repoRequestSchema, startRequestSchema } from '../data/message-schema';
import type { Repository } from '../data/repository';
import { resolveStart } from '../popup/target';
import { readPanelPrefs, type PanelPrefValues } from '../prefs/items';

const errorAnswer = (e: unknown) => ({ ok: false as const, error: e instanceof Error ? e.message : String(e) });

/**
 * Answers a content script's lookup, and the popup's opening view and repository calls. Returns undefined for
 * messages that are not ours, so other listeners (none today) keep working.
 */
export function handleMessage(
  repo: Repository,
  message: unknown,
  readPrefs: () => Promise<PanelPrefValues> = readPanelPrefs,
): Promise<PaperResponse | RepoResponse | StartResponse> | undefined {
  const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  if (type === 'daily-papers:paper') {
    const req = paperRequestSchema.safeParse(message);
    if (!req.success) return Promise.resolve(badRequest(req.error.issues[0]?.message));
    return answerPaper(repo, req.data.id, readPrefs).catch(errorAnswer);
  }
  if (type === 'daily-papers:repo') {
    const req = repoRequestSchema.safeParse(message);
    if (!req.success) return Promise.resolve(badRequest(req.error.issues[0]?.message));
    const r = req.data;
    const value = r.op === 'dates' ? repo.dates() : r.op === 'day' ? repo.day(r.date) : r.op === 'dateOf' ? repo.dateOf(r.id) : repo.paper(r.id);
    return (value as Promise<unknown>).then((v) => ({ ok: true, value: v }) as RepoResponse, errorAnswer);
  }
  if (type === 'daily-papers:start') {
    const req = startRequestSchema.safeParse(message);
    if (!req.success) return Promise.resolve(badRequest(req.error.issues[0]?.message));
    return resolveStart(repo, req.data.url).then((start): StartResponse => ({ ok: true, start }), errorAnswer);
  }
  return undefined;
}

function badRequest(message: string | undefined) {
  return { ok: false as const, error: `bad request: ${message ?? 'invalid'}` };
}

async function answerPaper(repo: Repository, id: string, readPrefs: () => Promise<PanelPrefValues>): Promise<PaperResponse> {
  const hit = await repo.paper(id);
  // Unknown papers (most pages) cost no storage read.
  if (!hit) return { ok: true, hit: null };
  return { ok: true, hit, prefs: await readPrefs() };
}
