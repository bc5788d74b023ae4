/** The panel's host element on arXiv's page (a custom-element name, so it can never clash with arXiv's). */
export const PANEL_TAG = 'daily-papers-panel';
