import { describe, expect, test } from 'vitest';
import { englishFor, isBullets, koreanHash, MAX_VERSIONS_PER_PAPER, recordState, translationKey, withEnglish, type DeviceEnglish } from '../../../src/translate/record';

const en = (text: string, at = 1): DeviceEnglish => ({ bullets: [[text]], at });

describe('koreanHash', () => {
  test('the same Korean gives the same key; any change to the text or the note another', () => {
    const ko = { bullets: [['첫째 줄.'], [{ label: "What's New" }, ' 둘째 줄.']] };
    expect(koreanHash(structuredClone(ko))).toBe(koreanHash(ko));
    expect(koreanHash({ bullets: [['첫째 줄!'], ko.bullets[1]!] })).not.toBe(koreanHash(ko));
    expect(koreanHash({ ...ko, note: '메모' })).not.toBe(koreanHash(ko));
    expect(koreanHash(ko)).toMatch(/^[0-9a-z]{1,11}$/);
  });

  test('no collision over many close texts', () => {
    const keys = new Set(Array.from({ length: 20000 }, (_, i) => koreanHash({ bullets: [[`요약 ${i}`]] })));
    expect(keys.size).toBe(20000);
  });
});

describe('stored records', () => {
  test('key, version and reading back the English of one Korean', () => {
    expect(translationKey('hep-th/9901001')).toBe('t:hep-th/9901001');
    const rec = withEnglish(undefined, 'h1', en('one'))!;
    expect(rec).toEqual({ v: 1, en: { h1: en('one') } });
    expect(englishFor(rec, 'h1')).toEqual(en('one'));
    expect(englishFor(rec, 'other')).toBeUndefined();
  });

  test('another Korean of the same paper (a replaced day, a second day) is kept beside it, newest first, bounded', () => {
    let rec: unknown;
    for (let i = 0; i < MAX_VERSIONS_PER_PAPER + 2; i++) rec = withEnglish(rec, `h${i}`, en(`v${i}`, i));
    const kept = Object.keys((rec as { en: object }).en);
    expect(kept).toEqual(['h5', 'h4', 'h3', 'h2']);
    // Storing the same Korean again replaces its English.
    expect(englishFor(withEnglish(rec, 'h4', en('again', 9)), 'h4')).toEqual(en('again', 9));
  });

  test('a newer version is kept as it is (never rewritten); damaged values read as nothing', () => {
    const newer = { v: 2, en: { h1: { whatever: true } } };
    expect(recordState(newer)).toBe('newer');
    expect(withEnglish(newer, 'h1', en('x'))).toBeUndefined();
    expect(englishFor(newer, 'h1')).toBeUndefined();
    for (const bad of [null, 'text', [], { v: 1 }, { v: '1', en: {} }, { v: 0, en: {} }]) {
      expect(recordState(bad)).toBe('damaged');
      expect(englishFor(bad, 'h1')).toBeUndefined();
    }
    // A damaged record is replaced by a good one on the next write.
    expect(withEnglish({ v: 1 }, 'h1', en('x'))).toEqual({ v: 1, en: { h1: en('x') } });
    expect(recordState(undefined)).toBe('missing');
  });

  test('an entry whose bullets are not segments is not shown', () => {
    expect(isBullets([['text', { b: 'bold' }, { code: 'c' }, { url: 'https://a.io' }, { text: 't', url: 'https://a.io' }, { label: 'L' }]])).toBe(true);
    for (const bad of [[], [[]], [['']], [[{ b: '' }]], [[{ url: 'https://a.io', extra: 1 }]], [[{ text: 't' }]], [[42]], 'text']) expect(isBullets(bad)).toBe(false);
    expect(englishFor({ v: 1, en: { h: { bullets: [[{ html: '<b>x</b>' }]], at: 1 } } }, 'h')).toBeUndefined();
    expect(englishFor({ v: 1, en: { h: { bullets: [['x']] } } }, 'h')).toBeUndefined();
  });
});
