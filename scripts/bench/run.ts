/**
 * npm run bench [-- --rounds N | --quick] [--check] [--rebuild] [--cold N] [--firefox LIST]
 *                  [--firefox-starts N] [--fill-idle MS] [--latency-scale X] [--listing N] [--reader-pages N] [--out FILE]
 *
 * Builds the extension against four archives (the seed day alone, 1,000 and 20,000 synthetic papers, the
 * real archive), then measures them, a browser without extensions and two reference extensions side by
 * side, in one run: every round loads the abs page once in each browser and opens the popup once in each
 * extension browser, in a shuffled order, so drift of the machine hits every configuration alike. Cold
 * starts (service worker stopped) and loads of a 2,000-entry listing page are spread over the rounds; the
 * reader page is measured at the large archives after them; Firefox is measured after Chromium.
 * See bench/README.md for what each figure means. Exit code: 1 when --check finds a missed budget, 2 when
 * the run itself failed.
 */
import os from 'node:os';
import path from 'node:path';
import { absTabId, chromiumVersion, launch, serviceWorker, type Session } from './browser';
import { checkBudgets, LARGE } from './budgets';
import { buildDataset, type BuiltDataset, type DatasetSpec, type Target } from './build';
import { generateDataset, readRealDay, seedDayDataset } from './dataset';
import { firefoxVersion, measureFirefox } from './firefox';
import { LISTING_ENTRIES, listingPage, realisticPage } from './fixture';
import { expectedMarkers, pickKnown } from './listing-plan';
import { gitInfo } from './git-info';
import { coldPass } from './measure-cold';
import { measureFillChromium } from './measure-fill';
import { datasetIds, measureMemory, sampleIds } from './measure-memory';
import { ABS_URL, loadAbs, loadListing, loadPopup } from './measure-page';
import { measureReader } from './measure-reader';
import { createRng, seedOf } from './prng';
import { buildStackReference, stackReferenceFiles } from './reference-stack';
import { capturePanel, capturePopup, REFERENCE_ASK_PAGE, REFERENCES, writeReferences } from './references';
import { printTable, writeResults } from './report';
import { parseOptions, type Options } from './options';
import { coldSchedule } from './schedule';
import { BASELINE, computeFigures, DATASETS, emptyCollected, PANEL_REFERENCES, POPUP_ASK, POPUP_REFERENCE, SMALLEST, STACK_REFERENCE, type Collected } from './results';

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
  for (const spec of specs) {
    const targets: Target[] = o.firefox.includes(spec.name) ? ['chrome', 'firefox'] : ['chrome'];
    built.push(await buildDataset(spec, TMP, { force: o.rebuild, targets, log }));
  }
  return built;
}

