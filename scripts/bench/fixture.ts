/**
 * The abs page every configuration loads: tests/e2e/fixtures/pages/abs-2311.12983.html, made to look like
 * the live page to the browser. The saved fixture is self-contained (inline CSS, no scripts, no images),
 * so its load event fires as soon as the HTML is parsed — earlier than on arxiv.org, which would make
 * "panel before load" and the load-time ratio look worse than users see. The live abs page loads its
 * stylesheets, MathJax (whose loader fetches its configuration) and the bibliographic explorer, and logo
 * images; the copy here gets 8 same-origin subresources in the HTML plus MathJax's configuration, of similar
 * size and kind, each answered after a fixed, per-resource delay (network latency).
 */
import { isArxivHost } from '../../src/arxiv/hosts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { generateListingPage } from '../../tests/e2e/fixtures/pages/listing-generator';
import { createRng, seedOf } from './prng';

const FIXTURE = path.resolve('tests/e2e/fixtures/pages/abs-2311.12983.html');
const FIXTURE_ID = '2311.12983';
/** Time to first byte of the HTML itself; small next to a real server's, but not zero. */
export const DOCUMENT_DELAY_MS = 20;

interface Resource {
  path: string;
  contentType: string;
  body: string | Buffer;
  delayMs: number;
  /** The tag that references it, and where it goes in the page ('dynamic': requested by a script). */
  tag: string;
  where: 'head' | 'header' | 'footer' | 'dynamic';
}

/** Plausible CSS: many rules, most of which (as on arXiv) match nothing on an abs page. */
function css(label: string, kb: number): string {
  const rng = createRng(seedOf(label));
  const props = ['margin', 'padding', 'color', 'background-color', 'border-bottom', 'font-size', 'line-height', 'max-width'];
  const out = [`/* ${label} (benchmark stand-in) */`];
  for (let i = 0; out.join('\n').length < kb * 1024; i++) {
    const decls = Array.from({ length: rng.int(2, 5) }, () => `${rng.pick(props)}:${rng.int(0, 40) / 10}em`);
    out.push(`.${label.replace(/\W/g, '')}-c${i} ${rng.pick(['a', 'p', 'li', 'span', 'div', 'td'])}{${decls.join(';')}}`);
  }
  return out.join('\n');
}

/**
 * Plausible JS: a module pattern with many small functions that are defined but mostly not called, so
 * the cost is parsing and top-level execution, as for MathJax's loader or bibex before they find work.
 */
function js(label: string, kb: number, tail = ''): string {
  const rng = createRng(seedOf(label));
  const out = [`/* ${label} (benchmark stand-in) */`, '(function (root) {', '  var api = {};'];
  for (let i = 0; out.join('\n').length < kb * 1024; i++) {
    const word = Array.from({ length: rng.int(3, 8) }, () => rng.pick(['tex', 'jax', 'bib', 'ref', 'cite', 'node', 'math', 'font'])).join('');
    out.push(`  api.f${i} = function (a, b) { var s = "${word}"; if (a > ${rng.int(1, 99)}) { return s.length + b; } return [a, b, s].join("-"); };`);
  }
  out.push(`  api.ready = document.readyState;`, `  root["${label.replace(/\W/g, '_')}"] = api;`, tail, '})(window);');
  return out.join('\n');
}

