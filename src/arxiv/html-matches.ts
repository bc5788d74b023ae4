/**
 * The HTML full-text pages (LaTeXML output under `/html/IDvN/`) an HTML content script runs on, on
 * arXiv's hosts (http too, as for abs pages). `htmlPageId` in ./html-page reads the paper per page.
 */
export const HTML_PAGE_MATCHES = ['*://arxiv.org/html/*', '*://www.arxiv.org/html/*', '*://export.arxiv.org/html/*'];
