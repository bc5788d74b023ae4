import { isArxivHost } from './hosts';
import { parseArxivId, type ArxivRef } from './id';

export type ArxivPageKind = 'abs' | 'html' | 'pdf';

export interface ArxivPageRef extends ArxivRef {
  kind: ArxivPageKind;
}

const PATH = /^\/(abs|html|pdf)\/(.+)$/;

/** The parts of a URL that are read: a `URL`, or the page's own `location` (no parsing needed). */
export type UrlParts = Pick<URL, 'protocol' | 'hostname' | 'pathname'>;

/**
 * The URL's parts when it is an http(s) URL on one of arXiv's hosts; undefined otherwise, never throws.
 * Shared by every reader of arXiv URLs (papers, listings) so they agree on what counts as arXiv.
 */
export function arxivUrlParts(input: string | UrlParts): UrlParts | undefined {
  let url: UrlParts;
  try {
    url = typeof input === 'string' ? new URL(input) : input;
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (!isArxivHost(url.hostname)) return undefined;
  return url;
}

/**
 * Reads the paper an arXiv URL points at: `/abs/ID`, `/html/IDvN[/…]`, `/pdf/ID[.pdf]`.
 * Returns undefined for anything else, never throws.
 */
export function arxivRefFromUrl(input: string | UrlParts): ArxivPageRef | undefined {
  const url = arxivUrlParts(input);
  if (!url) return undefined;
  const m = PATH.exec(url.pathname);
  if (!m) return undefined;
  const kind = m[1] as ArxivPageKind;
  let rest = m[2]!;
  try {
    rest = decodeURIComponent(rest);
  } catch {
    return undefined;
  }
  if (kind === 'pdf') rest = rest.replace(/\.pdf$/, '');
  rest = rest.replace(/\/+$/, '');
  // HTML full text lives under /html/IDvN/ and may carry further path segments (figures, sections).
  const candidates = kind === 'html' ? htmlCandidates(rest) : [rest];
  for (const c of candidates) {
    const ref = parseArxivId(c);
    if (ref) return { ...ref, kind };
  }
  return undefined;
}

function htmlCandidates(rest: string): string[] {
  const parts = rest.split('/');
  // New-style ID is one segment, old-style two.
  return [parts.slice(0, 1).join('/'), parts.slice(0, 2).join('/')];
}
