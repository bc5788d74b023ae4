import { describe, expect, test } from 'vitest';
import { ratioOfMedians } from '../../../scripts/bench/bootstrap';
import { checkBudgets, LIMITS, type BuildInfo, type Budget } from '../../../scripts/bench/budgets';
import { arxivResponder, LISTING_ENTRIES, LISTING_URL, listingPage, RESOURCES } from '../../../scripts/bench/fixture';
import { expectedMarkers, LISTING_KNOWN, pickKnown } from '../../../scripts/bench/listing-plan';
import { computeFigures, DATASETS, emptyCollected, MIN_ROUNDS, POPUP_ASK, type Collected } from '../../../scripts/bench/results';
import { listingFigures, readerFigures } from '../../../scripts/bench/results-pages';
import { markersBeforeLoad, markersComplete, markersTime, type ListingSample, type ReaderResult } from '../../../scripts/bench/samples';
import { buildInfo, probe, times } from './sample-helpers';


function listing(o: Partial<ListingSample> = {}): ListingSample {
  return { expected: 100, markers: 100, markersAt: 400, batches: 1, load: 450, dcl: 380, scriptMs: 30, threadMs: 200, layoutStyleMs: 80, ...o };
}

function reader(o: Partial<ReaderResult> = {}): ReaderResult {
  return {
    date: '2023-11-23',
    indexReady: [900, 1000, 1100],
    index: { mode: 'worker', days: 357, papers: 5488, parseMs: 400, buildMs: 900, bytes: 8e6, loadMs: 2000, readyMs: 3500 },
    workerHeap: { usedBytes: 20e6, backingStorageBytes: 4e6 },
    queries: [0, 1, 2].flatMap((repeat) => [
      { query: '확산 모델', repeat, total: 300, engineMs: 5, roundTripMs: repeat === 0 ? 90 : 20 },
      { query: 'diffusion model', repeat, total: 250, engineMs: 4, roundTripMs: repeat === 0 ? 80 : 15 },
    ]),
    ...o,
  };
}

describe('listing page plan', () => {
  test('known papers: evenly spaced through the sorted IDs, all of them when there are fewer', () => {
    const ids = times(1000, (i) => `2311.${String(10000 + i)}`).reverse();
    const known = pickKnown(ids, 10);
    expect(known).toHaveLength(10);
    expect(known[0]).toBe('2311.10050');
    expect(known.at(-1)).toBe('2311.10950');
    expect(pickKnown(['b', 'a', 'a'])).toEqual(['a', 'b']);
    expect(pickKnown(ids)).toHaveLength(LISTING_KNOWN);
  });

  test('expected markers: distinct page entries that are papers of the dataset, fillers included', () => {
    expect(expectedMarkers(['a', 'b', 'c', 'a'], new Set(['a', 'c', 'z']))).toBe(2);
    expect(expectedMarkers(['x'], new Set())).toBe(0);
  });

  test('the fixture: 2,000 entries with the known ones, the abs page’s subresources, served at the listing URL only to browsers given it', async () => {
    const page = listingPage(['2311.12983', '2311.13600']);
    expect(page.ids).toHaveLength(LISTING_ENTRIES);
    expect(page.ids).toContain('2311.12983');
    expect(page.html.match(/<dt>/g)).toHaveLength(LISTING_ENTRIES);
    for (const r of RESOURCES.filter((x) => x.where !== 'dynamic')) expect(page.html).toContain(r.tag);
    // /pastweek pages carry no abstracts
    expect(page.html).not.toContain('Generated abstract');
    const served = await arxivResponder('<abs/>', 0, { [LISTING_URL]: page.html })(LISTING_URL);
    expect(served).toMatchObject({ status: 200, body: page.html });
    expect(await arxivResponder('<abs/>', 0)(LISTING_URL)).toMatchObject({ status: 404 });
  });
});

