import { inPageWorker, workerWithFallback, type WorkerLike } from './search-client';

/**
 * The search worker, as a module worker (Vite bundles `search.worker.ts` into its own file, for the Chrome
 * and the Firefox build alike). Where no module worker can start, the same engine runs on the page.
 */
export function startSearchWorker(onFallback: (reason: unknown) => void) {
  return workerWithFallback(
    () => new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike,
    () => inPageWorker(),
    onFallback,
  );
}
