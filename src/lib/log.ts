/** Every message the extension logs carries this prefix, so it is never confused with arXiv's own. */
export const LOG_PREFIX = '[daily-papers]';

export function logError(where: string, error: unknown): void {
  console.error(LOG_PREFIX, where, error);
}

/** Runs a content script's async work so that no error of ours reaches the page: each is logged, prefixed. */
export function runSafely(task: () => Promise<void>, where: string): void {
  task().catch((e: unknown) => logError(where, e));
}
