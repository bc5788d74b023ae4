import { describe, expect, test } from 'vitest';
import { segmentUrls } from '../../../src/digest/linkify';
import { parseDigest } from '../../../src/digest/parse';
import type { Day } from '../../../src/digest/schema';
import { applyTranslation } from '../../../src/digest/translation';
import { seedText, testTranslationText } from './seed';

const day = (() => {
  const r = parseDigest(seedText());
  if (!r.ok) throw new Error('seed must parse');
  return r.day;
})();

function apply(edit: (json: any) => void = () => {}): ReturnType<typeof applyTranslation> {
  const json = JSON.parse(testTranslationText());
  edit(json);
  return applyTranslation(day, JSON.stringify(json, null, 2));
}

describe('an English translation file (one written for the tests)', () => {
  const r = apply();
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  const merged: Day = r.day;

  test('every paper has as many English as Korean bullets, marked as a translation', () => {
    for (const p of merged.papers) {
      expect(p.summary.en, p.id).toBeDefined();
      expect(p.summary.en!.bullets.length, p.id).toBe(p.summary.ko.bullets.length);
      expect(p.summary.en!.translated).toBe(true);
    }
  });
  test('URLs are byte-identical to the source, bullet by bullet', () => {
    for (const p of merged.papers) {
      p.summary.ko.bullets.forEach((b, i) => expect(segmentUrls(p.summary.en!.bullets[i]!), `${p.id} #${i + 1}`).toEqual(segmentUrls(b)));
    }
  });
  test('the Korean summaries are untouched by the merge', () => {
    expect(merged.papers.map((p) => p.summary.ko)).toEqual(day.papers.map((p) => p.summary.ko));
  });
  test('English bullets contain no Hangul (they are translations, not copies)', () => {
    for (const p of merged.papers) for (const b of p.summary.en!.bullets) expect(JSON.stringify(b)).not.toMatch(/[\uAC00-\uD7A3]/);
  });
});

describe('bad translation files are rejected with the line', () => {
  test('wrong bullet count', () => {
    const r = apply((j) => j.papers['2311.13600'].bullets.pop());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.message).toBe('paper 2311.13600: 3 translated bullets for 4 source bullets');
    if (!r.ok) expect(r.errors[0]!.line).toBeGreaterThan(1);
  });
  test('a changed URL', () => {
    const r = apply((j) => {
      j.papers['2311.13600'].bullets[3] = j.papers['2311.13600'].bullets[3].replace('https://ziplora.github.io', 'https://ziplora.github.io/');
    });
    expect(!r.ok && r.errors[0]!.message).toMatch(/^paper 2311.13600 bullet 4: URLs must be unchanged/);
  });
  test('an unknown paper', () => {
    const r = apply((j) => (j.papers['2401.00001'] = { bullets: ['x'] }));
    expect(!r.ok && r.errors[0]!.message).toBe('paper 2401.00001 is not in the 2023-11-23 digest');
  });
  test('a date that does not match', () => {
    const r = apply((j) => (j.date = '2023-11-24'));
    expect(!r.ok && r.errors[0]).toEqual({ line: 2, message: "date 2023-11-24 does not match the digest's 2023-11-23" });
  });
  test('schema errors name the field', () => {
    const r = apply((j) => (j.papers['2311.12983'].bullets[0] = ''));
    expect(!r.ok && r.errors[0]!.message).toMatch(/^papers\.2311\.12983\.bullets\.0: /);
  });
  test('invalid JSON', () => {
    const r = applyTranslation(day, '{ "date": ');
    expect(!r.ok && r.errors[0]!.message).toMatch(/^invalid JSON/);
  });
});
