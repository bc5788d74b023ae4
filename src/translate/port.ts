/**
 * The port between a surface that shows English (content script or extension page) and the background's
 * translation service. One port per surface, opened on the first request for English that storage could
 * not answer. The background checks what arrives with zod (src/background/translation-port.ts); the
 * surface checks what arrives with the guards below (content scripts carry no zod).
 *
 * Besides answers, the background can ask the surface to run its own Translator (`op`): where the
 * background has none, the page the reader clicked in translates, and the service drives it like its own.
 */
import { isBullets, type DeviceEnglish } from './record';
import type { PaperRef } from './service';
import { parseStatus, type TranslatorStatus } from './status';

export const TRANSLATE_PORT = 'daily-papers:translate';
/** Papers in one request: a day has at most ~70; the whole archive is sent by the background to itself. */
export const MAX_PAPERS_PER_REQUEST = 200;

export type Op = 'availability' | 'create' | 'translate' | 'destroy';

/** Surface → background. */
export type ToBackground =
  | { type: 'request'; papers: PaperRef[]; userAsked: boolean; front: boolean; pageCanTranslate: boolean }
  | { type: 'op-result'; seq: number; ok: true; value?: string }
  | { type: 'op-result'; seq: number; ok: false; name: string; message: string }
  | { type: 'op-progress'; seq: number; loaded: number };

/** Background → surface. */
export type ToSurface =
  | { type: 'status'; status: TranslatorStatus }
  | { type: 'paper'; ref: PaperRef; english: DeviceEnglish; hash: string }
  | { type: 'failed'; ref: PaperRef; reason: string; message: string }
  | { type: 'op'; seq: number; op: Op; text?: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isRef = (v: unknown): v is PaperRef => isRecord(v) && typeof v.id === 'string' && typeof v.date === 'string';
const OPS: readonly string[] = ['availability', 'create', 'translate', 'destroy'];

/** A background message as the surface accepts it, or undefined. */
export function parseToSurface(raw: unknown): ToSurface | undefined {
  if (!isRecord(raw)) return undefined;
  switch (raw.type) {
    case 'status': {
      const status = parseStatus(raw.status);
      return status && { type: 'status', status };
    }
    case 'paper': {
      const e = raw.english as Partial<DeviceEnglish> | undefined;
      if (!isRef(raw.ref) || typeof raw.hash !== 'string' || !isRecord(e) || !isBullets(e.bullets) || typeof e.at !== 'number') return undefined;
      const english: DeviceEnglish = { bullets: e.bullets, at: e.at, ...(typeof e.note === 'string' ? { note: e.note } : {}) };
      return { type: 'paper', ref: { id: raw.ref.id, date: raw.ref.date }, english, hash: raw.hash };
    }
    case 'failed':
      return isRef(raw.ref) && typeof raw.reason === 'string' && typeof raw.message === 'string' ? { type: 'failed', ref: raw.ref, reason: raw.reason, message: raw.message } : undefined;
    case 'op':
      if (typeof raw.seq !== 'number' || typeof raw.op !== 'string' || !OPS.includes(raw.op)) return undefined;
      return { type: 'op', seq: raw.seq, op: raw.op as Op, ...(typeof raw.text === 'string' ? { text: raw.text } : {}) };
    default:
      return undefined;
  }
}
