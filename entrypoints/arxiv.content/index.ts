import { defineContentScript } from 'wxt/utils/define-content-script';
import { ABS_PAGE_MATCHES } from '../../src/arxiv/hosts';
import { runSafely } from '../../src/lib/log';
import { bootPanel, type PanelModule } from '../../src/panel/boot';
import { loadModule } from '../../src/panel/modules';

export default defineContentScript({
  matches: ABS_PAGE_MATCHES,
  runAt: 'document_start',
  // WXT also announces each start with window.postMessage, which arXiv's own scripts would receive on every
  // abs page; its document CustomEvent is enough to retire an older copy of this script.
  noScriptStartedPostMessage: true,
  main(ctx) {
    runSafely(() => bootPanel(ctx, 'abs', { askBadge: !import.meta.env.FIREFOX }, () => loadModule<PanelModule>('panel')), 'panel');
  },
});
