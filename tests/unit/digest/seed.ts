import { readFileSync } from 'node:fs';
import { compileDataset, type CompileOutput } from '../../../src/digest/compile';

export const SEED_PATH = 'data/digests/2023-11-23.md';
export const TRANSLATION_PATH = 'data/translations/2023-11-23.en.json';
export const seedText = () => readFileSync(SEED_PATH, 'utf8');
export const translationText = () => readFileSync(TRANSLATION_PATH, 'utf8');

/** The seed day with its English translation, compiled as the build does. */
export function compileSeed(): CompileOutput {
  return compileDataset({ digests: [{ path: SEED_PATH, text: seedText() }], translations: [{ path: TRANSLATION_PATH, text: translationText() }] });
}
