import { pageIsDark, presumedTheme, THEME_ATTRIBUTE } from '../arxiv/page-theme';
import { whenLoadedAndIdle, type IdleWindow } from './after-load';

/** Sets the panel host's theme from the page behind it (`data-theme` on the host selects the panel's colours). */
export function applyPageTheme(host: HTMLElement, behind: Element): void {
  host.dataset.theme = pageIsDark(behind) ? 'dark' : 'light';
}

const DARK_SCHEME = '(prefers-color-scheme: dark)';
const systemIsDark = () => !!globalThis.matchMedia?.(DARK_SCHEME).matches;

/**
 * The panel's theme while the page loads, then the page's real one: the host starts with the theme the
 * page declares (or the system's, for a page that follows it) and the colours behind it are read once the
 * page has loaded and the main thread is idle, when styles are computed anyway. A computed-style read as the
 * panel goes in would force a style recalculation of the half-parsed page. Returns the function that cancels.
 */
export function themeFromPage(host: HTMLElement, behind: Element, followsSystem: boolean, win: IdleWindow = window): () => void {
  host.dataset.theme = presumedTheme(behind.ownerDocument, followsSystem, systemIsDark);
  return whenLoadedAndIdle(() => applyPageTheme(host, behind), win);
}

/**
 * Keeps the host's theme in step with a page whose reader can switch it while reading: arXiv's HTML pages
 * set `data-theme` on `<html>` from their toggle, and follow the system setting when it is absent.
 * Returns the function that stops.
 */
export function followPageTheme(host: HTMLElement, behind: Element): () => void {
  const doc = behind.ownerDocument;
  const win = doc.defaultView;
  const apply = () => applyPageTheme(host, behind);
  const observer = new MutationObserver(apply);
  observer.observe(doc.documentElement, { attributes: true, attributeFilter: [THEME_ATTRIBUTE] });
  const system = win?.matchMedia?.(DARK_SCHEME);
  system?.addEventListener('change', apply);
  return () => {
    observer.disconnect();
    system?.removeEventListener('change', apply);
  };
}