describe('listing figures', () => {
  test('a load counts only with every expected marker; before load means at or before loadEventStart', () => {
    expect(markersComplete(listing())).toBe(true);
    expect(markersComplete(listing({ markers: 99 }))).toBe(false);
    expect(markersComplete(listing({ expected: 0, markers: 0, markersAt: null }))).toBe(false);
    expect(markersTime(listing({ markers: 99 }))).toBeNull();
    expect(markersBeforeLoad(listing({ markersAt: 450 }))).toBe(true);
    expect(markersBeforeLoad(listing({ markersAt: 451 }))).toBe(false);
  });

  test('misses: missing markers summed, the load counted slow and not before load', () => {
    const f = listingFigures([listing(), listing({ markers: 90, markersAt: 300 }), listing({ markers: 0, markersAt: null }), listing({ markersAt: 500 })], true);
    expect(f).toMatchObject({ n: 4, expected: 100, missingMarkers: 110, incompleteLoads: 2, beforeLoad: 0.25, medianCountingMisses: Infinity });
    expect(f.time?.median).toBe(450);
    expect(f.markersAfterLoad?.median).toBe(0);
    expect(f.markersAfterDcl?.median).toBe(70);
    expect(listingFigures([listing({ expected: 0, markers: 0, markersAt: null })], false)).toMatchObject({ expected: null, beforeLoad: null, missingMarkers: null });
  });

  test('ratio of medians', () => {
    expect(ratioOfMedians([[2, 4, 6], [2, 2, 2]])).toBe(2);
    expect(ratioOfMedians([[1], [0]])).toBeNull();
  });
});

describe('reader figures', () => {
  test('first paint and index-ready medians (a miss counted as infinitely slow), each query’s median over all its runs and its first run, the slower one judged', () => {
    const f = readerFigures(reader({ indexReady: [900, null, 1000] }), [90, null, 110, 100], [150, 170]);
    expect(f.firstPaintMedianCountingMisses).toBe(105);
    expect(f.paintsMissing).toBe(1);
    expect(f.coldFirstPaintMedianCountingMisses).toBe(160);
    expect(f.indexReadyMedianCountingMisses).toBe(1000);
    expect(readerFigures(reader({ indexReady: [900, null] }), []).indexReadyMedianCountingMisses).toBe(Infinity);
    expect(f.queries.map((q) => [q.query, q.runs, q.firstRoundTripMs, q.roundTripMs?.median, q.total])).toEqual([
      ['확산 모델', 3, 90, 20, 300],
      ['diffusion model', 3, 80, 15, 250],
    ]);
    expect(f.worstQueryMedianMs).toBe(20);
  });

  test('a query that matched nothing, or no query at all, is not a figure', () => {
    const none = reader();
    none.queries = none.queries.map((q) => (q.query === 'diffusion model' ? { ...q, total: 0 } : q));
    expect(readerFigures(none, []).worstQueryMedianMs).toBeNull();
    expect(readerFigures(reader({ queries: [], index: null, error: 'timeout' }), []).worstQueryMedianMs).toBeNull();
  });
});

