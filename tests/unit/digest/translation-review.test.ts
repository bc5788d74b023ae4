/**
 * The review policy for the English summaries (issue 11, item 4): the English gives the intended meaning
 * (checked against the paper's abstract), and every place where it departs from the literal Korean is
 * explained by the paper's translator's note, which quotes the Korean it departs from in “…”.
 */
import { describe, expect, test } from 'vitest';
import { segmentsText } from '../../../src/digest/linkify';
import { parseDigest } from '../../../src/digest/parse';
import { translationFileSchema } from '../../../src/digest/translation';
import { seedText, translationText } from './seed';

const korean = (() => {
  const r = parseDigest(seedText());
  if (!r.ok) throw new Error('seed must parse');
  return new Map(r.day.papers.map((p) => [p.id, p.summary.ko.bullets.map(segmentsText)]));
})();
const english = translationFileSchema.parse(JSON.parse(translationText())).papers;

const ko = (id: string): string[] => korean.get(id) ?? [];
const en = (id: string): string[] => english[id]?.bullets ?? [];
const note = (id: string): string => english[id]?.note ?? '';

const HANGUL = /[\uAC00-\uD7A3]/;
/** The “…”-quoted strings of a note that contain Hangul: the Korean it quotes. */
function koreanQuotes(text: string): string[] {
  return [...text.matchAll(/“([^”]*)”/g)].map((m) => m[1]!).filter((q) => HANGUL.test(q));
}
/** A quote occurs in the Korean when each of its parts (an ellipsis “…” marks a cut) does. */
function occursIn(quote: string, bullets: readonly string[]): boolean {
  const parts = quote.split('…').map((s) => s.trim()).filter(Boolean);
  return parts.length > 0 && bullets.some((b) => parts.every((part) => b.includes(part)));
}

describe('the policy, for every paper', () => {
  test('every note quotes Korean (Hangul in “…”) from its own paper', () => {
    const withNotes = Object.keys(english).filter((id) => note(id));
    expect(withNotes.length).toBeGreaterThan(0);
    for (const id of withNotes) {
      const quotes = koreanQuotes(note(id));
      expect(quotes.length, `${id}: the note quotes no Korean`).toBeGreaterThan(0);
      for (const q of quotes) expect(occursIn(q, ko(id)), `${id}: “${q}” is not in the Korean`).toBe(true);
    }
  });

  test('the helpers: a misquote is caught, a cut quote is matched part by part', () => {
    expect(occursIn('맞춤형 추적기', ko('2311.13435'))).toBe(true);
    expect(occursIn('기성 추적기', ko('2311.13435'))).toBe(false);
    expect(occursIn('맞춤형 추적기', ko('2311.13141'))).toBe(false);
    expect(occursIn('최근에 제안된 … 이를 개선하고자 한다', ko('2311.13600'))).toBe(true);
    expect(koreanQuotes('“abc” and “이산화 모델”, 확산 unquoted')).toEqual(['이산화 모델']);
  });
});

describe('the fixes of issue 11', () => {
  test('2311.13141 (Diffusion360): diffusion, not discretization; the note quotes 이산화', () => {
    for (const b of en('2311.13141')) expect(b).not.toMatch(/discreti[sz]/i);
    expect(en('2311.13141')[0]).toMatch(/\bdiffusion models\b/);
    expect(en('2311.13141')[2]).toMatch(/\bdiffusion pipelines?\b/);
    const quotes = koreanQuotes(note('2311.13141'));
    expect(quotes.some((q) => q.includes('이산화') && ko('2311.13141')[0]!.includes(q))).toBe(true);
    expect(quotes.some((q) => q.includes('이산화') && ko('2311.13141')[2]!.includes(q))).toBe(true);
  });

  test('2311.13435 bullet 4: an off-the-shelf tracker, with a note quoting “맞춤형 추적기”', () => {
    expect(ko('2311.13435')[3]).toContain('맞춤형 추적기');
    expect(en('2311.13435')[3]).toContain('off-the-shelf tracker');
    expect(koreanQuotes(note('2311.13435'))).toContain('맞춤형 추적기');
    expect(note('2311.13435')).toMatch(/Bullet 4: the Korean says “맞춤형 추적기”/);
  });

  test('2311.13435 bullet 6: Vicuna makes results reproducible; the note quotes the slip', () => {
    const b = en('2311.13435')[5]!;
    expect(b).not.toMatch(/ensures? the (result )?reproducibility problems?/i);
    expect(b).not.toMatch(/problem/i);
    expect(b).toMatch(/ensures that results are reproducible/);
    expect(koreanQuotes(note('2311.13435'))).toContain('결과 재현성 문제를 보장합니다');
  });

  test('2311.13600 bullet 1: readable English, the garbled Korean quoted in the note', () => {
    const b = en('2311.13600')[0]!;
    expect(b).not.toContain('aim to improve on the fact that');
    expect(b).toMatch(/^Low-rank adaptations \(LoRA\) were recently proposed/);
    const garbled = koreanQuotes(note('2311.13600')).filter((q) => q.includes('이를 개선하고자 한다'));
    expect(garbled).toHaveLength(1);
    expect(ko('2311.13600')[0]).toContain(garbled[0]);
    expect(note('2311.13600')).not.toMatch(/translated as written/);
  });

  test('2311.13600 bullet 2: any subject in any style, the Korean “주제나 스타일” quoted', () => {
    expect(en('2311.13600')[1]).toContain('any user-provided subject in any user-provided style');
    expect(koreanQuotes(note('2311.13600')).some((q) => q.includes('주제나 스타일'))).toBe(true);
  });

  test('2311.12908 bullet 5: the paper’s “notion of likelihood”, the Korean 가능성 quoted', () => {
    expect(en('2311.12908')[4]).toContain('diffusion-model notion of likelihood');
    expect(koreanQuotes(note('2311.12908')).some((q) => q.includes('가능성'))).toBe(true);
  });

  test('2311.13073 bullet 5: the note on “higher” MSE and LPIPS quotes the Korean', () => {
    expect(en('2311.13073')[4]).toContain('higher PSNR, SSIM, MSE, and LPIPS scores');
    expect(koreanQuotes(note('2311.13073')).some((q) => q.startsWith('더 높은'))).toBe(true);
  });
});
