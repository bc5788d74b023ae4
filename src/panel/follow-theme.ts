import { pageIsDark, THEME_ATTRIBUTE } from '../arxiv/page-theme';

/** Sets the panel host's theme from the page behind it (`data-theme` on the host selects the panel's colours). */
export function applyPageTheme(host: HTMLElement, behind: Element): void {
  host.dataset.theme = pageIsDark(behind) ? 'dark' : 'light';
}

/**
 * Keeps the host's theme in step with a page whose reader can switch it while reading: arXiv's HTML pages
 * set `data-theme` on `<html>` from their toggle, and follow the system setting when it is absent. The
 * colours are read again once the page's stylesheets have loaded. Returns the function that stops.
 */
export function followPageTheme(host: HTMLElement, behind: Element): () => void {
  const doc = behind.ownerDocument;
  const win = doc.defaultView;
  const apply = () => applyPageTheme(host, behind);
  const observer = new MutationObserver(apply);
  observer.observe(doc.documentElement, { attributes: true, attributeFilter: [THEME_ATTRIBUTE] });
  const system = win?.matchMedia?.('(prefers-color-scheme: dark)');
  system?.addEventListener('change', apply);
  if (doc.readyState !== 'complete') win?.addEventListener('load', apply, { once: true });
  return () => {
    observer.disconnect();
    system?.removeEventListener('change', apply);
    win?.removeEventListener('load', apply);
  };
}
