/**
 * npm run bench [-- --rounds N | --quick] [--check] [--rebuild] [--datasets LIST] [--cold N] [--firefox LIST]
 *                  [--firefox-starts N] [--fill-idle MS] [--latency-scale X] [--listing N] [--reader N]
 *                  [--english LIST] [--probes N] [--out FILE]
 *
 * Builds the extension against four archives (the seed day alone, 1,000 and 20,000 synthetic papers, the
 * real archive), then measures them, a browser without extensions, the builds in English and four reference
 * extensions side by side, in one run: every round loads the abs page of a known paper once in each browser,
 * the abs page of an unknown paper in the builds, `none` and ref-noop, opens the popup once in each
 * extension browser and the reader once in each large build, in a shuffled order, so drift of the machine
 * hits every configuration alike. Instrumented loads of the pages without a known paper come first; cold
 * starts (service worker stopped) and loads of the 2,000-entry listing pages are spread over the rounds; the
 * reader's index and device English are measured after them; Firefox is measured after Chromium.
 * See bench/README.md for what each figure means. Exit code: 1 when --check finds a missed budget, 2 when
 * the run itself failed.
 */
import os from 'node:os';
import path from 'node:path';
import { absTabId, chromiumVersion, launch, serviceWorker, type Session } from './browser';
import { checkBudgets, LARGE } from './budgets';
import { buildDataset, type BuiltDataset, type DatasetSpec, type Target } from './build';
import { generateDataset, readRealDay, seedDayDataset } from './dataset';
import { seedEnglish } from './english-seed';
import { firefoxVersion, measureFirefox } from './firefox';
import { LISTING_ENTRIES, LISTING_URL, listingPage, realisticPage, UNKNOWN_ABS_URL, UNKNOWN_ID, UNKNOWN_LISTING_URL, unknownListingPage } from './fixture';
import { expectedMarkers, pickKnown } from './listing-plan';
import { gitInfo } from './git-info';
import { coldPass } from './measure-cold';
import { measureFillChromium } from './measure-fill';
import { datasetIds, measureMemory, sampleIds } from './measure-memory';
import { ABS_URL, loadAbs, loadListing, loadPopup } from './measure-page';
import { probePage } from './measure-probe';
import { loadReaderPaint, measureReader } from './measure-reader';
import { measureTranslation } from './measure-translation';
import { createRng, seedOf } from './prng';
import { buildStackReference, noopReferenceFiles, stackReferenceFiles } from './reference-stack';
import { capturePanel, capturePopup, REFERENCE_ASK_PAGE, REFERENCES, writeReferences } from './references';
import { printTable } from './report';
import { writeResults } from './results-file';
import { parseOptions, type Options } from './options';
import { coldSchedule } from './schedule';
import { BASELINE, computeFigures, emptyCollected, NOOP_REFERENCE, PANEL_REFERENCES, POPUP_ASK, POPUP_REFERENCE, SMALLEST, STACK_REFERENCE, type Collected } from './results';

const TMP = path.resolve('bench/tmp');
/** Pause between two loads, so one browser's teardown of a closed tab does not land in the next sample. */
const GAP_MS = 100;


