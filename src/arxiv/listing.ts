/**
 * arXiv listing pages (`/list/<context>/<period>`, `/catchup/…`): which URLs are listings, and which
 * papers a listing shows. Pure DOM reading, nothing is changed. The templates this follows are in
 * arXiv/arxiv-browse (`list/list_macros.html` `item_list`, `catchup.html`); see
 * tests/e2e/fixtures/pages/README.md for the layouts covered.
 */
import { parseArxivId } from './id';
import { arxivRefFromUrl, arxivUrlParts, type UrlParts } from './url';

// An archive (`cs`, `hep-th`) or a category (`cs.CV`, `astro-ph.GA`, `cond-mat.stat-mech`).
const CONTEXT = String.raw`[A-Za-z][A-Za-z-]*(?:\.[A-Za-z][A-Za-z-]*)?`;
// arxiv-browse's list controller serves new, recent, pastweek and current itself, and years and
// months as YY, YYMM or YYYY, YYYY-M(M) and YYYYMM (the short and undashed forms redirect, but a
// saved or mirrored page may keep them).
const PERIOD = String.raw`new|recent|pastweek|current|\d{2}|\d{4}|\d{4}-\d{1,2}|\d{6}`;
const LIST_PATH = new RegExp(`^/list/${CONTEXT}/(?:${PERIOD})/?$`);
// `/catchup` is the form, `/catchup/<subject>/<YYYY-MM-DD>` the results (a day's /new, paged).
const CATCHUP_PATH = /^\/catchup(?:\/|$)/;

/** True for an arXiv listing or catchup page URL (any of arXiv's hosts, http or https). Never throws. */
export function isListingUrl(input: string | UrlParts): boolean {
  const url = arxivUrlParts(input);
  if (!url) return false;
  return LIST_PATH.test(url.pathname) || CATCHUP_PATH.test(url.pathname);
}

export interface ListingEntry {
  /** Bare identifier, version dropped (`2311.12983`, `hep-th/9901001`). */
  id: string;
  /** The entry's own link to its abs page; a marker goes right after it. */
  marker: Element;
  /** The entry's description (`dd`); an expanded summary goes right after it. */
  insertAfter: Element;
}

// In priority order: the current and recent templates give the ID link `title="Abstract"`; the
// pre-2024 (perl) listing wrapped it in `span.list-identifier`; any abs link is the last resort.
const ID_LINK_SELECTORS = ['a[title="Abstract"]', '.list-identifier a[href]', 'a[href*="/abs/"]'];

/**
 * Every paper on a listing page, in page order, each ID once (first occurrence wins). An entry is a
 * `dt` whose ID link points at an abs page, described by the `dd` that follows it. Only the `dt` is
 * read for the ID: a `dd` may link other papers ("extends arXiv:…" in its comments). Never throws;
 * a malformed entry is skipped.
 */
export function listingEntries(root: ParentNode): ListingEntry[] {
  const entries: ListingEntry[] = [];
  const seen = new Set<string>();
  let terms: ArrayLike<Element>;
  try {
    terms = root.querySelectorAll('dt');
  } catch {
    return entries;
  }
  for (let i = 0; i < terms.length; i++) {
    const entry = readEntry(terms[i]!);
    if (!entry || seen.has(entry.id)) continue;
    seen.add(entry.id);
    entries.push(entry);
  }
  return entries;
}

function readEntry(term: Element): ListingEntry | undefined {
  try {
    for (const selector of ID_LINK_SELECTORS) {
      const link = term.querySelector(selector);
      const id = link && idFromLink(link);
      if (link && id) return { id, marker: link, insertAfter: descriptionOf(term) };
    }
  } catch {
    // A hostile or half-built entry: leave it alone rather than break the rest of the page.
  }
  return undefined;
}

/**
 * arXiv's own ID links are root-relative (`/abs/ID`, with the template's whitespace around it): read without
 * URL parsing, a third of the cost of the pass over a 2,000-entry page (4–8 ms against 11–17 ms in Chromium here).
 */
const ROOT_RELATIVE_ABS = /^\s*\/abs\/([^?#\s%]+?)\/?\s*$/;

/** The paper an ID link names: its href (relative or absolute, on arXiv's hosts) first, its `id` attribute second. */
function idFromLink(link: Element): string | undefined {
  const href = link.getAttribute('href');
  const quick = href ? ROOT_RELATIVE_ABS.exec(href) : null;
  const fromPath = quick ? parseArxivId(quick[1]!) : undefined;
  if (fromPath) return fromPath.id;
  if (href) {
    let url: URL | undefined;
    try {
      // Listings link `/abs/ID`; resolving against arXiv lets a saved page's absolute links count too.
      url = new URL(href, 'https://arxiv.org/');
    } catch {
      url = undefined;
    }
    const ref = url && arxivRefFromUrl(url);
    if (ref?.kind === 'abs') return ref.id;
  }
  // The current templates also put the bare ID in the link's `id` attribute.
  const fromAttr = link.getAttribute('id');
  return fromAttr ? parseArxivId(fromAttr)?.id : undefined;
}

/** The `dd` that belongs to a `dt`; the `dt` itself when the description is missing. */
function descriptionOf(term: Element): Element {
  const next = term.nextElementSibling;
  return next && next.tagName === 'DD' ? next : term;
}
