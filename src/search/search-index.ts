/**
 * The search index: documents plus immutable segments (see segment.ts). Importing days adds a small
 * segment for just their documents; deleting a day blanks its documents. Either way the cost is that of
 * the days touched, not of the archive. When blanks or segments pile up, the index is rebuilt from the
 * documents it still holds, so queries never pay for many tiny segments or many dead postings.
 *
 * Functions return a new index and never change the one they are given (unchanged parts are shared).
 * Plain data throughout, so it can be built in a worker and posted (see `transferables`).
 */
import type { Day } from '../digest/schema';
import { docsOfDay, type SearchDoc } from './doc';
import { buildSegment, type Segment } from './segment';

export interface SearchIndex {
  version: 1;
  /** Document number → document; null once its day was removed (until the next rebuild renumbers). */
  docs: (SearchDoc | null)[];
  /** Documents that are not null. */
  live: number;
  segments: Segment[];
}

/** More segments than this and the index is rebuilt: each segment costs every query a lookup per term. */
export const MAX_SEGMENTS = 8;
/** Rebuilt when more than this share of documents is removed (and more than a few days' worth). */
const MAX_DEAD_SHARE = 0.25;
const MIN_DEAD_TO_REBUILD = 64;

export function buildIndex(docs: readonly SearchDoc[]): SearchIndex {
  return { version: 1, docs: [...docs], live: docs.length, segments: docs.length ? [buildSegment(docs, 0)] : [] };
}

/** The index of every paper of `days`. */
export function indexDays(days: readonly Day[]): SearchIndex {
  return buildIndex(days.flatMap(docsOfDay));
}

/** Adds imported days; a day already in the index is replaced (re-importing a day does not duplicate it). */
export function addDays(index: SearchIndex, days: readonly Day[]): SearchIndex {
  // The same date twice in one import: the last one wins, as it would imported one after the other.
  const unique = [...new Map(days.map((d) => [d.date, d])).values()];
  return replaceDays(index, unique.map((d) => d.date), unique.flatMap(docsOfDay));
}

/**
 * Removes every document of `dates` and adds `docs` (of those dates or others) as one segment: a day's
 * documents changed without its Day at hand (the shipped index with English written in, packed.ts).
 */
export function replaceDays(index: SearchIndex, dates: readonly string[], docs: readonly SearchDoc[]): SearchIndex {
  const replaced = removeDays(index, dates, false);
  if (!docs.length) return settle(replaced);
  return settle({
    version: 1,
    docs: [...replaced.docs, ...docs],
    live: replaced.live + docs.length,
    segments: [...replaced.segments, buildSegment(docs, replaced.docs.length)],
  });
}

export function removeDay(index: SearchIndex, date: string): SearchIndex {
  return removeDays(index, [date]);
}

export function removeDays(index: SearchIndex, dates: readonly string[], rebuildWhenSparse = true): SearchIndex {
  const gone = new Set(dates);
  let removed = 0;
  const docs = index.docs.map((d) => {
    if (d && gone.has(d.date)) {
      removed++;
      return null;
    }
    return d;
  });
  if (!removed) return index;
  const next: SearchIndex = { version: 1, docs, live: index.live - removed, segments: index.segments };
  return rebuildWhenSparse ? settle(next) : next;
}

/** The documents still in the index, in document-number order. */
export function liveDocs(index: SearchIndex): SearchDoc[] {
  return index.docs.filter((d): d is SearchDoc => d !== null);
}

function settle(index: SearchIndex): SearchIndex {
  const dead = index.docs.length - index.live;
  const sparse = dead > MIN_DEAD_TO_REBUILD && dead > index.docs.length * MAX_DEAD_SHARE;
  if (index.segments.length > MAX_SEGMENTS || sparse || (index.live === 0 && index.docs.length > 0)) return buildIndex(liveDocs(index));
  return index;
}

/**
 * The buffers of the index's typed arrays, for `postMessage(index, transferables(index))`: the worker
 * hands them over instead of copying them. The worker's copy is unusable afterwards.
 */
export function transferables(index: SearchIndex): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const s of index.segments) {
    for (const a of [s.postStart, s.posts, s.gramKeys, s.gramStart, s.gramTokens]) buffers.add(a.buffer as ArrayBuffer);
  }
  return [...buffers];
}
