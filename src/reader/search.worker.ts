/**
 * The reader's search worker: parses the days, builds the index and answers queries off the page's main
 * thread. All the logic is in search-engine.ts; this file only connects it to the worker's messages.
 */
import { createSearchEngine, type FromWorker, type ToWorker } from './search-engine';

/** The parts of a dedicated worker's global scope used here (the DOM typings describe a window). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
}

const scope = self as unknown as WorkerScope;
const engine = createSearchEngine();

scope.onmessage = (event) => {
  for (const reply of engine.handle(event.data)) scope.postMessage(reply);
};
