/**
 * The main-world recorder every measured page runs before its own scripts (Chromium: an init script;
 * Firefox: a preload script), and the expression that reads it. Kept as strings: tsx would wrap named
 * functions in helpers that do not exist in the page, and both drivers take strings.
 *
 * The panel is mounted by the content script's isolated world, but the DOM is shared, so a
 * MutationObserver here sees the host element appear; performance.now() is measured from the navigation
 * start. `bullets` says whether the panel's shadow root already held its bullets in that same moment (a
 * panel that shows up empty and fills later is a miss). It also watches the popup's first item.
 */
export const RECORDER = `(() => {
  if (!/^(https:|chrome-extension:|moz-extension:)$/.test(location.protocol)) return;
  if (window.__bench) return;
  const rec = { panel: null, bullets: null, popupItem: null, load: null, dcl: null };
  let panelDone, loadDone, popupDone;
  rec.panelP = new Promise((r) => { panelDone = r; });
  rec.loadP = new Promise((r) => { loadDone = r; });
  rec.popupP = new Promise((r) => { popupDone = r; });
  Object.defineProperty(window, '__bench', { value: rec });
  const mo = new MutationObserver(() => {
    if (rec.panel === null) {
      const host = document.querySelector('daily-papers-panel');
      if (host) {
        rec.panel = performance.now();
        rec.bullets = !!(host.shadowRoot && host.shadowRoot.querySelector('.dp-bullets li'));
        panelDone();
      }
    }
    if (rec.popupItem === null && document.querySelector('li.pp-item')) {
      rec.popupItem = performance.now();
      popupDone();
    }
    if (rec.panel !== null || rec.popupItem !== null) mo.disconnect();
  });
  mo.observe(document, { childList: true, subtree: true });
  addEventListener('load', () => setTimeout(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    rec.load = nav.loadEventStart;
    rec.dcl = nav.domContentLoadedEventStart;
    loadDone();
  }, 0));
})();`;

export type WaitFor = 'load+panel' | 'load' | 'popup';

export interface Recorded {
  panel: number | null;
  bullets: boolean | null;
  popupItem: number | null;
  load: number | null;
  dcl: number | null;
}

/**
 * An expression that waits for what `what` names (a missing panel is a result, null, not a hang: it
 * gives up after `timeoutMs`) and evaluates to the Recorded fields.
 */
export function readRecorded(what: WaitFor, timeoutMs: number): string {
  const waits = what === 'popup' ? '[rec.popupP]' : what === 'load' ? '[rec.loadP]' : '[rec.loadP, rec.panelP]';
  return `(async () => {
    const rec = window.__bench;
    if (!rec) throw new Error('the benchmark recorder did not run in ' + location.href);
    await Promise.race([Promise.all(${waits}), new Promise((r) => setTimeout(r, ${Number(timeoutMs)}))]);
    return { panel: rec.panel, bullets: rec.bullets, popupItem: rec.popupItem, load: rec.load, dcl: rec.dcl };
  })()`;
}
