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
// Chromium exposes the heap size to workers as it does to pages; other browsers do not.
const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
const engine = createSearchEngine({ now: () => performance.now(), heap: () => memory?.usedJSHeapSize });

scope.onmessage = (event) => {
  for (const reply of engine.handle(event.data)) scope.postMessage(reply);
};
