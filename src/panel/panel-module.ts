/**
 * The panel's code, loaded by the boot script (src/panel/boot.ts) only on pages of a known paper: built by
 * wxt.config.ts into /modules/panel.js with its stylesheets.
 */
import controls from '../../assets/controls.css?inline';
import panel from '../../assets/panel.css?inline';
import { ABS_PAGE } from './abs-page';
import type { PanelModule } from './boot';
import { FULL_TEXT_PAGE } from './full-text-page';
import { startPanel } from './start';

export const start: PanelModule['start'] = (ctx, kind, first, options) => startPanel(ctx, controls + panel, kind === 'abs' ? ABS_PAGE : FULL_TEXT_PAGE, options, first);
