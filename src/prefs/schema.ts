/**
 * Validation of stored preferences. Hand-written guards, not zod: these run in the content script,
 * where zod/mini alone measured ~8 KB gzip against a 12 KB budget for the whole script; the values
 * are a two-word enum and booleans, which a guard checks completely.
 */
export const LANGS = ['ko', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export type Guard<T> = (value: unknown) => value is T;

export const isLang: Guard<Lang> = (v): v is Lang => v === 'ko' || v === 'en';
export const isBool: Guard<boolean> = (v): v is boolean => typeof v === 'boolean';