async function measureAll(o: Options, built: BuiltDataset[], sessions: Session[], c: Collected, listingExpected: Map<string, number>): Promise<void> {
  const { rounds, coldSamples } = o;
  const listingPasses = Math.min(o.listingPasses, rounds);
  const rng = createRng(seedOf(`rounds:${rounds}`));
  const ext = sessions.filter((s) => s.config.extDir && !s.config.reference);

  // The first load of each browser, before the rounds: nothing of the page or the content script is compiled yet.
  for (const s of rng.shuffle(sessions)) {
    const sample = await loadAbs(s);
    if (ext.includes(s)) c.firstAfterLaunch.set(s.config.name, sample);
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
  for (const s of withPopup) await loadPopup(s, tabIds.get(s.config.name)!); // warm-up, not counted
  if (popupRef) await loadPopup(popupRef, 0, REFERENCE_ASK_PAGE);
  for (const s of sessions) c.abs.set(s.config.name, []);
  for (const s of withPopup) c.popup.set(s.config.name, []);
  if (popupRef) c.popup.set(POPUP_ASK, []);
  // The listing page: in the browser without extensions and in every build (the references have no
  // listing script), one unmeasured load each first.
  const withListing = sessions.filter((s) => listingExpected.has(s.config.name));
  if (listingPasses > 0) {
    for (const s of withListing) await loadListing(s, listingExpected.get(s.config.name)!);
    for (const s of withListing) c.listing.set(s.config.name, []);
  }
  const listingSchedule = coldSchedule(rounds, listingPasses);
  let listingDone = 0;

  type Task = { s: Session; kind: 'abs' | 'popup' | 'popup-ask' };
  const tasks: Task[] = [
    ...sessions.map((s) => ({ s, kind: 'abs' as const })),
    ...withPopup.map((s) => ({ s, kind: 'popup' as const })),
    // The reference popup that waits for one message: the floor of a popup that asks its background.
    ...(popupRef ? [{ s: popupRef, kind: 'popup-ask' as const }] : []),
  ];
  const schedule = coldSchedule(rounds, coldSamples);
  let coldDone = 0;
  const t0 = performance.now();
  for (let r = 1; r <= rounds; r++) {
    for (const t of rng.shuffle(tasks)) {
      const name = t.s.config.name;
      if (t.kind === 'abs') c.abs.get(name)!.push(await loadAbs(t.s));
      else if (t.kind === 'popup') c.popup.get(name)!.push(await loadPopup(t.s, tabIds.get(name)!));
      else c.popup.get(POPUP_ASK)!.push(await loadPopup(t.s, 0, REFERENCE_ASK_PAGE));
      await sleep(GAP_MS);
    }
    // Cold passes between rounds, so cold and warm samples see the same phases of the machine.
    for (const _ of schedule.filter((x) => x === r)) {
      await coldPass(ext, rng, c.cold);
      log(`cold pass ${++coldDone}/${coldSamples}`);
    }
    // Listing passes, spread the same way: one load per browser, shuffled, paired by pass for the CIs.
    for (const _ of listingSchedule.filter((x) => x === r)) {
      for (const s of rng.shuffle(withListing)) {
        c.listing.get(s.config.name)!.push(await loadListing(s, listingExpected.get(s.config.name)!));
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

  const largest = built.find((b) => b.name === '20k')!;
  for (const s of sessions.filter((x) => !x.config.reference)) {
    const ids = await sampleIds(built.find((b) => b.name === s.config.name)?.dataDir ?? largest.dataDir);
    c.memory.set(s.config.name, await measureMemory(s, ids));
    log(`memory: ${s.config.name} done`);
  }
  // The reader page, on the large archives, one build at a time on an otherwise idle browser set.
  if (o.readerPages > 0) {
    for (const s of ext.filter((x) => (LARGE as readonly string[]).includes(x.config.name))) {
      const r = await measureReader(s, { paints: o.readerPages, repeats: o.readerRepeats });
      c.reader.set(s.config.name, r);
      log(`reader: ${s.config.name} done${r.error ? ` (${r.error})` : ''}`);
    }
  }
  for (const s of sessions) c.external.set(s.config.name, s.route.external);
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
  // The listing page of each build: papers of its own dataset among the 2,000 entries. The browser without
  // extensions loads the `real` one (the pages differ only in which IDs their entries carry).
  const listingHtml = new Map<string, string>();
  const listingExpected = new Map<string, number>();
  if (o.listingPasses > 0) {
    for (const b of built) {
      const ids = await datasetIds(b.dataDir);
      const page = listingPage(pickKnown(ids));
      listingHtml.set(b.name, page.html);
      listingExpected.set(b.name, expectedMarkers(page.ids, new Set(ids)));
    }
    listingHtml.set(BASELINE, listingHtml.get('real') ?? listingHtml.values().next().value!);
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
    };
    sessions.push(await launch({ name: BASELINE, listingHtml: listingHtml.get(BASELINE) }, html, latencyScale));
    for (const b of built) {
      // A fresh profile: launching is installing. Watched one build at a time, on an otherwise idle browser set.
      const s = await launch({ name: b.name, extDir: b.extDir, listingHtml: listingHtml.get(b.name) }, html, latencyScale);
      sessions.push(s);
      const fill = await measureFillChromium(serviceWorker(s), fillWatch);
      c.fill.set(b.name, fill);
      log(`${b.name}: background fill after install ${fill.ms === null ? `not seen (${fill.ended} after ${(fill.waitedMs / 1000).toFixed(0)} s)` : `${fill.ms.toFixed(0)} ms`}`);
    }
    for (const r of [...REFERENCES, STACK_REFERENCE]) sessions.push(await launch({ name: r, extDir: refDirs[r], expectPanel: PANEL_REFERENCES.includes(r), reference: true }, html, latencyScale));
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
      options: { rounds, quick, check: o.check, coldSamples, listingPasses: Math.min(o.listingPasses, rounds), readerPages: o.readerPages, readerRepeats: o.readerRepeats, firefox: firefoxSets, firefoxStarts, firefoxWarmPerStart, fillWatch, latencyScale },
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
