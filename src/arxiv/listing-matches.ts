/**
 * The listing pages a listing content script runs on: `/list/…` and `/catchup…` on arXiv's hosts
 * (http too, as for abs pages). The match patterns are coarse; `isListingUrl` in ./listing decides
 * per page (a `/list/…` URL that is not a listing finds no entries anyway).
 */
export const LISTING_PAGE_MATCHES = [
  '*://arxiv.org/list/*',
  '*://www.arxiv.org/list/*',
  '*://export.arxiv.org/list/*',
  '*://arxiv.org/catchup*',
  '*://www.arxiv.org/catchup*',
  '*://export.arxiv.org/catchup*',
];
