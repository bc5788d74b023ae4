import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PanelAnchor } from '../arxiv/anchor';
import { arxivRefFromDocument } from '../arxiv/document';
import { pageIsDark } from '../arxiv/page-theme';
import { arxivRefFromUrl } from '../arxiv/url';
import { logError } from '../lib/log';
import { anchorWhenParsed, domReady } from './anchor-when-parsed';
import { lookupPaper, type Found } from './lookup';
import { mountPanel } from './panel-controller';
import { pushedPrefs } from './settings';
import { createShadowHost, insertAt } from './shadow-host';
import { PANEL_TAG } from './tag';

/**
 * Runs at document_start: the lookup by the URL's ID is answered while arXiv's HTML is still parsing, and
 * for a known paper the panel goes in as soon as the abstract is parsed. The ID is confirmed from the page's
 * meta tag (meta first, URL second). Unknown papers: nothing else happens.
 */
export async function startPanel(ctx: ContentScriptContext, css: string): Promise<void> {
  const fromUrl = arxivRefFromUrl(location);
  let found = fromUrl ? await lookupPaper(fromUrl.id) : null;
  let anchor: PanelAnchor | undefined;
  if (found) anchor = await anchorWhenParsed();
  else await domReady();
  // Once the body is being parsed the head is complete, so the meta tag can be read now.
  const ref = arxivRefFromDocument(document, location);
  if (!ref || ctx.isInvalid) return;
  if (ref.id !== fromUrl?.id) {
    found = await lookupPaper(ref.id);
    anchor = found ? await anchorWhenParsed() : undefined;
  }
  if (!found || !anchor || ctx.isInvalid) return;
  insertPanel(ctx, css, found, anchor);
}

function insertPanel(ctx: ContentScriptContext, css: string, { hit, settings }: Found, anchor: PanelAnchor): void {
  // One panel per page, even if the script runs twice (reinjection after an update, a second injection).
  for (const old of document.querySelectorAll(PANEL_TAG)) old.remove();
  const { host, container } = createShadowHost(PANEL_TAG, css);
  host.dataset.arxivId = hit.paper.id;
  // The panel follows the page, not the system: arXiv's abs pages stay light in a dark system theme.
  host.dataset.theme = pageIsDark(anchor.element) ? 'dark' : 'light';
  // Rendered before it is inserted: the page lays the panel out once, complete.
  const unmount = mountPanel(container, hit, pushedPrefs(), settings);
  insertAt(anchor, host);
  // An invalidated script (extension updated or removed) takes its panel and listeners with it.
  ctx.onInvalidated(() => {
    unmount();
    host.remove();
  });
}

export function runSafely(task: () => Promise<void>): void {
  task().catch((e: unknown) => logError('panel', e));
}
