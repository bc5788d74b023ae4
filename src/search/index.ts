/**
 * Search across every day's digest, in Korean and English: substring matching of every term (particles
 * attached or not), ranked, with highlighted snippets. Pure and plain data: build and query it in a
 * worker, or build it there and post it (see `transferables`).
 */
export { docsOfDay, segmentText, withEnglishText, FIELDS, type SearchDoc, type SearchField } from './doc';
export { normalize } from './normalize';
export { search, DEFAULT_LIMIT, type SearchOptions, type SearchResponse, type SearchResult, type Snippet } from './query';
export { addDays, buildIndex, indexDays, liveDocs, removeDay, removeDays, replaceDays, transferables, type SearchIndex } from './search-index';
export { packIndex, unpackIndex, PACKED_FORMAT, type Unpacked } from './packed';
export { highlightRanges, SNIPPET_WIDTH, type Range } from './snippet';
export { queryTerms, type Term } from './terms';
