import { defineContentScript } from 'wxt/utils/define-content-script';
import css from '../../assets/panel.css?inline';
import { runSafely, startPanel } from '../../src/content/start';

export default defineContentScript({
  // http too: arXiv redirects it, but saved or mirrored pages may be served that way.
  matches: ['*://arxiv.org/abs/*', '*://www.arxiv.org/abs/*', '*://export.arxiv.org/abs/*'],
  runAt: 'document_start',
  main(ctx) {
    runSafely(() => startPanel(ctx, css));
  },
});
