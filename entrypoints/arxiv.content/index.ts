import { defineContentScript } from 'wxt/utils/define-content-script';
import controls from '../../assets/controls.css?inline';
import panel from '../../assets/panel.css?inline';
import { ABS_PAGE_MATCHES } from '../../src/arxiv/hosts';
import { ABS_PAGE } from '../../src/panel/abs-page';
import { runSafely } from '../../src/lib/log';
import { startPanel } from '../../src/panel/start';

export default defineContentScript({
  matches: ABS_PAGE_MATCHES,
  runAt: 'document_start',
  // WXT also announces each start with window.postMessage, which arXiv's own scripts would receive on every
  // abs page; its document CustomEvent is enough to retire an older copy of this script.
  noScriptStartedPostMessage: true,
  main(ctx) {
    runSafely(() => startPanel(ctx, controls + panel, ABS_PAGE, { askBadge: !import.meta.env.FIREFOX }), 'panel');
  },
});
