import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { entryKey, LOOKUP_KEY, lookupReady } from '../model/lookup-entry';
import { requestBadgeWhenIdle } from './badge-request';
import { ID } from './boot';
import { askBadge } from './lookup';

const PDF_PATH = new RegExp(`^/pdf/${ID}(?:\\.pdf)?/?$`);

/**
 * Chrome's PDF viewer hosts content scripts in its top document, whose URL is the PDF's: this one only reads
 * the paper's entry (one storage read) and, for a summarised paper (or while the table is being filled, when
 * the background decides), asks for the tab's badge once loaded. Nothing else touches a PDF tab.
 */
export async function startPdfBadge(ctx: ContentScriptContext, area: Pick<typeof browser.storage.local, 'get'> = browser.storage.local): Promise<void> {
  const id = PDF_PATH.exec(location.pathname)?.[1];
  if (!id) return;
  const stored = await area.get([entryKey(id), LOOKUP_KEY]);
  if (stored[entryKey(id)] === undefined && lookupReady(stored[LOOKUP_KEY], browser.runtime.getManifest().version)) return;
  if (ctx.isInvalid) return;
  ctx.onInvalidated(requestBadgeWhenIdle(askBadge));
}
