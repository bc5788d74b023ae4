import type { PanelAnchor } from '../arxiv/anchor';
import type { PanelPage } from './page-kind';

/**
 * The panel's place as soon as the parser has produced it: the first link of the page's anchor chain (the
 * abstract) can be used the moment it exists (later content is appended after the panel), so the panel does
 * not wait for the rest of the page. The fallbacks of the chain are only certain once the whole DOM is there.
 */
export function anchorWhenParsed(page: Pick<PanelPage, 'earlyAnchor' | 'anchor'>, doc: Document = document): Promise<PanelAnchor | undefined> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => check());
    const check = (): boolean => {
      const parsing = doc.readyState === 'loading';
      const anchor = parsing ? page.earlyAnchor(doc) : page.anchor(doc);
      if (!anchor && parsing) return false;
      observer.disconnect();
      resolve(anchor);
      return true;
    };
    if (check()) return;
    observer.observe(doc, { childList: true, subtree: true });
    doc.addEventListener('DOMContentLoaded', check, { once: true });
  });
}

export function domReady(doc: Document = document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}
