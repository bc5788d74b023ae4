import { findEarlyHtmlAnchor, findHtmlPanelAnchor, htmlPageId } from '../arxiv/html-page';
import { arxivRefFromUrl } from '../arxiv/url';
import { followPageTheme } from './follow-theme';
import type { PanelPage } from './page-kind';

/**
 * HTML full text (`/html/ID`, `/html/IDvN`): the panel after the paper's abstract (`div.ltx_abstract`), with
 * the fallbacks of the chain, following the page's own light/dark theme. Only HTML documents: a figure
 * opened on its own (`/html/IDvN/x1.png`) is an image document and gets nothing.
 */
export const FULL_TEXT_PAGE: PanelPage = {
  idFromUrl(location) {
    const ref = arxivRefFromUrl(location);
    return ref?.kind === 'html' ? ref.id : undefined;
  },
  idFromDocument: (doc, location) => (/^(text\/html|application\/xhtml\+xml)$/.test(doc.contentType) ? htmlPageId(doc, location)?.id : undefined),
  earlyAnchor: findEarlyHtmlAnchor,
  anchor: findHtmlPanelAnchor,
  followTheme: followPageTheme,
};
