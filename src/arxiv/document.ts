import { parseArxivId, type ArxivRef } from './id';
import { arxivRefFromUrl, type UrlParts } from './url';

/**
 * The paper an arXiv page is about: `meta[name=citation_arxiv_id]` first (arXiv sets it on abs pages,
 * bare ID), the URL second. The URL's version is kept when it names the same paper.
 */
export function arxivRefFromDocument(doc: Document, url: string | UrlParts): ArxivRef | undefined {
  const fromUrl = arxivRefFromUrl(url);
  const content = doc.querySelector('meta[name="citation_arxiv_id"]')?.getAttribute('content');
  const fromMeta = content ? parseArxivId(content) : undefined;
  if (fromMeta) {
    if (!fromMeta.version && fromUrl?.id === fromMeta.id && fromUrl.version) {
      return { id: fromMeta.id, version: fromUrl.version };
    }
    return fromMeta;
  }
  if (!fromUrl) return undefined;
  const { kind: _kind, ...ref } = fromUrl;
  return ref;
}
