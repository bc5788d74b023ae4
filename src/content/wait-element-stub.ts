/**
 * Build-time stand-in for `@1natsu/wait-element` in the content script (aliased in wxt.config.ts).
 * WXT's UI helpers use it only for `autoMount()`, which this extension never calls; the real module
 * (with many-keys-map and defu) costs ~1.5 KB gzip of the content script's 12 KB budget.
 */
export function waitElement(): Promise<never> {
  return Promise.reject(new Error('[daily-papers] autoMount is not supported in this build'));
}
export const isExist = (element: unknown): boolean => element != null;
export const isNotExist = (element: unknown): boolean => element == null;
