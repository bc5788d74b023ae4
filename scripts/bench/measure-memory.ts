/**
 * Memory after 20 abs pages and 20 lookups. Chromium does not attribute a content script's heap separately: its
 * isolated world lives in the page's V8 isolate. So this reports what can be measured cleanly:
 *  - each page's JSHeapUsedSize (main world + content script's isolated world), with vs without the
 *    extension, after a forced GC, read when the page has loaded (each tab has its own renderer, so
 *    keeping the other 19 open would change nothing but the machine's load);
 *  - the service worker's used heap after a forced GC, once it has answered 20 lookup messages for 20
 *    different papers (20 different days in every archive but the seed day), so its file cache holds
 *    what 20 real visits would leave. The messages are sent from an extension page, not left to the
 *    pages: a content script that reads extension storage itself never asks the worker.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CDPSession } from '@playwright/test';
import { datesInShard } from './build';
import { extensionPageSession, serviceWorkerHeap, type Session } from './browser';
import { loadAbs } from './measure-page';
import { panelShown, type MemoryResult } from './samples';

export const MEMORY_PAGES = 20;

/** Every paper ID of a built dataset (the keys of its index shards). */
export async function datasetIds(dataDir: string): Promise<string[]> {
  const ids: string[] = [];
  for (const f of await readdir(path.join(dataDir, 'index'))) {
    ids.push(...Object.keys(JSON.parse(await readFile(path.join(dataDir, 'index', f), 'utf8')) as Record<string, unknown>));
  }
  return ids;
}

/** 20 paper IDs from a built dataset, one per day spread over its days (cycling when it has fewer). */
export async function sampleIds(dataDir: string, count = MEMORY_PAGES): Promise<string[]> {
  const entries: [id: string, date: string][] = [];
  for (const f of await readdir(path.join(dataDir, 'index'))) {
    const shard = JSON.parse(await readFile(path.join(dataDir, 'index', f), 'utf8')) as Record<string, unknown>;
    for (const [id, dates] of Object.entries(shard)) {
      const first = datesInShard(dates)[0];
      if (first) entries.push([id, first]);
    }
  }
  entries.sort(([a, da], [b, db]) => da.localeCompare(db) || a.localeCompare(b));
  const firstOfDay = entries.filter(([, d], i) => i === 0 || entries[i - 1]![1] !== d).map(([id]) => id);
  // Several days: one paper per evenly spaced day. A single-day archive (the real 9): all its papers.
  const pool = firstOfDay.length >= count ? Array.from({ length: count }, (_, i) => firstOfDay[Math.floor((i * firstOfDay.length) / count)]!) : entries.map(([id]) => id);
  if (pool.length === 0) throw new Error(`${dataDir}: no paper IDs`);
  return Array.from({ length: count }, (_, i) => pool[i % pool.length]!);
}

/** Sends the content script's lookup for every ID from an extension page; each must be found. */
async function lookupAll(cdp: CDPSession, ids: string[], name: string): Promise<void> {
  const { exceptionDetails } = await cdp.send('Runtime.evaluate', {
    awaitPromise: true,
    returnByValue: true,
    expression: `(async () => {
      for (const id of ${JSON.stringify(ids)}) {
        const a = await chrome.runtime.sendMessage({ type: 'daily-papers:lookup', id });
        if (!a || !a.ok || !a.value || !a.value.hit) throw new Error('lookup of ' + id + ': ' + JSON.stringify(a).slice(0, 200));
      }
    })()`,
  });
  if (exceptionDetails) throw new Error(`${name}: lookups failed: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
}

export async function measureMemory(s: Session, ids: string[]): Promise<MemoryResult> {
  const pageHeaps: number[] = [];
  let missingPanels = 0;
  for (const id of ids) {
    const sample = await loadAbs(s, `https://arxiv.org/abs/${id}`, true);
    if (s.config.extDir && !panelShown(sample)) missingPanels++;
    pageHeaps.push(sample.heapUsed);
  }
  let swHeap: number | null = null;
  if (s.extensionId) {
    const helper = await extensionPageSession(s);
    try {
      await lookupAll(helper.cdp, ids, s.config.name);
      swHeap = await serviceWorkerHeap(helper.cdp, s.extensionId);
    } finally {
      await helper.close();
    }
  }
  return { pageHeaps, missingPanels, serviceWorkerHeap: swHeap };
}
