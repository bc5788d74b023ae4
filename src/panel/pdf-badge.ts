import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { arxivRefFromUrl } from '../arxiv/url';
import { requestBadgeWhenIdle } from './badge-request';
import { askBadge, lookupPaper } from './lookup';

/**
 * Chrome's PDF viewer hosts content scripts in its top document, whose URL is the PDF's: this one only looks
 * the paper up (one storage read) and, for a summarised paper, asks for the tab's badge once loaded. Nothing
 * else touches a PDF tab.
 */
export async function startPdfBadge(ctx: ContentScriptContext): Promise<void> {
  const ref = arxivRefFromUrl(location);
  if (ref?.kind !== 'pdf') return;
  const found = await lookupPaper(ref.id);
  if (!found || ctx.isInvalid) return;
  ctx.onInvalidated(requestBadgeWhenIdle(askBadge));
}
