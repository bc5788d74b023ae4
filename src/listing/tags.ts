/** The listing page's host elements (custom-element names: arXiv's CSS and markup can never match them). */
export const MARKER_TAG = 'daily-papers-marker';
export const ENTRY_SUMMARY_TAG = 'daily-papers-summary';
