/**
 * The listing markers' code, loaded by the boot script (src/listing/boot.ts) only on listings of a known
 * paper: built by wxt.config.ts into /modules/listing.js with its stylesheets.
 */
import controls from '../../assets/controls.css?inline';
import listingSummary from '../../assets/listing-summary.css?inline';
import marker from '../../assets/marker.css?inline';
import panel from '../../assets/panel.css?inline';
import type { ListingModule } from './boot';
import { startListing } from './start';

export const start: ListingModule['start'] = (ctx, stored) => startListing(ctx, { marker, summary: controls + panel + listingSummary }, stored);
