import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PanelAnchor } from '../arxiv/anchor';
import { anchorWhenParsed, domReady } from './anchor-when-parsed';
import type { FirstRead, PanelOptions } from './boot';
import { themeFromPage } from './follow-theme';
import { requestBadgeWhenIdle } from './badge-request';
import { askBadge, lookupPaper, type Found } from './lookup';
import type { PanelPage } from './page-kind';
import type { EnglishModule } from './english-slot';
import { loadModule } from './modules';
import { englishFor, koreanHash } from '../translate/record';
import { mountPanel } from './panel-controller';
import { pushedPrefs } from './settings';
import { createShadowHost, insertAt } from './shadow-host';
import { PANEL_TAG } from './tag';

/**
 * Runs from document_start (loaded by the boot script, src/panel/boot.ts, with its storage read): for a known
 * paper the panel goes in as soon as the abstract is parsed. The ID is confirmed from the parsed page (meta
 * tag on abs pages, `<base href>` or watermark on HTML pages). Unknown papers: nothing else happens.
 */
export async function startPanel(ctx: ContentScriptContext, css: string, page: PanelPage, options: PanelOptions = {}, first?: FirstRead): Promise<void> {
  const fromUrl = page.idFromUrl(location);
  let found = fromUrl ? await lookupPaper(fromUrl, first?.id === fromUrl ? first.stored : undefined) : null;
  let anchor: PanelAnchor | undefined;
  if (found) anchor = await anchorWhenParsed(page);
  else await domReady();
  // Once the body is being parsed the head is complete, so the meta tag and <base> can be read now.
  const id = page.idFromDocument(document, location);
  if (!id || ctx.isInvalid) return;
  if (id !== fromUrl) {
    found = await lookupPaper(id);
    anchor = found ? await anchorWhenParsed(page) : undefined;
  }
  if (!found || !anchor || ctx.isInvalid) return;
  insertPanel(ctx, css, found, anchor, page);
  if (options.askBadge) ctx.onInvalidated(requestBadgeWhenIdle(askBadge));
}

/** The element whose background the panel sits on. */
function behind(anchor: PanelAnchor): Element {
  return anchor.append === 'after' ? (anchor.element.parentElement ?? anchor.element) : anchor.element;
}

function insertPanel(ctx: ContentScriptContext, css: string, { hit, settings, translation }: Found, anchor: PanelAnchor, page: PanelPage): void {
  // One panel per page, even if the script runs twice (reinjection after an update, a second injection).
  for (const old of document.querySelectorAll(PANEL_TAG)) old.remove();
  const { host, container } = createShadowHost(PANEL_TAG, css);
  host.dataset.arxivId = hit.paper.id;
  // The panel follows the page, not the system: arXiv's abs pages stay light in a dark system theme. A page
  // whose theme can switch (HTML full text) follows the system when it declares no theme.
  const stopCheck = themeFromPage(host, behind(anchor), !!page.followTheme);
  // Rendered before it is inserted: the page lays the panel out once, complete.
  const unmount = mountPanel(container, hit, pushedPrefs(), settings, {
    initial: (paper) => englishFor(translation, koreanHash(paper.summary.ko)),
    load: () => loadModule<EnglishModule>('english'),
  });
  insertAt(anchor, host);
  const stopTheme = page.followTheme?.(host, behind(anchor));
  // An invalidated script (extension updated or removed) takes its panel and listeners with it.
  ctx.onInvalidated(() => {
    stopCheck();
    stopTheme?.();
    unmount();
    host.remove();
  });
}
