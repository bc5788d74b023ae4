/**
 * The message names as values, apart from the protocol's zod schemas, so that every runtime can import
 * them without bundling zod. Prefixed, so no other convention on the same channel can collide.
 */
export const MESSAGE_PREFIX = 'daily-papers:';
