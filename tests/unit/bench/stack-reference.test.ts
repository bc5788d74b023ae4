import { describe, expect, test } from 'vitest';
import { checkBudgets, type BuildInfo } from '../../../scripts/bench/budgets';
import type { BuiltDataset } from '../../../scripts/bench/build';
import { stackReferenceFiles } from '../../../scripts/bench/reference-stack';
import { panelScript, type CapturedPanel, type CapturedPopup } from '../../../scripts/bench/references';
import { tableRows } from '../../../scripts/bench/report';
import { computeFigures, DATASETS, emptyCollected, type Collected } from '../../../scripts/bench/results';
import { abs, buildInfo, times, withReferences } from './sample-helpers';

const ROUNDS = 20;

/** Baseline 10 ms of script, ref-panel 15, ref-wxt 22 (the stack: +7), every build 26 (+11, +4 over the stack). */
function run(withStack = true): Collected {
  const c = withReferences(emptyCollected(), ROUNDS);
  if (withStack) {
    c.abs.set('ref-wxt', times(ROUNDS, () => abs({ load: 280, scriptMs: 22 })));
    c.popup.set('ref-wxt', times(ROUNDS, () => ({ firstItem: 130 })));
  }
  for (const n of DATASETS) {
    c.abs.set(n, times(ROUNDS, () => abs({ load: 285, scriptMs: 26 })));
    c.popup.set(n, times(ROUNDS, () => ({ firstItem: 150 })));
  }
  return c;
}
const builds = (): BuildInfo[] => DATASETS.map((name) => buildInfo(name));

describe('ref-wxt: the same work on the decided stack, shown beside the budgets', () => {
  test("its distance from the budgets' references is the stack's floor; the builds' distance from it is our code's", () => {
    const f = computeFigures(DATASETS, run());
    const ref = f.derived['ref-wxt']!;
    expect(ref.scriptMinusRef?.estimate).toBe(7);
    expect(ref.loadRatioMinusRef?.estimate).toBeCloseTo(280 / 250 - 275 / 250, 6);
    expect(ref.popupMinusRef).toBe(50);
    expect(ref.popupMinusAsk).toBe(40);
    // Not compared with itself.
    expect(ref.scriptMinusStack).toBeNull();
    const b = f.derived['real']!;
    expect(b.scriptMinusRef?.estimate).toBe(11);
    expect(b.scriptMinusStack?.estimate).toBe(4);
    expect(b.loadRatioMinusStack?.estimate).toBeCloseTo(285 / 250 - 280 / 250, 6);
    expect(b.popupMinusStack).toBe(20);
    expect(f.configs['ref-wxt']!.warm?.beforeLoad).toBe(1);
  });

  test('it is never judged: a slow ref-wxt changes no verdict, but a lost panel or popup item of it is a lost sample', () => {
    const ids = (c: Collected) => checkBudgets(builds(), computeFigures(DATASETS, c)).filter((x) => !x.pass).map((x) => `${x.id}@${x.at}`).sort();
    const base = ids(run());
    const slow = run();
    slow.abs.set('ref-wxt', times(ROUNDS, () => abs({ load: 900, scriptMs: 500 })));
    slow.popup.set('ref-wxt', times(ROUNDS, () => ({ firstItem: 5000 })));
    expect(ids(slow)).toEqual(base);
    expect(base).not.toContain('allRendered@all');
    const lost = run();
    lost.abs.set('ref-wxt', times(ROUNDS, (i) => abs({ load: 280, scriptMs: 22, ...(i === 3 ? { panel: null, bullets: null } : {}) })));
    expect(ids(lost)).toContain('allRendered@all');
    const noItem = run();
    noItem.popup.set('ref-wxt', times(ROUNDS, (i) => ({ firstItem: i === 0 ? null : 130 })));
    expect(ids(noItem)).toContain('allRendered@all');
  });

  test('the table has a ref-wxt column and the − ref-wxt rows when it was measured, and neither for older results', () => {
    const built: BuiltDataset[] = DATASETS.map((name) => ({
      name,
      extDir: '',
      dataDir: '',
      papers: 9,
      days: 1,
      reused: true,
      buildSeconds: 0,
      contentScript: { raw: 1, gzip: 1, sha256: 'same' },
      scripts: buildInfo(name).scripts,
      files: { targetDay: 1, targetShard: 1, dates: 1, dataTotal: 1, dataFiles: 1 },
    }));
    const table = (c: Collected) => tableRows(DATASETS, built, computeFigures(DATASETS, c), []);
    const row = (t: ReturnType<typeof table>, label: string) => t.rows.find((r) => r[0] === label);
    const withStack = table(run());
    const col = withStack.header.indexOf('ref-wxt');
    expect(col).toBeGreaterThan(0);
    const cell = (label: string, name: string) => (row(withStack, label)?.[1] as unknown[])[withStack.header.indexOf(name) - 1];
    expect(cell('  − ref-panel, median of paired differences [95 % CI] (ms)', 'ref-wxt')).toBe('+7.0 [+7.0 … +7.0]');
    expect(cell('  − ref-wxt, median of paired differences [95 % CI] (ms)', 'real')).toBe('+4.0 [+4.0 … +4.0]');
    expect(cell('  − ref-wxt, median of paired differences [95 % CI] (ms)', 'ref-wxt')).toBeNull();
    expect(cell('popup first item, median (ms)', 'ref-wxt')).toBe('130.0');
    expect(cell('  − ref-api (ms)', 'ref-wxt')).toBe('+50.0');
    expect(cell('  popup first item − ref-wxt (medians) (ms)', '9')).toBe('+20.0');
    expect(cell('  ÷ ref-wxt, median of paired ratios [95 % CI]', '9')).toMatch(/^1\.15/);
    // ref-noop is measured only on the unknown paper's page: its column is empty in the known paper's rows.
    const noop = run();
    for (const n of ['none', 'ref-noop', ...DATASETS]) noop.unknown.set(n, times(ROUNDS, () => abs({ panel: null, bullets: null, scriptMs: n === 'none' ? 10 : 12 })));
    const t = table(noop);
    const noopCell = (label: string) => (row(t, label)?.[1] as unknown[])[t.header.indexOf('ref-noop') - 1];
    expect(noopCell('unknown: script time per page, median (ms)')).toBe('12.0');
    for (const label of ['script time per page, median (ms)', 'extra script time (ms)', 'load event start, median (ms)']) expect(noopCell(label)).toBeNull();
    const without = table(run(false));
    expect(without.header).not.toContain('ref-wxt');
    expect(without.rows.some((r) => String(r[0]).includes('ref-wxt'))).toBe(false);
  });
});

