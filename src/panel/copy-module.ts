/**
 * What "Copy" and "BibTeX" put on the clipboard, loaded on the first click (src/panel/copy-actions.ts): built
 * by wxt.config.ts into /modules/copy.js, out of the code a page needs to show its panel.
 */
export { copyText } from '../model/copy-text';
