/**
 * arXiv's hosts, written once: URL parsing, the content scripts' match patterns, the manifest's host
 * permissions and the popup's "is this tab on arXiv" all derive from this list.
 */
export const ARXIV_HOSTS = ['arxiv.org', 'www.arxiv.org', 'export.arxiv.org'] as const;

/**
 * Match patterns for a path on every arXiv host. `*://`: arXiv redirects http to https, but saved or
 * mirrored pages may be served over http.
 */
export function arxivMatches(path: string): string[] {
  return ARXIV_HOSTS.map((h) => `*://${h}${path}`);
}

/** The pages the abs-page content script runs on; the background finds the tabs to push settings to with it. */
export const ABS_PAGE_MATCHES = arxivMatches('/abs/*');

/**
 * Listing pages: `/list/…` and `/catchup…`. Coarse on purpose; `isListingUrl` (./listing) decides per page
 * (a `/list/…` URL that is not a listing finds no entries anyway).
 */
export const LISTING_PAGE_MATCHES = [...arxivMatches('/list/*'), ...arxivMatches('/catchup*')];

/** HTML full-text pages (LaTeXML output under `/html/IDvN/`); `htmlPageId` (./html-page) reads the paper. */
export const HTML_PAGE_MATCHES = arxivMatches('/html/*');

/** PDFs: in Chrome a small content script asks for the tab's badge (Chrome's viewer hosts it in its top document). */
export const PDF_PAGE_MATCHES = arxivMatches('/pdf/*');

/** Pages about one paper (abstract, HTML full text, PDF): the toolbar badge says whether it has a summary. */
export const PAPER_PAGE_MATCHES = [...ABS_PAGE_MATCHES, ...HTML_PAGE_MATCHES, ...PDF_PAGE_MATCHES];

/** Every page a content script runs on: the background pushes settings changes to these tabs. */
export const CONTENT_PAGE_MATCHES = [...ABS_PAGE_MATCHES, ...LISTING_PAGE_MATCHES, ...HTML_PAGE_MATCHES];

/** Host permissions: let the popup read the URL of an arXiv tab without the `tabs` permission. */
export const ARXIV_HOST_PERMISSIONS = arxivMatches('/*');

export function isArxivHost(hostname: string): boolean {
  return (ARXIV_HOSTS as readonly string[]).includes(hostname.toLowerCase());
}
