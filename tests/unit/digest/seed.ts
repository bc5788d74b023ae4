import { readFileSync } from 'node:fs';

export const SEED_PATH = 'data/digests/2023-11-23.md';
export const TRANSLATION_PATH = 'data/translations/2023-11-23.en.json';
export const seedText = () => readFileSync(SEED_PATH, 'utf8');
export const translationText = () => readFileSync(TRANSLATION_PATH, 'utf8');
