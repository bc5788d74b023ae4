import type { PanelAnchor } from '../arxiv/anchor';

export interface ShadowHost {
  host: HTMLElement;
  /** The element inside the shadow root that the panel renders into. */
  container: HTMLElement;
}

/**
 * The panel's element: a custom-named host with an open shadow root that holds the panel's stylesheet and
 * a container. Built by hand rather than with WXT's createShadowRootUi, which also creates an html/head/body
 * skeleton inside the shadow root and splits the CSS with regular expressions: work on the page's main
 * thread, during its load, that this panel does not need (see bench/README.md).
 */
export function createShadowHost(tag: string, css: string): ShadowHost {
  const host = document.createElement(tag);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  // Inherited page styles (font, colour, alignment, spacing) stop at the host; the panel's CSS comes after.
  style.textContent = `:host{all:initial}\n${css}`;
  const container = document.createElement('div');
  shadow.append(style, container);
  return { host, container };
}

export function insertAt(anchor: PanelAnchor, node: Node): void {
  if (anchor.append === 'after') anchor.element.after(node);
  else if (anchor.append === 'first') anchor.element.prepend(node);
  else anchor.element.append(node);
}
