import { defineContentScript } from 'wxt/utils/define-content-script';
import { HTML_PAGE_MATCHES } from '../../src/arxiv/hosts';
import { runSafely } from '../../src/lib/log';
import { bootPanel, type PanelModule } from '../../src/panel/boot';
import { loadModule } from '../../src/panel/modules';

export default defineContentScript({
  matches: HTML_PAGE_MATCHES,
  // As on abs pages: the lookup is answered while the (long) full text is still parsing, and the panel goes
  // in as soon as the abstract is parsed.
  runAt: 'document_start',
  noScriptStartedPostMessage: true,
  main(ctx) {
    runSafely(() => bootPanel(ctx, 'html', { askBadge: !import.meta.env.FIREFOX }, () => loadModule<PanelModule>('panel')), 'full-text panel');
  },
});
