import type { PanelAnchor } from '../arxiv/anchor';

/**
 * What the panel needs to know about a kind of arXiv page (abs page, HTML full text): which paper it shows
 * and where the panel goes. Each content script passes its own, so neither bundle carries the other's
 * selectors.
 */
export interface PanelPage {
  /** The paper the URL names, looked up at document_start while the page is still parsing. */
  idFromUrl(location: Location): string | undefined;
  /** The paper according to the parsed document (meta tag, `<base href>`, watermark); it wins over the URL. */
  idFromDocument(doc: Document, location: Location): string | undefined;
  /** The first link of the anchor chain: usable the moment it is parsed. */
  earlyAnchor(doc: Document): PanelAnchor | undefined;
  /** The whole chain, once the DOM is complete. */
  anchor(doc: Document): PanelAnchor | undefined;
  /**
   * Keeps the host's `data-theme` in step with the page after it went in, for pages whose theme can change
   * while open; returns the function that stops. Such a page is taken to follow the system setting until its
   * colours are read after the load event (see `themeFromPage`).
   */
  followTheme?(host: HTMLElement, behind: Element): () => void;
}
