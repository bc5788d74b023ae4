/**
 * The pages the content script runs on: abstract pages on arXiv's hosts. http too: arXiv redirects it,
 * but saved or mirrored pages may be served that way. The background uses the same list to find the
 * tabs whose panel should follow a preference change.
 */
export const ABS_PAGE_MATCHES = ['*://arxiv.org/abs/*', '*://www.arxiv.org/abs/*', '*://export.arxiv.org/abs/*'];
