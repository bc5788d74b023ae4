/**
 * English made on this device, as stored: `t:<arXiv ID>` → `{ v: 1, en: { <hash of the Korean>: entry } }`.
 * Keyed by the paper and a hash of the Korean it was made from, so a day replaced by an import (other
 * Korean, same ID) is translated again, and a paper summarised on two days keeps an English for each.
 * Pure and without zod: the content script reads these records with the same storage read as its paper.
 */
import type { Bullet, Summary } from '../digest/schema';

export const TRANSLATION_PREFIX = 't:';
export const TRANSLATION_VERSION = 1;
/** English versions kept per paper: a paper on two days has two; older ones of replaced days go first. */
export const MAX_VERSIONS_PER_PAPER = 4;

export function translationKey(id: string): string {
  return `${TRANSLATION_PREFIX}${id}`;
}

export interface DeviceEnglish {
  bullets: Bullet[];
  note?: string;
  /** When it was made (ms since the epoch). */
  at: number;
}

export interface TranslationRecord {
  v: typeof TRANSLATION_VERSION;
  en: Record<string, DeviceEnglish>;
}

/**
 * A stable hash of the Korean summary (53-bit, base 36): the same parsed text gives the same key in every
 * runtime. Not for security: it only tells one Korean text from another.
 */
export function koreanHash(ko: Pick<Summary, 'bullets' | 'note'>): string {
  const text = JSON.stringify(ko.bullets) + (ko.note ? `\u0000${ko.note}` : '');
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

/** Exactly the segment shapes of src/digest/schema.ts, so a renderer never meets anything else. */
function isSegment(s: unknown): boolean {
  if (typeof s === 'string') return s.length > 0;
  if (!isRecord(s)) return false;
  const keys = Object.keys(s).sort().join(',');
  switch (keys) {
    case 'url':
    case 'b':
    case 'code':
    case 'label':
      return isText(s[keys]);
    case 'text,url':
      return isText(s.text) && isText(s.url);
    default:
      return false;
  }
}

export function isBullets(v: unknown): v is Bullet[] {
  return Array.isArray(v) && v.length > 0 && v.every((b) => Array.isArray(b) && b.length > 0 && b.every(isSegment));
}

function isEntry(v: unknown): v is DeviceEnglish {
  return isRecord(v) && isBullets(v.bullets) && typeof v.at === 'number' && (v.note === undefined || typeof v.note === 'string');
}

export type RecordState = 'missing' | 'current' | 'newer' | 'damaged';

/** What a stored value is: our current version, a newer version's (kept as it is), or damaged. */
export function recordState(raw: unknown): RecordState {
  if (raw === undefined) return 'missing';
  if (!isRecord(raw) || typeof raw.v !== 'number') return 'damaged';
  if (raw.v > TRANSLATION_VERSION) return 'newer';
  return raw.v === TRANSLATION_VERSION && isRecord(raw.en) ? 'current' : 'damaged';
}

/** The English stored for this Korean, when a readable one is there. */
export function englishFor(raw: unknown, hash: string): DeviceEnglish | undefined {
  if (recordState(raw) !== 'current') return undefined;
  const entry = (raw as TranslationRecord).en[hash];
  return isEntry(entry) ? entry : undefined;
}

/**
 * The record after storing `english` for `hash`: other readable versions are kept (newest first, at most
 * MAX_VERSIONS_PER_PAPER), unreadable ones dropped. Undefined when a newer version's record is there: it
 * is not ours to rewrite.
 */
export function withEnglish(raw: unknown, hash: string, english: DeviceEnglish): TranslationRecord | undefined {
  const state = recordState(raw);
  if (state === 'newer') return undefined;
  const kept = state === 'current' ? Object.entries((raw as TranslationRecord).en).filter(([h, e]) => h !== hash && isEntry(e)) : [];
  const entries = [[hash, english] as const, ...kept.sort(([, a], [, b]) => (b as DeviceEnglish).at - (a as DeviceEnglish).at)].slice(0, MAX_VERSIONS_PER_PAPER);
  return { v: TRANSLATION_VERSION, en: Object.fromEntries(entries) };
}
