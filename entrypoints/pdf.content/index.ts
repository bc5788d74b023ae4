import { defineContentScript } from 'wxt/utils/define-content-script';
import { PDF_PAGE_MATCHES } from '../../src/arxiv/hosts';
import { runSafely } from '../../src/lib/log';
import { startPdfBadge } from '../../src/panel/pdf-badge';

export default defineContentScript({
  matches: PDF_PAGE_MATCHES,
  // Firefox's background learns of PDF tabs from its URL-filtered tabs.onUpdated: no script there.
  exclude: ['firefox'],
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main(ctx) {
    runSafely(() => startPdfBadge(ctx), 'PDF badge');
  },
});
