/**
 * Where the search engine runs (the worker, or the page when no worker starts): it hands the page's
 * messages to the engine in order, and reads the shipped index's file itself for `load`, so its megabytes
 * never pass through the page's main thread. Messages that arrive while the file is read wait for it.
 */
import { createSearchEngine, type FromWorker, type ToEngine } from './search-engine';
import { loadShippedFile } from './shipped-index';

/** What the page posts: the engine's messages, with `load` (these URLs) in place of the file's bytes. */
export type ToWorker = Exclude<ToEngine, { type: 'base' }> | { type: 'load'; seq: number; index: string; version: string };

export function engineHost(reply: (message: FromWorker) => void, fetchFn: typeof fetch, engine = createSearchEngine()): (message: ToWorker) => void {
  let chain: Promise<void> = Promise.resolve();
  let waiting = 0;

  async function load(msg: Extract<ToWorker, { type: 'load' }>): Promise<FromWorker[]> {
    const file = await loadShippedFile(msg.index, msg.version, fetchFn);
    if (!file) return [{ type: 'failed', base: msg.seq, message: 'no search index in the package' }];
    return engine.handle({ type: 'base', seq: msg.seq, ...file });
  }

  return (message) => {
    if (message.type !== 'load' && waiting === 0) {
      for (const r of engine.handle(message)) reply(r);
      return;
    }
    waiting++;
    chain = chain
      .then(async () => {
        for (const r of message.type === 'load' ? await load(message) : engine.handle(message)) reply(r);
      })
      .catch((e: unknown) => reply({ type: 'failed', ...(message.type === 'load' ? { base: message.seq } : {}), message: e instanceof Error ? e.message : String(e) }))
      .finally(() => waiting--);
  };
}
