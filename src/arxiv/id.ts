/**
 * arXiv identifier parsing. Pure: no DOM, no browser or Node APIs.
 * Formats follow https://info.arxiv.org/help/arxiv_identifier.html
 */

export interface ArxivRef {
  /** Bare identifier without version, e.g. `2311.12983` or `hep-th/9901001`. */
  id: string;
  /** Version number when the source named one (`v2` → 2). */
  version?: number;
}

// The old-style archives, so `foo/0101001` on some other site is not mistaken for an arXiv ID.
export const OLD_ARCHIVES: readonly string[] = [
  'acc-phys', 'adap-org', 'alg-geom', 'ao-sci', 'astro-ph', 'atom-ph', 'bayes-an', 'chao-dyn',
  'chem-ph', 'cmp-lg', 'comp-gas', 'cond-mat', 'cs', 'dg-ga', 'funct-an', 'gr-qc', 'hep-ex',
  'hep-lat', 'hep-ph', 'hep-th', 'math', 'math-ph', 'mtrl-th', 'nlin', 'nucl-ex', 'nucl-th',
  'patt-sol', 'physics', 'plasm-ph', 'q-alg', 'q-bio', 'quant-ph', 'solv-int', 'supr-con',
];
const OLD_ARCHIVE_SET = new Set(OLD_ARCHIVES);

const NEW_STYLE = /^(\d{2})(\d{2})\.(\d{4,5})(?:v([1-9]\d{0,3}))?$/;
const OLD_STYLE = /^([a-z]+(?:-[a-z]+)?)(\.[A-Za-z][A-Za-z-]{0,15})?\/(\d{2})(\d{2})(\d{3})(?:v([1-9]\d{0,3}))?$/;

function validMonth(mm: string): boolean {
  const m = Number(mm);
  return m >= 1 && m <= 12;
}

/** Parses an identifier such as `2311.13600v2` or `math.GT/0309136`; undefined if it is not one. */
export function parseArxivId(input: string): ArxivRef | undefined {
  if (typeof input !== 'string' || input.length > 64) return undefined;
  const s = input.trim();
  const n = NEW_STYLE.exec(s);
  if (n) {
    const [, yy, mm, num, ver] = n as unknown as [string, string, string, string, string | undefined];
    // New-style IDs began in April 2007; the number has 4 digits until 2014 and 5 from 1501 on.
    const yymm = Number(yy + mm);
    if (!validMonth(mm) || yymm < 704) return undefined;
    if ((yymm < 1501) !== (num.length === 4)) return undefined;
    return withVersion(`${yy}${mm}.${num}`, ver);
  }
  const o = OLD_STYLE.exec(s);
  if (o) {
    const [, archive, subject, yy, mm, num, ver] = o as unknown as [
      string, string, string | undefined, string, string, string, string | undefined,
    ];
    if (!OLD_ARCHIVE_SET.has(archive) || !validMonth(mm)) return undefined;
    // Old-style IDs ran from 1991 to March 2007.
    const year = Number(yy);
    if (!(year >= 91 || year <= 7)) return undefined;
    return withVersion(`${archive}${subject ?? ''}/${yy}${mm}${num}`, ver);
  }
  return undefined;
}

function withVersion(id: string, ver: string | undefined): ArxivRef {
  return ver ? { id, version: Number(ver) } : { id };
}

/** Formats a reference back to its canonical text (`id` or `idvN`). */
export function formatArxivRef(ref: ArxivRef): string {
  return ref.version ? `${ref.id}v${ref.version}` : ref.id;
}

/**
 * The year an identifier was assigned, from its `YYMM`: `2311.12983` → 2023, `hep-th/9901001` → 1999,
 * `math.GT/0309136` → 2003. Old-style IDs ran from 1991 to 2007, so `91`–`99` are the 1900s.
 */
export function arxivYear(id: string): number | undefined {
  const ref = parseArxivId(id);
  if (!ref) return undefined;
  const yy = Number(/^(\d{2})\d{2}\./.exec(ref.id)?.[1] ?? /\/(\d{2})\d{5}$/.exec(ref.id)![1]);
  return yy >= 91 ? 1900 + yy : 2000 + yy;
}

/** The archive (and subject class) an old-style ID names: `math.GT/0309136` → `math.GT`; undefined for new-style IDs. */
export function oldStyleArchive(id: string): string | undefined {
  const slash = id.indexOf('/');
  return slash > 0 ? id.slice(0, slash) : undefined;
}

/** The canonical abs-page URL of a bare ID. */
export function absUrl(id: string): string {
  return `https://arxiv.org/abs/${id}`;
}
