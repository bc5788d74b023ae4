/**
 * Messages between content script and background. The background validates every request with zod;
 * the content script imports only the types and the tiny request builder (no zod in its bundle).
 */
import type { PaperHit } from './repository';

export interface PaperRequest {
  type: 'daily-papers:paper';
  id: string;
}

export type PaperResponse = { ok: true; hit: PaperHit | null } | { ok: false; error: string };

export function paperRequest(id: string): PaperRequest {
  return { type: 'daily-papers:paper', id };
}
