/**
 * Where the panel goes on an abs page. arXiv's layout changed before (Dec 2023 redesign), so this is a
 * chain from the most to the least specific place; every link has a saved-page test.
 */
export type AnchorPlacement = 'after' | 'last' | 'first';

export interface PanelAnchor {
  element: Element;
  append: AnchorPlacement;
  /** Which link of the chain matched (for tests and logs). */
  rule: string;
}

export const ANCHOR_CHAIN: readonly { selector: string; append: AnchorPlacement }[] = [
  { selector: '#abs blockquote.abstract, blockquote.abstract', append: 'after' },
  { selector: '#abs', append: 'last' },
  { selector: '.leftcolumn', append: 'last' },
  { selector: '#content', append: 'first' },
  { selector: 'main', append: 'first' },
];

export function findPanelAnchor(doc: ParentNode): PanelAnchor | undefined {
  for (const { selector, append } of ANCHOR_CHAIN) {
    const element = doc.querySelector(selector);
    if (element) return { element, append, rule: selector };
  }
  return undefined;
}

/** The first link of the chain only: usable while the page is still parsing. */
export function findEarlyAnchor(doc: ParentNode): PanelAnchor | undefined {
  const { selector, append } = ANCHOR_CHAIN[0]!;
  const element = doc.querySelector(selector);
  return element ? { element, append, rule: selector } : undefined;
}
