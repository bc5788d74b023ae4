import { readFileSync } from 'node:fs';
import { compileDataset, type CompileOutput } from '../../../src/digest/compile';
import { bulletSource } from '../../../src/digest/inline';
import { parseDigest } from '../../../src/digest/parse';
import { testEnglish } from '../search/test-days';

export const SEED_PATH = 'data/digests/2023-11-23.md';
export const seedText = () => readFileSync(SEED_PATH, 'utf8');

/** The seed day (Korean only, as every bundled day), compiled as the build does. */
export function compileSeed(): CompileOutput {
  return compileDataset({ digests: [{ path: SEED_PATH, text: seedText() }], translations: [] });
}

/**
 * A `DATE.en.json` for the seed day as a reader could import it, with English written for the tests (see
 * `testEnglish`): the project ships and keeps no translation of the digests.
 */
export function testTranslationText(): string {
  const r = parseDigest(seedText());
  if (!r.ok) throw new Error('seed must parse');
  const papers = Object.fromEntries(r.day.papers.map((p) => [p.id, { bullets: testEnglish(p).bullets.map(bulletSource) }]));
  return JSON.stringify({ date: r.day.date, lang: 'en', translated_from: 'ko', papers }, null, 2);
}
