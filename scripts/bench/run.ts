/**
 * npm run bench [-- --rounds N | --quick] [--check] [--rebuild] [--latency-scale X] [--out FILE]
 *
 * Builds the extension against four archives (the seed day alone, 1,000 and 20,000 synthetic papers, the
 * real archive),
 * then measures all of them and a browser without the extension side by side, in one run: every
 * round loads the abs page once in each browser and opens the popup once in each extension browser,
 * in a shuffled order, so drift of the machine (other processes, thermal) hits every configuration
 * alike. See bench/README.md for what each figure means.
 */
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { absTabId, chromiumVersion, launch, type Session } from './browser';
import { buildDataset, type BuiltDataset, type DatasetSpec } from './build';
import { generateDataset, readRealDay, seedDayDataset } from './dataset';
import { realisticPage } from './fixture';
import { measureCold } from './measure-cold';
import { measureMemory, sampleIds } from './measure-memory';
import { ABS_URL, loadAbs, loadPopup } from './measure-page';
import { createRng, seedOf } from './prng';
import { capturePanel, POPUP_REFERENCE, REFERENCES, writeReferences } from './references';
import { printTable, writeResults } from './report';
import { BASELINE, checkBudgets, computeFigures, LARGEST, type Collected } from './results';

const TMP = path.resolve('bench/tmp');
const DEFAULT_RESULTS = 'bench/results.json';
/** Pause between two loads, so one browser's teardown of a closed tab does not land in the next sample. */
const GAP_MS = 100;

const { values: flags } = parseArgs({
  options: {
    rounds: { type: 'string' },
    quick: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
    rebuild: { type: 'boolean', default: false },
    'latency-scale': { type: 'string' },
    out: { type: 'string' },
  },
});
const RESULTS = path.resolve(flags.out ?? DEFAULT_RESULTS);
const rounds = flags.rounds ? Number(flags.rounds) : flags.quick ? 10 : 50;
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds must be a positive integer, got ${flags.rounds}`);
const coldSamples = flags.quick ? 2 : 5;
const latencyScale = flags['latency-scale'] ? Number(flags['latency-scale']) : 1;
if (!(latencyScale >= 0)) throw new Error(`--latency-scale must be a number ≥ 0, got ${flags['latency-scale']}`);

const started = performance.now();
const log = (s: string) => console.log(`bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)}s  ${s}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function buildAll(): Promise<BuiltDataset[]> {
  const seed = await readRealDay('data');
  const specs: DatasetSpec[] = [
    { name: '9', source: { generated: seedDayDataset(seed) } },
    { name: '1k', source: { generated: generateDataset('1k', 1_000, seed) } },
    { name: '20k', source: { generated: generateDataset('20k', 20_000, seed) } },
    { name: 'real', source: { dir: path.resolve('data') } },
  ];
  const built: BuiltDataset[] = [];
  for (const spec of specs) built.push(await buildDataset(spec, TMP, { force: flags.rebuild ?? false, targets: ['chrome'], log }));
  return built;
}

function emptyCollected(names: string[]): Collected {
  const all = [BASELINE, ...names, ...REFERENCES];
  return {
    abs: new Map(all.map((n) => [n, []])),
    popup: new Map([...names, POPUP_REFERENCE].map((n) => [n, []])),
    firstAfterLaunch: new Map(),
    cold: new Map(),
    memory: new Map(),
    external: new Map(),
  };
}

