/**
 * Paired A/B of built extensions, for choosing between designs before a full `npm run bench`: each build in
 * its own Chromium (the bench's launch, page fixture and measurements), one abs-page load and one popup open
 * per build per round, the order rotated every round. Prints each build's medians and its difference from
 * the first build with a 95 % paired-bootstrap interval. The popup row is the bench's "popup first item";
 * the script row its "script time per page": of the abs page of a known paper, or with `--page unknown` of
 * the abs page of a paper no archive has (the bench's unknown-paper row). With `--cold`, each round also
 * opens the popup right after the worker was stopped (as Chromium stops it after 30 s idle; no extension page
 * open, as measure-cold.ts), then wakes the worker again with one message, unmeasured, so the next round's
 * warm figures stay warm.
 *
 *   npm run bench:ab -- [--rounds 40] [--page known|unknown] [--cold] DIR_A DIR_B [DIR_C …]     (DIRs: built chrome-mv3 folders)
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { abSummary, rotated, type AbSeries } from './ab-summary';
import { absTabId, extensionPageSession, launch, type Session } from './browser';
import { realisticPage, UNKNOWN_ABS_URL } from './fixture';
import { stopWorker } from './measure-cold';
import { ABS_URL, loadAbs, loadPopup } from './measure-page';

const { values, positionals } = parseArgs({
  options: { rounds: { type: 'string', default: '40' }, page: { type: 'string', default: 'known' }, cold: { type: 'boolean', default: false } },
  allowPositionals: true,
});
const rounds = Number(values.rounds);
if (positionals.length < 2 || !Number.isInteger(rounds) || rounds < 2 || !['known', 'unknown'].includes(values.page)) {
  console.error('usage: npm run bench:ab -- [--rounds N≥2] [--page known|unknown] [--cold] DIR_A DIR_B [DIR …]');
  process.exit(2);
}
const absUrl = values.page === 'unknown' ? UNKNOWN_ABS_URL : ABS_URL;
for (const dir of positionals) if (!existsSync(path.join(dir, 'manifest.json'))) throw new Error(`${dir}: no manifest.json (a built extension folder?)`);

/**
 * Starts the stopped worker again (the popup under test may not have) with the popup's own opening message,
 * so it holds what a worker that has served the popup holds, as in the warm rounds of run.ts.
 */
async function wakeWorker(s: Session, tabId: number) {
  const helper = await extensionPageSession(s);
  try {
    const { exceptionDetails } = await helper.cdp.send('Runtime.evaluate', {
      awaitPromise: true,
      expression: `chrome.runtime.sendMessage({ type: 'daily-papers:start', tabId: ${tabId} })`,
    });
    if (exceptionDetails) throw new Error(`${s.config.name}: waking the worker failed: ${exceptionDetails.text}`);
  } finally {
    await helper.close();
  }
}

const html = realisticPage();
const sessions: Session[] = [];
try {
  const builds: { name: string; s: Session; tab: number }[] = [];
  for (const dir of positionals) {
    const s = await launch({ name: dir, extDir: path.resolve(dir), expectPanel: values.page === 'known' }, html);
    sessions.push(s);
    await loadAbs(s); // warms the worker and leaves no tab: the popup needs one open, as in run.ts
    await (await s.context.newPage()).goto(ABS_URL, { waitUntil: 'load' });
    // A reference popup (ref-wxt) reads no ?tabId=, and its worker cannot see the tab's URL: 0, as in run.ts.
    builds.push({ name: dir, s, tab: await absTabId(s).catch(() => 0) });
  }
  const series = new Map<string, AbSeries>(builds.map((b) => [b.name, { script: [], popup: [], ...(values.cold ? { coldPopup: [] } : {}) }]));
  for (let round = 0; round < rounds; round++) {
    for (const { name, s, tab } of rotated(builds, round)) {
      const abs = await loadAbs(s, absUrl);
      const popup = await loadPopup(s, tab);
      series.get(name)!.script.push(abs.scriptMs);
      series.get(name)!.popup.push(popup.firstItem);
      if (values.cold) {
        await stopWorker(s, false);
        series.get(name)!.coldPopup!.push((await loadPopup(s, tab)).firstItem);
        await wakeWorker(s, tab);
      }
    }
    if ((round + 1) % 10 === 0) console.error(`ab: round ${round + 1}/${rounds}`);
  }
  const ms = (x: number | null | undefined) => (x === null || x === undefined ? '–' : Number.isFinite(x) ? x.toFixed(1) : '∞');
  for (const r of abSummary(series)) {
    const d = (i: typeof r.scriptMinusFirst) => (i ? `${ms(i.estimate)} [${ms(i.lower)} … ${ms(i.upper)}]` : '');
    console.log(`${r.name}\n  script time (${values.page} paper) ${ms(r.scriptMedian)} ms ${d(r.scriptMinusFirst)}\n  popup first item ${ms(r.popupMedian)} ms (missed ${r.popupMissed}) ${d(r.popupMinusFirst)}`);
    if (r.cold) console.log(`  popup first item, worker stopped ${ms(r.cold.median)} ms (missed ${r.cold.missed}) ${d(r.cold.minusFirst)}\n    stopped − running ${d(r.cold.minusWarm)}`);
  }
} finally {
  for (const s of sessions) await s.context.close();
}
