import type { PaperResponse, RepoResponse, StartResponse } from '../data/messages';
import { paperRequestSchema, repoRequestSchema, startRequestSchema } from '../data/message-schema';
import type { Repository } from '../data/repository';
import type { ZodType } from 'zod';
import { resolveStart } from '../popup/target';
import { readPanelPrefs, type PanelPrefValues } from '../prefs/items';

type ErrorAnswer = { ok: false; error: string };

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
  if (type === 'daily-papers:paper') return answer(paperRequestSchema, message, (r) => answerPaper(repo, r.id, readPrefs));
  if (type === 'daily-papers:repo') {
    return answer(repoRequestSchema, message, async (r): Promise<RepoResponse> => {
      const value = await (r.op === 'dates' ? repo.dates() : r.op === 'day' ? repo.day(r.date) : r.op === 'dateOf' ? repo.dateOf(r.id) : repo.paper(r.id));
      return { ok: true, value } as RepoResponse;
    });
  }
  if (type === 'daily-papers:start') {
    return answer(startRequestSchema, message, async (r): Promise<StartResponse> => ({ ok: true, start: await resolveStart(repo, r.url) }));
  }
  return undefined;
}

/** Validates a request with its zod schema, then answers it; a bad request or a failure becomes an error answer. */
function answer<Req, Res>(schema: ZodType<Req>, message: unknown, run: (req: Req) => Promise<Res>): Promise<Res | ErrorAnswer> {
  const req = schema.safeParse(message);
  if (!req.success) return Promise.resolve({ ok: false, error: `bad request: ${req.error.issues[0]?.message ?? 'invalid'}` });
  return run(req.data).catch((e: unknown) => ({ ok: false, error: e instanceof Error ? e.message : String(e) }));
}

async function answerPaper(repo: Repository, id: string, readPrefs: () => Promise<PanelPrefValues>): Promise<PaperResponse> {
  const hit = await repo.paper(id);
  // Unknown papers (most pages) cost no storage read.
  if (!hit) return { ok: true, hit: null };
  return { ok: true, hit, prefs: await readPrefs() };
}
