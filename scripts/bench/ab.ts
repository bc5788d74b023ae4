/**
 * Paired A/B of built extensions, for choosing between designs before a full `npm run bench`: each build in
 * its own Chromium (the bench's launch, page fixture and measurements), one abs-page load and one popup open
 * per build per round, the order rotated every round. Prints each build's medians and its difference from
 * the first build with a 95 % paired-bootstrap interval. The popup row is the bench's "popup first item";
 * the script row its "script time per page": of the abs page of a known paper, or with `--page unknown` of
 * the abs page of a paper no archive has (the bench's unknown-paper row).
 *
 *   npm run bench:ab -- [--rounds 40] [--page known|unknown] DIR_A DIR_B [DIR_C …]     (DIRs: built chrome-mv3 folders)
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { abSummary, rotated, type AbSeries } from './ab-summary';
import { absTabId, launch, type Session } from './browser';
import { realisticPage, UNKNOWN_ABS_URL } from './fixture';
import { ABS_URL, loadAbs, loadPopup } from './measure-page';

const { values, positionals } = parseArgs({ options: { rounds: { type: 'string', default: '40' }, page: { type: 'string', default: 'known' } }, allowPositionals: true });
const rounds = Number(values.rounds);
if (positionals.length < 2 || !Number.isInteger(rounds) || rounds < 2 || !['known', 'unknown'].includes(values.page)) {
  console.error('usage: npm run bench:ab -- [--rounds N≥2] [--page known|unknown] DIR_A DIR_B [DIR …]');
  process.exit(2);
}
const absUrl = values.page === 'unknown' ? UNKNOWN_ABS_URL : ABS_URL;
for (const dir of positionals) if (!existsSync(path.join(dir, 'manifest.json'))) throw new Error(`${dir}: no manifest.json (a built extension folder?)`);

const html = realisticPage();
const sessions: Session[] = [];
try {
  const builds: { name: string; s: Session; tab: number }[] = [];
  for (const dir of positionals) {
    const s = await launch({ name: dir, extDir: path.resolve(dir), expectPanel: values.page === 'known' }, html);
    sessions.push(s);
    await loadAbs(s); // warms the worker and leaves no tab: the popup needs one open, as in run.ts
    await (await s.context.newPage()).goto(ABS_URL, { waitUntil: 'load' });
    builds.push({ name: dir, s, tab: await absTabId(s) });
  }
  const series = new Map<string, AbSeries>(builds.map((b) => [b.name, { script: [], popup: [] }]));
  for (let round = 0; round < rounds; round++) {
    for (const { name, s, tab } of rotated(builds, round)) {
      const abs = await loadAbs(s, absUrl);
      const popup = await loadPopup(s, tab);
      series.get(name)!.script.push(abs.scriptMs);
      series.get(name)!.popup.push(popup.firstItem);
    }
    if ((round + 1) % 10 === 0) console.error(`ab: round ${round + 1}/${rounds}`);
  }
  const ms = (x: number | null | undefined) => (x === null || x === undefined ? '–' : Number.isFinite(x) ? x.toFixed(1) : '∞');
  for (const r of abSummary(series)) {
    const d = (i: typeof r.scriptMinusFirst) => (i ? `${ms(i.estimate)} [${ms(i.lower)} … ${ms(i.upper)}]` : '');
    console.log(`${r.name}\n  script time (${values.page} paper) ${ms(r.scriptMedian)} ms ${d(r.scriptMinusFirst)}\n  popup first item ${ms(r.popupMedian)} ms (missed ${r.popupMissed}) ${d(r.popupMinusFirst)}`);
  }
} finally {
  for (const s of sessions) await s.context.close();
}
