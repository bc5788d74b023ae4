import { findEarlyAnchor, findPanelAnchor, type PanelAnchor } from '../arxiv/anchor';

/**
 * The panel's place as soon as the parser has produced it: `blockquote.abstract` can be used the moment it
 * exists (later content is appended after the panel), so the panel does not wait for the rest of the page.
 * The fallbacks of the chain are only certain once the whole DOM is there.
 */
export function anchorWhenParsed(doc: Document = document): Promise<PanelAnchor | undefined> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => check());
    const check = (): boolean => {
      const parsing = doc.readyState === 'loading';
      const anchor = parsing ? findEarlyAnchor(doc) : findPanelAnchor(doc);
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