const started = performance.now();
const log = (s: string) => console.log(`bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)}s  ${s}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function buildAll(o: Options): Promise<BuiltDataset[]> {
  const seed = await readRealDay('data');
  const specs: DatasetSpec[] = [
    { name: '9', source: { generated: seedDayDataset(seed) } },
    { name: '1k', source: { generated: generateDataset('1k', 1_000, seed) } },
    { name: '20k', source: { generated: generateDataset('20k', 20_000, seed) } },
    { name: 'real', source: { dir: path.resolve('data') } },
  ];
  const built: BuiltDataset[] = [];
  for (const spec of specs.filter((x) => o.datasets.includes(x.name))) {
    const targets: Target[] = o.firefox.includes(spec.name) ? ['chrome', 'firefox'] : ['chrome'];
    built.push(await buildDataset(spec, TMP, { force: o.rebuild, targets, log }));
  }
  return built;
}

/** Which browser does what: the builds, their English twins, the references. */
interface Cast {
  ext: Session[];
  english: Session[];
  noop: Session | undefined;
}

async function measureAll(o: Options, built: BuiltDataset[], sessions: Session[], c: Collected, listingExpected: Map<string, number>): Promise<void> {
  const { rounds, coldSamples } = o;
  const listingPasses = Math.min(o.listingPasses, rounds);
  const rng = createRng(seedOf(`rounds:${rounds}`));
  const cast: Cast = {
    ext: sessions.filter((s) => s.config.extDir && !s.config.reference && !s.config.variant),
    english: sessions.filter((s) => s.config.variant === 'en'),
    noop: sessions.find((s) => s.config.name === NOOP_REFERENCE),
  };
  const { ext } = cast;
  const base = sessions.find((s) => s.config.name === BASELINE)!;
  // The pages without a known paper: the browser without extensions, every build, and ref-noop.
  const unknownPages = [base, ...ext, ...(cast.noop ? [cast.noop] : [])];
  const withReader = o.readerIndexPages > 0 ? ext.filter((x) => (LARGE as readonly string[]).includes(x.config.name)) : [];

  // The first load of each browser, before the rounds: nothing of the page or the content script is compiled yet.
  for (const s of rng.shuffle(sessions)) {
    const sample = await loadAbs(s);
    if (ext.includes(s)) c.firstAfterLaunch.set(s.config.name, sample);
  }
  // The deterministic checks of pages without a known paper, on instrumented loads (their own tabs).
  if (o.probes > 0) {
    for (const s of unknownPages) {
      for (let i = 0; i < o.probes; i++) {
        c.probes.set(s.config.name, [...(c.probes.get(s.config.name) ?? []), await probePage(s, UNKNOWN_ABS_URL)]);
        if (o.listingPasses > 0) c.listingProbes.set(s.config.name, [...(c.listingProbes.get(s.config.name) ?? []), await probePage(s, UNKNOWN_LISTING_URL)]);
      }
    }
    log(`probes: ${o.probes} instrumented loads of each page without a known paper in ${unknownPages.length} browsers`);
  }
  // One open abs tab per browser: the popup's ?tabId= target (kept in the others too, for symmetry).
  const tabIds = new Map<string, number>();
  for (const s of sessions) {
    const page = await s.context.newPage();
    await page.goto(ABS_URL, { waitUntil: 'load' });
    if (ext.includes(s)) tabIds.set(s.config.name, await absTabId(s));
  }
  // The reference popups (which read no ?tabId=) are opened in the same rounds.
  const popupRef = sessions.find((s) => s.config.name === POPUP_REFERENCE);
  const refPopups = sessions.filter((s) => s.config.name === POPUP_REFERENCE || s.config.name === STACK_REFERENCE);
  for (const s of refPopups) tabIds.set(s.config.name, 0);
  const withPopup = [...ext, ...refPopups];
  // Warm-ups, not counted: each page's first open compiles its code.
  for (const s of withPopup) await loadPopup(s, tabIds.get(s.config.name)!);
  if (popupRef) await loadPopup(popupRef, 0, REFERENCE_ASK_PAGE);
  for (const s of unknownPages) await loadAbs(s, UNKNOWN_ABS_URL);
  for (const s of withReader) await loadReaderPaint(s);
  const knownAbs = sessions.filter((s) => !s.config.variant && s !== cast.noop);
  for (const s of knownAbs) c.abs.set(s.config.name, []);
  for (const s of cast.english) c.english.set(s.config.dataset!, []);
  for (const s of unknownPages) c.unknown.set(s.config.name, []);
  for (const s of withPopup) c.popup.set(s.config.name, []);
  for (const s of withReader) c.readerPaints.set(s.config.name, []);
  if (popupRef) c.popup.set(POPUP_ASK, []);
  // The listing pages: the one with known papers in the browser without extensions and in every build (the
  // references have no listing script of that kind), the one without in those and ref-noop; one unmeasured
  // load each first.
  type ListingTask = { s: Session; unknown: boolean };
  const listingTasks: ListingTask[] =
    listingPasses > 0
      ? [...sessions.filter((s) => listingExpected.has(s.config.name)).map((s) => ({ s, unknown: false })), ...unknownPages.map((s) => ({ s, unknown: true }))]
      : [];
  const listingLoad = (t: ListingTask) => (t.unknown ? loadListing(t.s, 0, UNKNOWN_LISTING_URL) : loadListing(t.s, listingExpected.get(t.s.config.name)!));
  for (const t of listingTasks) {
    await listingLoad(t);
    (t.unknown ? c.unknownListing : c.listing).set(t.s.config.name, []);
  }
  const listingSchedule = coldSchedule(rounds, listingPasses);
  let listingDone = 0;

  type Task = { s: Session; kind: 'abs' | 'english' | 'unknown' | 'popup' | 'popup-ask' | 'reader' };
  const tasks: Task[] = [
    ...knownAbs.map((s) => ({ s, kind: 'abs' as const })),
    ...cast.english.map((s) => ({ s, kind: 'english' as const })),
    ...unknownPages.map((s) => ({ s, kind: 'unknown' as const })),
    ...withPopup.map((s) => ({ s, kind: 'popup' as const })),
    // The reference popup that waits for one message: the floor of a popup that asks its background.
    ...(popupRef ? [{ s: popupRef, kind: 'popup-ask' as const }] : []),
    ...withReader.map((s) => ({ s, kind: 'reader' as const })),
  ];
  const schedule = coldSchedule(rounds, coldSamples);
  let coldDone = 0;
  const t0 = performance.now();
  for (let r = 1; r <= rounds; r++) {
    for (const t of rng.shuffle(tasks)) {
      const name = t.s.config.name;
      if (t.kind === 'abs') c.abs.get(name)!.push(await loadAbs(t.s));
      else if (t.kind === 'english') c.english.get(t.s.config.dataset!)!.push(await loadAbs(t.s));
      else if (t.kind === 'unknown') c.unknown.get(name)!.push(await loadAbs(t.s, UNKNOWN_ABS_URL));
      else if (t.kind === 'popup') c.popup.get(name)!.push(await loadPopup(t.s, tabIds.get(name)!));
      else if (t.kind === 'reader') c.readerPaints.get(name)!.push(await loadReaderPaint(t.s));
      else c.popup.get(POPUP_ASK)!.push(await loadPopup(t.s, 0, REFERENCE_ASK_PAGE));
      await sleep(GAP_MS);
    }
    // Cold passes between rounds, so cold and warm samples see the same phases of the machine.
    for (const _ of schedule.filter((x) => x === r)) {
      await coldPass(ext, rng, c.cold, { tabIds, reader: withReader.map((x) => x.config.name), popupOut: c.coldPopup, readerOut: c.coldReader });
      c.coldRounds.push(r);
      log(`cold pass ${++coldDone}/${coldSamples}`);
    }
    // Listing passes, spread the same way: one load of each page per browser, shuffled, paired by pass.
    for (const _ of listingSchedule.filter((x) => x === r)) {
      for (const t of rng.shuffle(listingTasks)) {
        (t.unknown ? c.unknownListing : c.listing).get(t.s.config.name)!.push(await listingLoad(t));
        await sleep(GAP_MS);
      }
      listingDone++;
      if (listingDone % 5 === 0 || listingDone === listingPasses) log(`listing pass ${listingDone}/${listingPasses}`);
    }
    if (r % 5 === 0 || r === rounds) {
      const eta = ((performance.now() - t0) / r) * (rounds - r) / 1000;
      log(`round ${r}/${rounds}${r < rounds ? `, ~${eta.toFixed(0)} s left` : ''}`);
    }
  }

  const largest = built.find((b) => b.name === '20k') ?? built.at(-1)!;
  for (const s of [base, ...ext]) {
    const ids = await sampleIds(built.find((b) => b.name === s.config.name)?.dataDir ?? largest.dataDir);
    c.memory.set(s.config.name, await measureMemory(s, ids));
    log(`memory: ${s.config.name} done`);
  }
  // The reader's index, on the large archives, one build at a time on an otherwise idle browser set.
  for (const s of withReader) {
    const r = await measureReader(s, { indexPages: o.readerIndexPages, repeats: o.readerRepeats });
    c.reader.set(s.config.name, r);
    log(`reader: ${s.config.name} done${r.error ? ` (${r.error})` : ''}`);
  }
  // English made on the device with a stand-in translator: last, since it writes English into storage.
  const real = ext.find((s) => s.config.name === 'real');
  if (real) {
    c.translation = await measureTranslation(real, built.find((b) => b.name === 'real')!.dataDir, o.translationRepeats);
    log(`translation: ${c.translation.error ?? 'done'}`);
  }
  for (const s of sessions) {
    // A variant's requests are its build's.
    const name = s.config.dataset ?? s.config.name;
    c.external.set(name, [...(c.external.get(name) ?? []), ...s.route.external]);
  }
}

/** The papers of every build, to check that the pages "without a known paper" really have none. */
async function checkUnknown(built: readonly BuiltDataset[], idsOf: Map<string, string[]>): Promise<void> {
  const unknownListing = new Set(unknownListingPage().ids);
  for (const b of built) {
    const ids = idsOf.get(b.name) ?? (await datasetIds(b.dataDir));
    idsOf.set(b.name, ids);
    const clash = ids.filter((id) => id === UNKNOWN_ID || unknownListing.has(id));
    if (clash.length) throw new Error(`${b.name}: the pages without a known paper list ${clash.slice(0, 3).join(', ')}, a paper of this archive`);
  }
}

async function main(): Promise<void> {
  const o = parseOptions();
  const { rounds, quick, coldSamples, latencyScale, fillWatch, firefoxStarts, firefoxWarmPerStart, results: RESULTS } = o;
  const firefoxSets = o.firefox;
  log(
    `${rounds} rounds${quick ? ' (quick)' : ''}, ${coldSamples} cold samples per build, latency ×${latencyScale}, ` +
      `Firefox: ${firefoxSets.length ? `${firefoxSets.join(', ')} (${firefoxStarts} starts)` : 'none'}`,
  );
  const git = await gitInfo(RESULTS);
  if (git.dirty) log(`working tree differs from ${git.commit?.slice(0, 10)} (${git.dirtyFiles.length} files): results.json records it`);
  const loadBefore = os.loadavg();
  const built = await buildAll(o);
  const names = built.map((b) => b.name);
  const html = realisticPage();
  const idsOf = new Map<string, string[]>();
  await checkUnknown(built, idsOf);
  // The listing page of each build: papers of its own dataset among the 2,000 entries. The browser without
  // extensions loads the `real` one (the pages differ only in which IDs their entries carry). Every browser
  // that runs a listing script, and ref-noop, also gets the listing without a known paper.
  const listings = new Map<string, Record<string, string>>();
  const listingExpected = new Map<string, number>();
  if (o.listingPasses > 0) {
    const unknownHtml = unknownListingPage().html;
    for (const b of built) {
      const ids = idsOf.get(b.name)!;
      const page = listingPage(pickKnown(ids));
      listings.set(b.name, { [LISTING_URL]: page.html, [UNKNOWN_LISTING_URL]: unknownHtml });
      listingExpected.set(b.name, expectedMarkers(page.ids, new Set(ids)));
    }
    listings.set(BASELINE, { ...(listings.get('real') ?? listings.values().next().value!) });
    listings.set(NOOP_REFERENCE, { [UNKNOWN_LISTING_URL]: unknownHtml });
    listingExpected.set(BASELINE, 0);
    log(`listing: ${[...listingExpected].filter(([n]) => n !== BASELINE).map(([n, k]) => `${n} ${k} known`).join(', ')} of ${LISTING_ENTRIES} entries`);
  }
  const sessions: Session[] = [];
  const c = emptyCollected();
  let chromium = 'unknown';
  try {
    // The reference panel and popup are the `9` build's, captured in a throwaway browser (so every
    // measured browser's first load is still its first).
    const probe = await launch({ name: 'probe', extDir: built.find((b) => b.name === SMALLEST)!.extDir }, html, latencyScale);
    const captured = await (async () => {
      const panel = await capturePanel(probe);
      await (await probe.context.newPage()).goto(ABS_URL, { waitUntil: 'load' });
      return { panel, popup: await capturePopup(probe, await absTabId(probe)) };
    })().finally(() => probe.context.close());
    const refDirs: Record<string, string> = {
      ...(await writeReferences(TMP, captured.panel)),
      [STACK_REFERENCE]: await buildStackReference(path.join(TMP, 'references', 'wxt'), stackReferenceFiles(captured.panel, captured.popup), log),
      [NOOP_REFERENCE]: await buildStackReference(path.join(TMP, 'references', 'noop'), noopReferenceFiles(), log, NOOP_REFERENCE),
    };
    sessions.push(await launch({ name: BASELINE, listings: listings.get(BASELINE) }, html, latencyScale));
    for (const b of built) {
      // A fresh profile: launching is installing. Watched one build at a time, on an otherwise idle browser set.
      const s = await launch({ name: b.name, extDir: b.extDir, listings: listings.get(b.name) }, html, latencyScale);
      sessions.push(s);
      const fill = await measureFillChromium(serviceWorker(s), fillWatch);
      c.fill.set(b.name, fill);
      log(`${b.name}: background fill after install ${fill.ms === null ? `not seen (${fill.ended} after ${(fill.waitedMs / 1000).toFixed(0)} s)` : `${fill.ms.toFixed(0)} ms`}`);
    }
    // The same builds in English: English made on the device for the measured paper, the setting on English.
    for (const b of built.filter((x) => o.english.includes(x.name))) {
      const s = await launch({ name: `${b.name}:en`, extDir: b.extDir, variant: 'en', dataset: b.name }, html, latencyScale);
      sessions.push(s);
      const fill = await measureFillChromium(serviceWorker(s), fillWatch);
      if (fill.ms === null) throw new Error(`${b.name}:en: the lookup table was not filled (${fill.ended})`);
      await seedEnglish(serviceWorker(s), b.dataDir);
    }
    for (const r of [...REFERENCES, STACK_REFERENCE, NOOP_REFERENCE]) {
      sessions.push(await launch({ name: r, extDir: refDirs[r], expectPanel: PANEL_REFERENCES.includes(r), reference: true, listings: listings.get(r) }, html, latencyScale));
    }
    chromium = await chromiumVersion(sessions[0]!);
    log(`launched ${sessions.length} browsers (${chromium})`);
    await measureAll(o, built, sessions, c, listingExpected);
  } finally {
    for (const s of sessions) await s.context.close().catch(() => undefined);
  }

  const firefoxBuilds = built.filter((b) => firefoxSets.includes(b.name)).map((b) => ({ name: b.name, firefoxDir: b.firefoxDir! }));
  if (firefoxBuilds.length) {
    const ff = await measureFirefox(
      firefoxBuilds,
      { starts: firefoxStarts, warmPerStart: firefoxWarmPerStart, fill: fillWatch, html, latencyScale, tmp: TMP },
      createRng(seedOf(`firefox:${firefoxStarts}`)),
      log,
    );
    for (const [k, v] of ff) c.firefox.set(k, v);
  }

  const figures = computeFigures(names, c);
  const budgets = checkBudgets(built, figures, names);
  const wall = (performance.now() - started) / 1000;
  console.log('');
  printTable(names, built, figures, budgets, (s) => console.log(s));
  console.log(`\nWall time ${wall.toFixed(0)} s. Results: ${path.relative(process.cwd(), RESULTS)}`);
  const cpu = os.cpus();
  await writeResults(
    RESULTS,
    {
      date: new Date().toISOString(),
      wallTimeSeconds: Math.round(wall),
      git,
      options: {
        rounds,
        quick,
        check: o.check,
        datasets: o.datasets,
        english: o.english,
        coldSamples,
        listingPasses: Math.min(o.listingPasses, rounds),
        probes: o.probes,
        readerIndexPages: o.readerIndexPages,
        readerRepeats: o.readerRepeats,
        translation: o.translationRepeats,
        firefox: firefoxSets,
        firefoxStarts,
        firefoxWarmPerStart,
        fillWatch,
        latencyScale,
      },
      machine: {
        cpu: cpu[0]?.model ?? 'unknown',
        cores: cpu.length,
        totalMemBytes: os.totalmem(),
        os: `${os.platform()} ${os.release()}`,
        node: process.version,
        chromium,
        firefox: firefoxSets.length ? await firefoxVersion() : null,
        // Other processes on the machine move every absolute figure; ratios are more robust.
        loadAverageBefore: loadBefore.map((x) => Math.round(x * 100) / 100),
        loadAverageAfter: os.loadavg().map((x) => Math.round(x * 100) / 100),
      },
    },
    built,
    figures,
    budgets,
    c,
  );
  if (o.check && budgets.some((b) => !b.pass)) process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exitCode = 2;
});
