import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ALLOWANCES, describeVerdict, fileMatches, judgeLint, type Allowance, type LintMessage, type LintReport } from '../../../../scripts/release/firefox-lint';

const preact = (page: string): Allowance => ({ code: 'UNSAFE_VAR_ASSIGNMENT', file: `chunks/${page}-<hash>.js`, count: 1, library: 'preact', why: '…' });
const RULES = [preact('popup'), preact('options')];
const inner = (file: string): LintMessage => ({ code: 'UNSAFE_VAR_ASSIGNMENT', file, line: 1, message: 'Unsafe assignment to innerHTML' });
const report = (warnings: LintMessage[], errors: LintMessage[] = []): LintReport => ({ errors, warnings, notices: [] });

describe('judgeLint: the exact allowance', () => {
  test('exactly the named warnings: passes, each one listed as allowed', () => {
    const v = judgeLint(report([inner('chunks/popup-CmqilVx0.js'), inner('chunks/options-B2o6vGTf.js')]), RULES);
    expect(v.ok).toBe(true);
    expect(v.allowed.map((a) => [a.allowance.file, a.seen.length])).toEqual([
      ['chunks/popup-<hash>.js', 1],
      ['chunks/options-<hash>.js', 1],
    ]);
    expect(describeVerdict(v).summary).toBe('web-ext lint: 0 errors, 2 warning(s), each named by file and count in the allowance, 0 notice(s)');
  });

  test('a second innerHTML in a page module fails, though its code and file are allowed', () => {
    const v = judgeLint(report([inner('chunks/popup-CmqilVx0.js'), inner('chunks/popup-CmqilVx0.js'), inner('chunks/options-B2o6vGTf.js')]), RULES);
    expect(v.ok).toBe(false);
    expect(v.miscounted.map((m) => [m.allowance.file, m.seen.length])).toEqual([['chunks/popup-<hash>.js', 2]]);
    expect(describeVerdict(v).problems[0]).toMatch(/^ {2}2 × UNSAFE_VAR_ASSIGNMENT in chunks\/popup-<hash>\.js, 1 allowed \(preact\): a new one is there/);
  });

  test('the same warning in another file (our content script, the background) is not allowed', () => {
    const v = judgeLint(report([inner('chunks/popup-CmqilVx0.js'), inner('chunks/options-B2o6vGTf.js'), inner('content-scripts/arxiv.js'), inner('background.js')]), RULES);
    expect(v.ok).toBe(false);
    expect(v.unexpected.map((m) => m.file)).toEqual(['content-scripts/arxiv.js', 'background.js']);
  });

  test('another code in an allowed file is not allowed', () => {
    const v = judgeLint(report([inner('chunks/popup-CmqilVx0.js'), inner('chunks/options-B2o6vGTf.js'), { code: 'DANGEROUS_EVAL', file: 'chunks/popup-CmqilVx0.js', message: 'eval' }]), RULES);
    expect(v.unexpected.map((m) => m.code)).toEqual(['DANGEROUS_EVAL']);
  });

  test('an allowance with fewer warnings than it names is stale, and fails until it is corrected', () => {
    const v = judgeLint(report([inner('chunks/popup-CmqilVx0.js')]), RULES);
    expect(v.ok).toBe(false);
    expect(describeVerdict(v).problems).toEqual([
      '  0 × UNSAFE_VAR_ASSIGNMENT in chunks/options-<hash>.js, the allowance names 1 (preact): it is stale, lower or remove it in scripts/release/firefox-lint.ts and REVIEWERS.md',
    ]);
  });

  test('any error fails, whatever the allowance', () => {
    const v = judgeLint(report([inner('chunks/popup-CmqilVx0.js'), inner('chunks/options-B2o6vGTf.js')], [{ code: 'MANIFEST_FIELD_REQUIRED', file: 'manifest.json', message: '"/name" is a required property' }]), RULES);
    expect(v.ok).toBe(false);
    expect(describeVerdict(v).problems).toEqual(['  error: MANIFEST_FIELD_REQUIRED manifest.json: "/name" is a required property']);
  });

  test('fileMatches: <hash> is a bundle hash, everything else literal', () => {
    expect(fileMatches('chunks/popup-<hash>.js', 'chunks/popup-B2o6v_Gf.js')).toBe(true);
    expect(fileMatches('chunks/popup-<hash>.js', 'chunks/popup-a/b.js')).toBe(false);
    expect(fileMatches('chunks/popup-<hash>.js', 'chunks/popupXab.js')).toBe(false);
    expect(fileMatches('background.js', 'background.js')).toBe(true);
    expect(fileMatches('background.js', 'backgroundXjs')).toBe(false);
    expect(fileMatches('background.js', 'chunks/background.js')).toBe(false);
  });
});

describe('the allowance as shipped', () => {
  test("one Preact innerHTML per page module; of our code only the one import() of the package's own modules in each file that loads one", () => {
    expect(ALLOWANCES.map((a) => [a.code, a.file, a.count, a.library])).toEqual([
      ['UNSAFE_VAR_ASSIGNMENT', 'chunks/popup-<hash>.js', 1, 'preact'],
      ['UNSAFE_VAR_ASSIGNMENT', 'chunks/options-<hash>.js', 1, 'preact'],
      ['UNSAFE_VAR_ASSIGNMENT', 'chunks/reader-<hash>.js', 1, 'preact'],
      ...['content-scripts/arxiv.js', 'content-scripts/html.js', 'content-scripts/listing.js', 'modules/panel.js', 'modules/listing.js'].map((f) => ['UNSAFE_VAR_ASSIGNMENT', f, 1, 'this extension (src/panel/modules.ts)']),
    ]);
    for (const a of ALLOWANCES) expect(a.why.length, a.file).toBeGreaterThan(40);
  });

  test("REVIEWERS.md (in the sources zip) lists every allowance by code, file and count, and no other", () => {
    const rows = readFileSync('REVIEWERS.md', 'utf8')
      .split('\n')
      .filter((l) => /^\| `[A-Z_]+`/.test(l))
      .map((l) => l.split('|').map((c) => c.trim()));
    expect(rows.map(([, code, file, count, library]) => [code!.match(/^`([A-Z_]+)`/)![1], file!.replace(/`/g, ''), Number(count), library!.toLowerCase()])).toEqual(
      ALLOWANCES.map((a) => [a.code, a.file, a.count, a.library]),
    );
  });
});
