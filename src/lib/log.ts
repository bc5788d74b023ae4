/** Every message the extension logs carries this prefix, so it is never confused with arXiv's own. */
export const LOG_PREFIX = '[daily-papers]';

export function logError(where: string, error: unknown): void {
  console.error(LOG_PREFIX, where, error);
}