async function measureAll(built: BuiltDataset[], sessions: Session[], c: Collected): Promise<void> {
  const rng = createRng(seedOf(`rounds:${rounds}`));
  const ext = sessions.filter((s) => s.config.extDir && !s.config.reference);

  // The first load of a fresh browser: the worker is running but has read nothing yet, code is cold.
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
  // The reference popup (a static page, which reads no ?tabId=) is opened in the same rounds.
  const popupRef = sessions.find((s) => s.config.name === POPUP_REFERENCE);
  if (popupRef) tabIds.set(POPUP_REFERENCE, 0);
  const withPopup = popupRef ? [...ext, popupRef] : ext;
  for (const s of withPopup) await loadPopup(s, tabIds.get(s.config.name)!); // warm-up, not counted

  type Task = { s: Session; kind: 'abs' | 'popup' };
  const tasks: Task[] = [...sessions.map((s) => ({ s, kind: 'abs' as const })), ...withPopup.map((s) => ({ s, kind: 'popup' as const }))];
  const t0 = performance.now();
  for (let r = 1; r <= rounds; r++) {
    for (const t of rng.shuffle(tasks)) {
      const name = t.s.config.name;
      if (t.kind === 'abs') c.abs.get(name)!.push(await loadAbs(t.s));
      else c.popup.get(name)!.push(await loadPopup(t.s, tabIds.get(name)!));
      await sleep(GAP_MS);
    }
    if (r % 5 === 0 || r === rounds) {
      const eta = ((performance.now() - t0) / r) * (rounds - r) / 1000;
      log(`round ${r}/${rounds}${r < rounds ? `, ~${eta.toFixed(0)} s left` : ''}`);
    }
  }

  const cold = await measureCold(ext, coldSamples, rng, log);
  for (const [k, v] of cold) c.cold.set(k, v);

  const largest = built.find((b) => b.name === LARGEST)!;
  for (const s of sessions.filter((x) => !x.config.reference)) {
    const ids = await sampleIds(built.find((b) => b.name === s.config.name)?.dataDir ?? largest.dataDir);
    c.memory.set(s.config.name, await measureMemory(s, ids));
    log(`memory: ${s.config.name} done`);
  }
  for (const s of sessions) c.external.set(s.config.name, s.route.external);
}

async function main(): Promise<void> {
  log(`${rounds} rounds${flags.quick ? ' (quick)' : ''}, ${coldSamples} cold-start samples per dataset, latency ×${latencyScale}`);
  const loadBefore = os.loadavg();
  const built = await buildAll();
  const names = built.map((b) => b.name);
  const html = realisticPage();
  const sessions: Session[] = [];
  const c = emptyCollected(names);
  let chromium = 'unknown';
  try {
    // The reference panel is the real build's panel, captured in a throwaway browser (so every measured
    // browser's first load is still its first).
    const probe = await launch({ name: 'probe', extDir: built.find((b) => b.name === '9')!.extDir }, html, latencyScale);
    const refDirs = await writeReferences(TMP, await capturePanel(probe).finally(() => probe.context.close()));
    sessions.push(await launch({ name: BASELINE }, html, latencyScale));
    for (const b of built) sessions.push(await launch({ name: b.name, extDir: b.extDir }, html, latencyScale));
    for (const r of REFERENCES) sessions.push(await launch({ name: r, extDir: refDirs[r], expectPanel: r === 'ref-panel', reference: true }, html, latencyScale));
    chromium = await chromiumVersion(sessions[0]!);
    log(`launched ${sessions.length} browsers (${chromium})`);
    await measureAll(built, sessions, c);
  } finally {
    for (const s of sessions) await s.context.close().catch(() => undefined);
  }

  const refs = REFERENCES.map((name) => ({ name, panel: name === 'ref-panel' }));
  const figures = computeFigures(names, c, refs);
  const budgets = checkBudgets(names, built, figures);
  const wall = (performance.now() - started) / 1000;
  console.log('');
  printTable([...names, ...REFERENCES], built, figures, budgets, (s) => console.log(s));
  console.log(`\nWall time ${wall.toFixed(0)} s. Results: ${path.relative(process.cwd(), RESULTS)}`);
  const cpu = os.cpus();
  await writeResults(
    RESULTS,
    {
      date: new Date().toISOString(),
      wallTimeSeconds: Math.round(wall),
      options: { rounds, quick: flags.quick ?? false, check: flags.check ?? false, coldSamples, latencyScale },
      machine: {
        cpu: cpu[0]?.model ?? 'unknown',
        cores: cpu.length,
        totalMemBytes: os.totalmem(),
        os: `${os.platform()} ${os.release()}`,
        node: process.version,
        chromium,
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
  if (flags.check && budgets.some((b) => !b.pass)) process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exitCode = 2;
});
