import { browser } from 'wxt/browser';
import { paperRequest, type PaperResponse } from '../data/messages';
import type { PaperHit } from '../data/repository';

/**
 * The content script's only way to the data: one message to the background, which reads one index shard
 * and one day file. The content script never bundles the dataset, so its size and cost do not grow with it.
 */
export async function lookupPaper(id: string): Promise<PaperHit | null> {
  const res = (await browser.runtime.sendMessage(paperRequest(id))) as PaperResponse | undefined;
  if (!res) throw new Error('no answer from the background');
  if (!res.ok) throw new Error(res.error);
  return res.hit;
}
