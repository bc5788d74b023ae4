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

/** Host permissions: let the popup read the URL of an arXiv tab without the `tabs` permission. */
export const ARXIV_HOST_PERMISSIONS = arxivMatches('/*');

export function isArxivHost(hostname: string): boolean {
  return (ARXIV_HOSTS as readonly string[]).includes(hostname.toLowerCase());
}

/** Whether a URL is an http(s) page on an arXiv host (any path). */
export function isArxivUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'https:' || u.protocol === 'http:') && isArxivHost(u.hostname);
  } catch {
    return false;
  }
}
