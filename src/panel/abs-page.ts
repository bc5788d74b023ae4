import { findEarlyAnchor, findPanelAnchor } from '../arxiv/anchor';
import { arxivRefFromDocument } from '../arxiv/document';
import { arxivRefFromUrl } from '../arxiv/url';
import type { PanelPage } from './page-kind';

/** Abstract pages (`/abs/ID`): the ID from `citation_arxiv_id`, the panel under `blockquote.abstract`. Always light. */
export const ABS_PAGE: PanelPage = {
  idFromUrl: (location) => arxivRefFromUrl(location)?.id,
  idFromDocument: (doc, location) => arxivRefFromDocument(doc, location)?.id,
  earlyAnchor: findEarlyAnchor,
  anchor: findPanelAnchor,
};