describe('listing and reader budgets', () => {
  const PASSES = 10;
  const ROUNDS = MIN_ROUNDS;
  const COLD_ROUNDS = [10, 20, 30, 40, 50];
  /**
   * Listing markers in place 50 ms before the load event at every dataset; the listing without a known paper
   * read once and left as served, 20 ms of script like ref-noop ± 1; the reader painting its day at 100 ms
   * against the one-message page's 90 (1.11×), 130 ms with the worker stopped (+30), its index ready at 1 s.
   */
  function run(): Collected {
    const c = emptyCollected();
    c.listing.set('none', times(PASSES, (i) => listing({ expected: 0, markers: 0, markersAt: null, scriptMs: 20 + (i % 3), load: 440 })));
    const noKnown = (scriptMs: number) => listing({ expected: 0, markers: 0, markersAt: null, scriptMs, load: 440 });
    c.unknownListing.set('none', times(PASSES, () => noKnown(18)));
    c.unknownListing.set('ref-noop', times(PASSES, () => noKnown(20)));
    c.listingProbes.set('none', [probe({ calls: [], worlds: 0 })]);
    for (const n of DATASETS) {
      c.listing.set(n, times(PASSES, (i) => listing({ scriptMs: 35 + (i % 3) })));
      c.unknownListing.set(n, times(PASSES, (i) => noKnown(19 + (i % 3))));
      c.listingProbes.set(n, times(2, () => probe()));
    }
    c.popup.set(POPUP_ASK, times(ROUNDS, () => ({ firstItem: 90 })));
    c.coldRounds = COLD_ROUNDS;
    for (const n of ['20k', 'real']) {
      c.reader.set(n, reader());
      c.readerPaints.set(n, times(ROUNDS, () => 100));
      c.coldReader.set(n, times(COLD_ROUNDS.length, () => 130));
    }
    return c;
  }
  const builds: BuildInfo[] = DATASETS.map((name) => buildInfo(name));
  const verdicts = (c: Collected): Budget[] => checkBudgets(builds, computeFigures(DATASETS, c));
  const ours = (list: Budget[]) => list.filter((b) => b.id.startsWith('listing') || b.id.startsWith('reader'));
  const failed = (list: Budget[]) => ours(list).filter((b) => !b.pass).map((b) => `${b.id}@${b.at}`);
  const one = (list: Budget[], id: string, at: string) => list.find((b) => b.id === id && b.at === at)!;

  test('judged per dataset (listing) and at the large archives (reader); a good run passes', () => {
    const list = verdicts(run());
    expect(failed(list)).toEqual([]);
    for (const id of ['listingMarkersBeforeLoad', 'listingMarkersMissing', 'listingUnknownOneRead', 'listingUnknownDomIdentical', 'listingUnknownScript']) {
      expect(list.filter((b) => b.id === id).map((b) => b.at)).toEqual([...DATASETS]);
    }
    for (const id of ['readerRatio', 'readerStoppedWorker', 'readerIndexReady', 'readerQuery']) expect(list.filter((b) => b.id === id).map((b) => b.at)).toEqual(['20k', 'real']);
    expect(one(list, 'readerRatio', 'real').value).toBeCloseTo(100 / 90, 9);
    expect(one(list, 'readerStoppedWorker', 'real').value).toBe(30);
    expect(one(list, 'readerIndexReady', 'real').value).toBe(1000);
  });

  test('not measured: no listing or reader budget (a run with --listing 0 --reader 0)', () => {
    const c = run();
    c.listing.clear();
    c.unknownListing.clear();
    c.listingProbes.clear();
    c.reader.clear();
    c.readerPaints.clear();
    expect(ours(verdicts(c))).toEqual([]);
  });

  test('markers after the load event in 2 of 10 loads fail; one lost marker fails', () => {
    const c = run();
    c.listing.set('1k', times(PASSES, (i) => listing({ markersAt: i < 2 ? 460 : 400, scriptMs: 35 })));
    c.listing.set('20k', times(PASSES, (i) => listing({ markers: i === 4 ? 99 : 100, scriptMs: 35 })));
    expect(failed(verdicts(c))).toEqual(['listingMarkersBeforeLoad@1k', 'listingMarkersMissing@20k']);
  });

  test('listing without a known paper: a second read, a changed DOM, or script steadily over ref-noop fail', () => {
    const c = run();
    c.listingProbes.set('9', [probe(), probe({ calls: ['storage.local.get', 'storage.local.get'] })]);
    c.listingProbes.set('1k', [probe({ domSha256: 'marked' })]);
    c.unknownListing.set('real', times(PASSES, () => listing({ expected: 0, markers: 0, markersAt: null, scriptMs: 21, load: 440 })));
    const list = verdicts(c);
    expect(one(list, 'listingUnknownOneRead', '9').value).toBe(1);
    expect(one(list, 'listingUnknownScript', 'real')).toMatchObject({ value: 1, judged: 1 });
    expect(failed(list)).toEqual(['listingUnknownOneRead@9', 'listingUnknownDomIdentical@1k', 'listingUnknownScript@real']);
  });

  test('listing without a known paper: too few passes to judge "not measurably above ref-noop" fail, however low the figure', () => {
    const c = run();
    for (const n of ['none', 'ref-noop', 'real']) c.unknownListing.set(n, times(3, () => listing({ expected: 0, markers: 0, markersAt: null, scriptMs: n === 'real' ? 0 : 20, load: 440 })));
    const b = one(verdicts(c), 'listingUnknownScript', 'real');
    expect(b).toMatchObject({ pass: false, note: '3 rounds < 10' });
  });

  test('reader: a slow first paint, a slow stopped worker, a late index, or an index that never came fail where they happen', () => {
    const c = run();
    c.readerPaints.set('20k', times(ROUNDS, () => 90 * LIMITS.readerOverAsk + 1));
    c.coldReader.set('20k', times(COLD_ROUNDS.length, () => 90 * LIMITS.readerOverAsk + 1 + LIMITS.stoppedWorkerOverRunningMs + 1));
    c.reader.set('real', reader({ indexReady: [null, null, null], index: null, queries: [], error: 'timeout' }));
    expect(failed(verdicts(c))).toEqual(['readerRatio@20k', 'readerStoppedWorker@20k', 'readerIndexReady@real', 'readerQuery@real']);
    c.reader.set('real', reader({ indexReady: [LIMITS.readerIndexReadyMs + 1], queries: reader().queries.map((q) => ({ ...q, roundTripMs: LIMITS.readerQueryMs + 1 })) }));
    expect(failed(verdicts(c))).toEqual(['readerRatio@20k', 'readerStoppedWorker@20k', 'readerIndexReady@real', 'readerQuery@real']);
  });
});
