import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { findEarlyAnchor, findPanelAnchor, type PanelAnchor } from '../arxiv/anchor';
import { arxivRefFromDocument } from '../arxiv/document';
import { arxivRefFromUrl } from '../arxiv/url';
import { logError } from '../log';
import { collapsedPref, langPref, teaserPref } from '../prefs/items';
import { pushedPref } from '../prefs/pushed';
import { mountPanel as renderPanel, type PanelPrefs } from '../ui/panel-controller';
import { lookupPaper, type Found } from './lookup';
import { createShadowHost, insertAt } from './shadow-host';

export const PANEL_TAG = 'daily-papers-panel';
const prefs: PanelPrefs = { lang: pushedPref(langPref, 'lang'), collapsed: pushedPref(collapsedPref, 'collapsed'), teaser: pushedPref(teaserPref, 'teaser') };

function domReady(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

/**
 * The panel's place as soon as the parser has produced it: `blockquote.abstract` can be used the moment it
 * exists (later content is appended after the panel), so the panel does not wait for the rest of the page.
 * The fallbacks of the chain are only certain once the whole DOM is there.
 */
function anchorWhenParsed(): Promise<PanelAnchor | undefined> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => check());
    const check = (): boolean => {
      const parsing = document.readyState === 'loading';
      const anchor = parsing ? findEarlyAnchor(document) : findPanelAnchor(document);
      if (!anchor && parsing) return false;
      observer.disconnect();
      resolve(anchor);
      return true;
    };
    if (check()) return;
    observer.observe(document, { childList: true, subtree: true });
    document.addEventListener('DOMContentLoaded', check, { once: true });
  });
}

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
  mountPanel(ctx, css, found, anchor);
}

function mountPanel(ctx: ContentScriptContext, css: string, { hit, prefs: initial }: Found, anchor: PanelAnchor): void {
  // One panel per page, even if the script runs twice (reinjection after an update, a second injection).
  for (const old of document.querySelectorAll(PANEL_TAG)) old.remove();
  const { host, container } = createShadowHost(PANEL_TAG, css);
  host.dataset.arxivId = hit.paper.id;
  // Rendered before it is inserted: the page lays the panel out once, complete.
  const unmount = renderPanel(container, hit, prefs, initial);
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
