import { defineContentScript } from 'wxt/utils/define-content-script';
import controls from '../../assets/controls.css?inline';
import listingSummary from '../../assets/listing-summary.css?inline';
import marker from '../../assets/marker.css?inline';
import panel from '../../assets/panel.css?inline';
import { LISTING_PAGE_MATCHES } from '../../src/arxiv/hosts';
import { startListing } from '../../src/listing/start';
import { runSafely } from '../../src/lib/log';

export default defineContentScript({
  matches: LISTING_PAGE_MATCHES,
  // The entries' IDs are only all there once the listing is parsed; see docs/architecture.md for why
  // document_end rather than document_idle.
  runAt: 'document_end',
  noScriptStartedPostMessage: true,
  main(ctx) {
    runSafely(() => startListing(ctx, { marker, summary: controls + panel + listingSummary }), 'listing');
  },
});
