import type { BuildInfo } from '../../../scripts/bench/budgets';
import type { Collected } from '../../../scripts/bench/results';
import type { AbsSample, PageProbe } from '../../../scripts/bench/samples';

export const times = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));

/** One warm abs-page load: a panel with Korean bullets at 200 ms, the load event at 300 ms, 10 ms of script. */
export function abs(o: Partial<AbsSample> = {}): AbsSample {
  return { panel: 200, bullets: true, bulletsLang: 'ko', load: 300, dcl: 250, scriptMs: 10, threadMs: 40, layoutStyleMs: 10, heapUsed: 1e6, ...o };
}

/**
 * The baseline and the two budget references over `rounds` rounds: no extension loads in 250 ms with 10 ms
 * of script, ref-panel in 275 ms (ratio 1.10) with 15, ref-api in 260 ms with 12; ref-api's popup shows
 * its item at 80 ms, its popup that waits for one message at 90.
 */
export function withReferences(c: Collected, rounds: number): Collected {
  c.abs.set('none', times(rounds, () => abs({ panel: null, bullets: null, bulletsLang: null, load: 250, scriptMs: 10 })));
  c.abs.set('ref-panel', times(rounds, () => abs({ load: 275, scriptMs: 15 })));
  c.abs.set('ref-api', times(rounds, () => abs({ panel: null, bullets: null, bulletsLang: null, load: 260, scriptMs: 12 })));
  c.popup.set('ref-api', times(rounds, () => ({ firstItem: 80 })));
  c.popup.set('ref-api:ask', times(rounds, () => ({ firstItem: 90 })));
  return c;
}

/** An instrumented load of a page without a known paper: one storage read, the DOM as without extension. */
export function probe(o: Partial<PageProbe> = {}): PageProbe {
  return { calls: ['storage.local.get'], worlds: 1, domSha256: 'dom-as-served', domBytes: 50_000, ...o };
}

/** A build's scripts: four of 2 KB gzip that the manifest loads, four modules, the same code everywhere. */
export function buildInfo(name: string, o: Partial<BuildInfo['scripts']> = {}): BuildInfo {
  return {
    name,
    scripts: {
      manifest: ['arxiv', 'html', 'listing', 'pdf'].map((f) => ({ file: `content-scripts/${f}.js`, raw: 5000, gzip: 2000 })),
      modules: ['panel', 'listing', 'english', 'copy'].map((f) => ({ file: `modules/${f}.js`, raw: 20_000, gzip: 9000 })),
      sha256: 'same',
      ...o,
    },
  };
}
