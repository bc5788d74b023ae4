import { defineContentScript } from 'wxt/utils/define-content-script';
import css from '../../assets/panel.css?inline';
import { runSafely, startPanel } from '../../src/content/start';

export default defineContentScript({
  matches: ['https://arxiv.org/abs/*', 'https://www.arxiv.org/abs/*', 'https://export.arxiv.org/abs/*'],
  runAt: 'document_start',
  main(ctx) {
    runSafely(() => startPanel(ctx, css));
  },
});
