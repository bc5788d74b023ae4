/**
 * arXiv HTML full-text pages (`/html/IDvN`, LaTeXML output branded by arxiv-browse): which paper a
 * page is, and where a panel goes. There is no `citation_arxiv_id` meta on these pages. Pure DOM
 * reading; the layouts covered are described in tests/e2e/fixtures/pages/README.md.
 */
import type { AnchorPlacement, PanelAnchor } from './anchor';
import { parseArxivId, type ArxivRef } from './id';
import { arxivRefFromUrl, type UrlParts } from './url';

export interface HtmlPageRef extends ArxivRef {
  /** Where the ID was read (for tests and logs). */
  source: 'url' | 'base' | 'watermark';
}

/**
 * The paper an HTML page shows: the URL first (`/html/ID`, `/html/IDvN`, and paths under it), then
 * the document's `<base href="/html/IDvN/">` (LaTeXML output served by arXiv carries one), then the
 * `#watermark-tr` line arXiv adds ("arXiv:2311.12983v1 [cs.CL] 21 Nov 2023"). The last two let a
 * saved or re-hosted copy be recognised. Undefined when none names a paper; never throws.
 */
export function htmlPageId(doc: Document, location: string | UrlParts): HtmlPageRef | undefined {
  const fromUrl = arxivRefFromUrl(location);
  if (fromUrl?.kind === 'html') return withSource(fromUrl, 'url');
  const fromBase = idFromBase(doc);
  if (fromBase) return withSource(fromBase, 'base');
  const fromWatermark = idFromWatermark(doc);
  return fromWatermark ? withSource(fromWatermark, 'watermark') : undefined;
}

function idFromBase(doc: Document): ArxivRef | undefined {
  try {
    const href = doc.querySelector('base[href]')?.getAttribute('href');
    if (!href) return undefined;
    // arXiv writes it root-relative; resolving against arXiv keeps absolute ones to other hosts out.
    const ref = arxivRefFromUrl(new URL(href, 'https://arxiv.org/'));
    return ref?.kind === 'html' ? ref : undefined;
  } catch {
    return undefined;
  }
}

function idFromWatermark(doc: Document): ArxivRef | undefined {
  const text = doc.getElementById('watermark-tr')?.textContent ?? '';
  // arXiv's fixed format starts with the ID; unannounced submissions read "submission/…": no paper.
  const m = /^\s*arXiv:(\S+)/.exec(text);
  return m ? parseArxivId(m[1]!) : undefined;
}

function withSource(ref: ArxivRef, source: HtmlPageRef['source']): HtmlPageRef {
  return ref.version ? { id: ref.id, version: ref.version, source } : { id: ref.id, source };
}

/**
 * Where the panel goes on an HTML page, from the most to the least specific place. LaTeXML's markup
 * differs between documents (no abstract, no author block) and arXiv's branding around it changed
 * (client-side scripts until 2026, server-side templates since), so every link has a test.
 */
export const HTML_ANCHOR_CHAIN: readonly { rule: string; selector: string; append: AnchorPlacement }[] = [
  { rule: 'abstract', selector: '.ltx_abstract', append: 'after' },
  { rule: 'authors', selector: '.ltx_authors', append: 'after' },
  { rule: 'title', selector: '.ltx_title_document', append: 'after' },
  { rule: 'article', selector: 'article.ltx_document', append: 'first' },
  // arXiv's old scripts put a `div.package-alerts.ltx_document` and a `footer.ltx_document` around the
  // paper; neither is the paper.
  { rule: 'document', selector: '.ltx_page_content > div.ltx_document:not(.package-alerts)', append: 'first' },
  { rule: 'page-content', selector: '.ltx_page_content', append: 'first' },
  { rule: 'page-main', selector: '.ltx_page_main', append: 'first' },
  { rule: 'main', selector: 'main', append: 'first' },
  { rule: 'body', selector: 'body', append: 'first' },
];

export function findHtmlPanelAnchor(doc: ParentNode): PanelAnchor | undefined {
  for (const link of HTML_ANCHOR_CHAIN) {
    const anchor = tryLink(doc, link);
    if (anchor) return anchor;
  }
  return undefined;
}

/**
 * The first link of the chain only, usable while the page is still parsing: a missing abstract
 * cannot be told from one not parsed yet, so the fallbacks wait for the whole document.
 */
export function findEarlyHtmlAnchor(doc: ParentNode): PanelAnchor | undefined {
  return tryLink(doc, HTML_ANCHOR_CHAIN[0]!);
}

function tryLink(
  doc: ParentNode,
  { rule, selector, append }: (typeof HTML_ANCHOR_CHAIN)[number],
): PanelAnchor | undefined {
  const element = doc.querySelector(selector);
  return element ? { element, append, rule } : undefined;
}
