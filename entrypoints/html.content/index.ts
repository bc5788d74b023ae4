import { defineContentScript } from 'wxt/utils/define-content-script';
import controls from '../../assets/controls.css?inline';
import panel from '../../assets/panel.css?inline';
import { HTML_PAGE_MATCHES } from '../../src/arxiv/hosts';
import { FULL_TEXT_PAGE } from '../../src/panel/full-text-page';
import { runSafely } from '../../src/lib/log';
import { startPanel } from '../../src/panel/start';

export default defineContentScript({
  matches: HTML_PAGE_MATCHES,
  // As on abs pages: the lookup is answered while the (long) full text is still parsing, and the panel goes
  // in as soon as the abstract is parsed.
  runAt: 'document_start',
  noScriptStartedPostMessage: true,
  main(ctx) {
    runSafely(() => startPanel(ctx, controls + panel, FULL_TEXT_PAGE, { askBadge: !import.meta.env.FIREFOX }), 'full-text panel');
  },
});
