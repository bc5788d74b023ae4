import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { findPanelAnchor } from '../arxiv/anchor';
import { arxivRefFromDocument } from '../arxiv/document';
import { arxivRefFromUrl } from '../arxiv/url';
import type { PaperHit } from '../data/repository';
import { logError } from '../log';
import { collapsedPref, langPref, teaserPref } from '../prefs/items';
import { mountPanel as renderPanel, type PanelPrefs } from '../ui/panel-controller';
import { lookupPaper } from './lookup';

export const PANEL_TAG = 'daily-papers-panel';
const prefs: PanelPrefs = { lang: langPref, collapsed: collapsedPref, teaser: teaserPref };

function domReady(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

/**
 * Runs at document_start: the lookup by the URL's ID starts while arXiv's HTML is still parsing, the
 * ID is confirmed from the page's meta tag once the DOM is there. Unknown papers: nothing else happens.
 */
export async function startPanel(ctx: ContentScriptContext, css: string): Promise<void> {
  const fromUrl = arxivRefFromUrl(location.href);
  const early = fromUrl ? lookupPaper(fromUrl.id) : undefined;
  // Keep a rejected early lookup from being reported as unhandled before it is awaited.
  early?.catch(() => undefined);
  await domReady();
  const ref = arxivRefFromDocument(document, location.href);
  if (!ref || ctx.isInvalid) return;
  const hit = ref.id === fromUrl?.id && early ? await early : await lookupPaper(ref.id);
  if (!hit || ctx.isInvalid) return;
  await mountPanel(ctx, css, hit);
}

async function mountPanel(ctx: ContentScriptContext, css: string, hit: PaperHit): Promise<void> {
  const anchor = findPanelAnchor(document);
  if (!anchor) return;
  const [lang, collapsed, teaser] = await Promise.all([prefs.lang.get(), prefs.collapsed.get(), prefs.teaser.get()]);
  // One panel per page, even if the script runs twice (reinjection after an update, a second injection).
  for (const old of document.querySelectorAll(PANEL_TAG)) old.remove();
  const ui = await createShadowRootUi(ctx, {
    name: PANEL_TAG,
    position: 'inline',
    anchor: anchor.element,
    append: anchor.append,
    css,
    onMount: (container) => renderPanel(container, hit, prefs, { lang, collapsed, teaser }),
    onRemove: (unmount) => unmount?.(),
  });
  ui.mount();
  ui.shadowHost.dataset.arxivId = hit.paper.id;
}

export function runSafely(task: () => Promise<void>): void {
  task().catch((e: unknown) => logError('panel', e));
}
