/**
 * The reader's search worker: reads the shipped index, parses the days, builds the index and answers
 * queries off the page's main thread. All the logic is in search-engine.ts and engine-host.ts; this file
 * only connects them to the worker's messages.
 */
import { engineHost, type ToWorker } from './engine-host';
import type { FromWorker } from './search-engine';

/** The parts of a dedicated worker's global scope used here (the DOM typings describe a window). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
  fetch: typeof fetch;
}

const scope = self as unknown as WorkerScope;
const host = engineHost((reply) => scope.postMessage(reply), (...args) => scope.fetch(...args));

scope.onmessage = (event) => host(event.data);