function svg(label: string, shapes: number): string {
  const rng = createRng(seedOf(label));
  const paths = Array.from({ length: shapes }, () => `<path d="M${rng.int(0, 99)} ${rng.int(0, 40)}l${rng.int(-20, 20)} ${rng.int(-20, 20)}h${rng.int(1, 30)}z" fill="#fff"/>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 40" width="100" height="40"><title>${label}</title>${paths.join('')}</svg>`;
}

// A 1×1 PNG: the size of arXiv's pixel icons is irrelevant, its being a decoded image request is not.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

const S = '/static/browse/0.3.4';
const MATHJAX_CONFIG = '/static/MathJax-2.7.3/config/TeX-AMS-MML_HTMLorMML.js?V=2.7.3';
// MathJax 2.7's loader requests the combined configuration named in ?config= at once, with a script
// element of its own: a request the page's load event waits for that is not in the HTML.
const MATHJAX_LOADER_TAIL = `  var s = document.createElement("script"); s.src = "${MATHJAX_CONFIG}"; s.async = true; document.head.appendChild(s);`;
/** Same paths, kinds and roughly the sizes of the live page's subresources (delays: 5–20 ms, fixed). */
export const RESOURCES: readonly Resource[] = [
  { path: `${S}/css/arXiv.css?v=20230915`, contentType: 'text/css', body: css('arXiv.css', 40), delayMs: 12, tag: `<link rel="stylesheet" type="text/css" media="screen" href="${S}/css/arXiv.css?v=20230915" />`, where: 'head' },
  { path: `${S}/css/browse_search.css`, contentType: 'text/css', body: css('browse_search.css', 10), delayMs: 9, tag: `<link rel="stylesheet" type="text/css" media="screen" href="${S}/css/browse_search.css" />`, where: 'head' },
  { path: `${S}/js/mathjaxToggle.min.js`, contentType: 'text/javascript', body: js('mathjaxToggle', 3), delayMs: 7, tag: `<script src="${S}/js/mathjaxToggle.min.js" type="text/javascript"></script>`, where: 'head' },
  { path: '/static/MathJax-2.7.3/MathJax.js?config=TeX-AMS-MML_HTMLorMML', contentType: 'text/javascript', body: js('MathJax', 60, MATHJAX_LOADER_TAIL), delayMs: 18, tag: '<script type="text/javascript" src="/static/MathJax-2.7.3/MathJax.js?config=TeX-AMS-MML_HTMLorMML"></script>', where: 'head' },
  { path: MATHJAX_CONFIG, contentType: 'text/javascript', body: js('MathJax config', 50), delayMs: 15, tag: '', where: 'dynamic' },
  { path: `${S}/js/bibex/bibex.js?20200709`, contentType: 'text/javascript', body: js('bibex', 40), delayMs: 14, tag: `<script src="${S}/js/bibex/bibex.js?20200709" type="text/javascript" defer></script>`, where: 'head' },
  { path: `${S}/images/icons/cu/cornell-reduced-white-SMALL.svg`, contentType: 'image/svg+xml', body: svg('Cornell University', 60), delayMs: 10, tag: `<img src="${S}/images/icons/cu/cornell-reduced-white-SMALL.svg" alt="Cornell University" width="100" height="40" />`, where: 'header' },
  { path: `${S}/images/arxiv-logo-one-color-white.svg`, contentType: 'image/svg+xml', body: svg('arXiv logo', 40), delayMs: 5, tag: `<img src="${S}/images/arxiv-logo-one-color-white.svg" alt="arXiv logo" width="85" height="35" />`, where: 'header' },
  { path: `${S}/images/icons/smileybones-pixel.png`, contentType: 'image/png', body: PNG, delayMs: 16, tag: `<img src="${S}/images/icons/smileybones-pixel.png" alt="" width="1" height="1" />`, where: 'footer' },
];

function insertOnce(html: string, marker: string, insert: string, before = false): string {
  const at = html.indexOf(marker);
  if (at < 0) throw new Error(`fixture changed: ${JSON.stringify(marker)} not found in ${FIXTURE}`);
  const pos = before ? at : at + marker.length;
  return html.slice(0, pos) + insert + html.slice(pos);
}

/** The fixture with the subresource tags added (in memory; the saved file is not changed). */
export function realisticPage(): string {
  let html = readFileSync(FIXTURE, 'utf8');
  const tags = (where: Resource['where']) => RESOURCES.filter((r) => r.where === where).map((r) => `\n  ${r.tag}`).join('');
  html = insertOnce(html, '</head>', `${tags('head')}\n`, true);
  html = insertOnce(html, '<div id="header" class="is-hidden-mobile">', tags('header'));
  html = insertOnce(html, '</footer>', `${tags('footer')}\n`, true);
  return html;
}

/** The page for another paper ID (the memory run visits 20 different papers of a dataset). */
export function pageFor(html: string, id: string): string {
  return html.replaceAll(FIXTURE_ID, id);
}

/**
 * A paper no archive holds (issue #25's common case: the digests end in May 2025): valid, and clear of every
 * generated ID, whose numbers stop at 24999 (dataset.ts). run.ts checks it against every built dataset.
 */
export const UNKNOWN_ID = '2509.30001';
export const UNKNOWN_ABS_URL = `https://arxiv.org/abs/${UNKNOWN_ID}`;

/** The listing row's URL (issue #16): a week of cs.CV at arXiv's largest page size. */
export const LISTING_URL = 'https://arxiv.org/list/cs.CV/pastweek?show=2000';
/** The same size of listing with no known paper on it (issue #25), at another category's URL. */
export const UNKNOWN_LISTING_URL = 'https://arxiv.org/list/cs.CL/pastweek?show=2000';
export const LISTING_ENTRIES = 2000;

export interface ListingFixture {
  html: string;
  /** Every entry's ID, in page order. */
  ids: string[];
}

/**
 * The 2,000-entry listing (tests/e2e/fixtures/pages/listing-generator.ts, arXiv's current markup; no
 * abstracts, as on /pastweek pages) with `knownIds` spread evenly through it, given the same kind of
 * subresources as the abs page (stylesheets, MathJax, bibex, logos), so its load event is not the end
 * of parsing either.
 */
export function listingPage(knownIds: readonly string[]): ListingFixture {
  const { html: bare, ids } = generateListingPage({ entries: LISTING_ENTRIES, knownIds, abstracts: false });
  const tags = (where: Resource['where']) => RESOURCES.filter((r) => r.where === where).map((r) => `\n  ${r.tag}`).join('');
  let html = insertOnce(bare, '</head>', `${tags('head')}\n`, true);
  html = insertOnce(html, '<div id="header" class="is-hidden-mobile">', tags('header'));
  html = insertOnce(html, '</body>', `${tags('footer')}\n`, true);
  return { html, ids };
}

/**
 * The 2,000-entry listing with no known paper: the generator's filler IDs (2311.2xxxx) moved to 2311.3xxxx,
 * numbers no archive of the benchmark holds (run.ts checks every dataset).
 */
export function unknownListingPage(): ListingFixture {
  const { html, ids } = listingPage([]);
  return { html: html.replaceAll('2311.2', '2311.3'), ids: ids.map((id) => id.replace(/^2311\.2/, '2311.3')) };
}

export interface ArxivRoute {
  /** Non-arXiv http(s) requests seen (blocked), with their URLs. */
  external: string[];
  /** Requests answered from the fixture, for the README's sanity figures. */
  served: number;
}

export interface FixtureResponse {
  status: number;
  contentType: string;
  body: string | Buffer;
  headers?: Record<string, string>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Listing pages a browser is served, by URL (LISTING_URL, UNKNOWN_LISTING_URL). */
export type Listings = Readonly<Record<string, string>>;

/**
 * The arXiv server of the benchmark, independent of the browser driver: the answer to one http(s) URL
 * after its delay, or 'external' for a host that is not arXiv (the caller blocks and records it).
 * `latencyScale` multiplies every delay (--latency-scale; 1 = the delays above), to see how figures tied
 * to the load event depend on it. `listings`: the listing pages this browser is given, by URL (matched on
 * the path).
 */
export function arxivResponder(html: string, latencyScale = 1, listings: Listings = {}): (href: string) => Promise<FixtureResponse | 'external'> {
  const byPath = new Map(RESOURCES.map((r) => [r.path, r]));
  const listingByPath = new Map(Object.entries(listings).map(([u, page]) => [new URL(u).pathname, page]));
  return async (href) => {
    const url = new URL(href);
    if (!isArxivHost(url.hostname)) return 'external';
    const listing = listingByPath.get(url.pathname);
    if (listing !== undefined) {
      await sleep(DOCUMENT_DELAY_MS * latencyScale);
      return { status: 200, contentType: 'text/html; charset=utf-8', body: listing };
    }
    const abs = /^\/abs\/(.+)$/.exec(url.pathname);
    const res = byPath.get(url.pathname + url.search);
    if (abs) {
      await sleep(DOCUMENT_DELAY_MS * latencyScale);
      return { status: 200, contentType: 'text/html; charset=utf-8', body: pageFor(html, decodeURIComponent(abs[1]!)) };
    }
    if (res) {
      await sleep(res.delayMs * latencyScale);
      return { status: 200, contentType: res.contentType, body: res.body, headers: { 'cache-control': 'max-age=0' } };
    }
    return { status: 404, contentType: 'text/plain', body: 'not found' };
  };
}

/**
 * Serves arxiv.org from memory to a Playwright context and blocks (and records) every other http(s)
 * request of the context: pages, extension pages and the extension's service worker. `listings` are
 * served at their URLs' paths. Only http(s) is
 * routed, so the extension's own chrome-extension:// files are never handed to this Node process.
 */
export async function routeArxiv(context: BrowserContext, html: string, latencyScale = 1, listings: Listings = {}): Promise<ArxivRoute> {
  const state: ArxivRoute = { external: [], served: 0 };
  const respond = arxivResponder(html, latencyScale, listings);
  await context.route(/^https?:\/\//, async (route) => {
    const href = route.request().url();
    const answer = await respond(href);
    if (answer === 'external') {
      state.external.push(href);
      return route.abort('blockedbyclient');
    }
    if (answer.status === 200) state.served++;
    return route.fulfill(answer);
  });
  return state;
}
