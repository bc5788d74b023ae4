/**
 * The message names as values, apart from the protocol's zod schemas, so that every runtime can import
 * them without bundling zod. Prefixed, so no other convention on the same channel can collide.
 */
export const MESSAGE_PREFIX = 'daily-papers:';

/** The most IDs one `lookupMany` may carry (arXiv shows at most 2,000 entries on a listing page). */
export const LOOKUP_MANY_MAX = 5000;
