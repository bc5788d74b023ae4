/**
 * The reader page's state as it lives in its URL: `reader.html?date=2023-11-23&q=…&sort=votes#2311.12983`.
 * Shared by every page that links to the reader (popup, options) and by the reader itself, so a deep
 * link written anywhere reads back the same after a reload or the back button.
 */

export type DaySort = 'digest' | 'votes';

export interface ReaderState {
  /** The day shown (YYYY-MM-DD); absent: the newest day. */
  date?: string;
  /** A search across every day; absent or blank: the day view. */
  q?: string;
  /** A paper to bring into view (its arXiv ID), kept in the fragment. */
  id?: string;
  /** Digest order unless `votes`. */
  sort?: DaySort;
}

export const READER_PAGE = 'reader.html' as const;
/** Longer queries are cut: nobody types this much, and a URL should stay readable. */
export const MAX_QUERY_LENGTH = 200;
const MAX_ID_LENGTH = 64;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The state a URL's `search` and `hash` describe; anything malformed is left out rather than guessed at. */
export function parseReaderUrl(search: string, hash: string): ReaderState {
  const params = new URLSearchParams(search);
  const state: ReaderState = {};
  const date = params.get('date');
  if (date && ISO_DATE.test(date) && isRealDate(date)) state.date = date;
  const q = params.get('q');
  if (q && q.trim()) state.q = q.slice(0, MAX_QUERY_LENGTH);
  if (params.get('sort') === 'votes') state.sort = 'votes';
  const id = decodeFragment(hash.replace(/^#/, '')).trim();
  if (id && id.length <= MAX_ID_LENGTH && !/\s/.test(id)) state.id = id;
  return state;
}

/** `?date=…&q=…&sort=votes#id`, with only the parts that are set, in that order (stable URLs). */
export function readerQuery(state: ReaderState): string {
  const params = new URLSearchParams();
  if (state.date) params.set('date', state.date);
  if (state.q?.trim()) params.set('q', state.q.slice(0, MAX_QUERY_LENGTH));
  if (state.sort === 'votes') params.set('sort', 'votes');
  const search = params.toString();
  // An arXiv ID's characters (digits, letters, `.`, `-`, `/`) are all allowed in a fragment as they are.
  const hash = state.id ? `#${encodeURI(state.id)}` : '';
  return `${search ? `?${search}` : ''}${hash}`;
}

/**
 * The reader's URL relative to the extension's root (`reader.html?date=2023-11-23`): pass it to
 * `browser.runtime.getURL` to open it from any extension page.
 */
export function readerUrl(state: ReaderState = {}): `${typeof READER_PAGE}${string}` {
  return `${READER_PAGE}${readerQuery(state)}`;
}

/** Whether two states show the same thing (the same URL). */
export function sameReaderState(a: ReaderState, b: ReaderState): boolean {
  return readerQuery(a) === readerQuery(b);
}

function isRealDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function decodeFragment(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
