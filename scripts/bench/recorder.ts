/**
 * The main-world recorder every measured page runs before its own scripts (Chromium: an init script;
 * Firefox: a preload script), and the expression that reads it. Kept as strings: tsx would wrap named
 * functions in helpers that do not exist in the page, and both drivers take strings.
 *
 * The panel is mounted by the content script's isolated world, but the DOM is shared, so a
 * MutationObserver here sees the host element appear; performance.now() is measured from the navigation
 * start. `bullets` says whether the panel's shadow root already held its bullets in that same moment (a
 * panel that shows up empty and fills later is a miss). It also watches the popup's first item, and on a
 * listing page (`/list/…`) counts the listing script's marker hosts instead.
 */
import { MARKER_TAG } from '../../src/listing/tags';

export const RECORDER = `(() => {
  if (!/^(https:|chrome-extension:|moz-extension:)$/.test(location.protocol)) return;
  if (window.__bench) return;
  const rec = { panel: null, bullets: null, bulletsLang: null, popupItem: null, load: null, dcl: null, markers: 0, markersAt: null, markerBatches: 0 };
  let panelDone, loadDone, popupDone;
  rec.panelP = new Promise((r) => { panelDone = r; });
  rec.loadP = new Promise((r) => { loadDone = r; });
  rec.popupP = new Promise((r) => { popupDone = r; });
  Object.defineProperty(window, '__bench', { value: rec });
  const listing = location.pathname.startsWith('/list/');
  if (listing) {
    // A listing page: count the marker hosts as they are inserted (the added nodes themselves, no query
    // over 2,000 entries per batch) and note when the last one came; watched until the page is closed.
    const waiting = [];
    rec.markersP = (n) => new Promise((r) => (rec.markers >= n ? r() : waiting.push([n, r])));
    new MutationObserver((records) => {
      let added = 0;
      for (const r of records) for (const n of r.addedNodes) if (n.nodeName === '${MARKER_TAG.toUpperCase()}') added++;
      if (added) {
        rec.markers += added;
        rec.markersAt = performance.now();
        rec.markerBatches++;
        for (const w of waiting.splice(0)) rec.markers >= w[0] ? w[1]() : waiting.push(w);
      }
    }).observe(document, { childList: true, subtree: true });
  }
  const mo = new MutationObserver(() => {
    if (rec.panel === null) {
      const host = document.querySelector('daily-papers-panel');
      if (host) {
        rec.panel = performance.now();
        rec.bullets = !!(host.shadowRoot && host.shadowRoot.querySelector('.dp-bullets li'));
        const list = host.shadowRoot && host.shadowRoot.querySelector('.dp-bullets');
        rec.bulletsLang = list ? list.getAttribute('lang') : null;
        panelDone();
      }
    }
    if (rec.popupItem === null && document.querySelector('li.pp-item')) {
      rec.popupItem = performance.now();
      popupDone();
    }
    if (rec.panel !== null || rec.popupItem !== null) mo.disconnect();
  });
  // Not on listing pages: two document-wide queries per parser batch of 2,000 entries would be noise.
  if (!listing) mo.observe(document, { childList: true, subtree: true });
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
  /** The `lang` attribute of the panel's bullet list when its host appeared. */
  bulletsLang: string | null;
  popupItem: number | null;
  load: number | null;
  dcl: number | null;
}

/** What the listing branch of the recorder noted: marker hosts seen, and when the last one came. */
export interface RecordedListing {
  markers: number;
  /** ms since navigation start of the mutation batch that brought the last marker; null without any. */
  markersAt: number | null;
  markerBatches: number;
  load: number | null;
  dcl: number | null;
}

/**
 * An expression that waits for the load event and for `expected` marker hosts (or gives up after
 * `timeoutMs`: missing markers are a result), then evaluates to the RecordedListing fields.
 */
export function readListing(expected: number, timeoutMs: number): string {
  return `(async () => {
    const rec = window.__bench;
    if (!rec) throw new Error('the benchmark recorder did not run in ' + location.href);
    const markers = ${Number(expected)} > 0 && rec.markersP ? rec.markersP(${Number(expected)}) : Promise.resolve();
    await Promise.race([Promise.all([rec.loadP, markers]), new Promise((r) => setTimeout(r, ${Number(timeoutMs)}))]);
    return { markers: rec.markers, markersAt: rec.markersAt, markerBatches: rec.markerBatches, load: rec.load, dcl: rec.dcl };
  })()`;
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
    return { panel: rec.panel, bullets: rec.bullets, bulletsLang: rec.bulletsLang, popupItem: rec.popupItem, load: rec.load, dcl: rec.dcl };
  })()`;
}
