/** Limits of the protocol that senders must know too (no zod here: pages import this). */

/** The most dates one `days` request may ask for (~1 MB of JSON at the archive's usual day size). */
export const MAX_DAYS_PER_REQUEST = 32;
