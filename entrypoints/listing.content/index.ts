import { defineContentScript } from 'wxt/utils/define-content-script';
import { LISTING_PAGE_MATCHES } from '../../src/arxiv/hosts';
import { bootListing, type ListingModule } from '../../src/listing/boot';
import { loadModule } from '../../src/panel/modules';
import { runSafely } from '../../src/lib/log';

export default defineContentScript({
  matches: LISTING_PAGE_MATCHES,
  // The entries' IDs are only all there once the listing is parsed; see docs/architecture.md for why
  // document_end rather than document_idle.
  runAt: 'document_end',
  noScriptStartedPostMessage: true,
  main(ctx) {
    runSafely(() => bootListing(ctx, () => loadModule<ListingModule>('listing')), 'listing');
  },
});