describe('the ref-wxt sources', () => {
  const panel: CapturedPanel = { css: '.dp-panel{color:red}', children: [['section', { class: 'dp-panel' }, ['요약']]] };
  const popup: CapturedPopup = {
    css: '.pp-item{margin:0}',
    lang: 'ko',
    children: [['ul', {}, [['li', { class: 'pp-item' }, ['GAIA']]]]],
  };
  const files = stackReferenceFiles(panel, popup);

  test("its content script is ref-panel's script, word for word, as the main of a WXT content script like ours", () => {
    const cs = files['entrypoints/content.ts']!;
    expect(cs).toContain("from 'wxt/utils/define-content-script'");
    expect(cs).toContain("runAt: 'document_start'");
    expect(cs).toContain('noScriptStartedPostMessage: true');
    const body = cs.slice(cs.indexOf('main() {') + 'main() {'.length, cs.lastIndexOf('},'));
    expect(body.split('\n').map((l) => l.trim()).filter(Boolean)).toEqual(panelScript(panel).split('\n').map((l) => l.trim()).filter(Boolean));
  });

  test('its popup is one Preact module with the captured styles inline, rendering the tree its worker sends', () => {
    const html = files['entrypoints/popup/index.html']!;
    expect(html).toContain('<style>.pp-item{margin:0}</style>');
    expect(html).toContain('<html lang="ko">');
    expect(html).not.toMatch(/<link /);
    expect(html.match(/<script /g)).toHaveLength(1);
    expect(files['entrypoints/popup/main.ts']).toContain("from 'preact'");
    expect(files['entrypoints/popup/main.ts']).toContain("sendMessage({ type: 'start' })");
    expect(files['entrypoints/background.ts']).toContain(JSON.stringify(popup.children));
  });

  test('a captured stylesheet that could close its <style> is refused', () => {
    expect(() => stackReferenceFiles(panel, { ...popup, css: 'a{}</style><script>' })).toThrow(/cannot inline/);
  });
});
