/**
 * Where imported days live in `storage.local`, without zod or the parser, so an extension page can tell
 * whether there are any without bundling either (the popup reads the packaged days itself when there are
 * none; the records are read by the background: src/background/imports.ts).
 */

export const IMPORT_VERSION = 2;
export const IMPORTS_KEY = 'imports';
export const IMPORT_PREFIX = 'import:';
export const importKey = (date: string) => `${IMPORT_PREFIX}${date}`;

/**
 * Whether the stored `imports` value surely names no imported day: nothing stored, or a catalog of this
 * version with no days. Anything else — days, a damaged catalog (its days are then found from their
 * records), one of a newer version — is the background's to read.
 */
export function namesNoImportedDay(raw: unknown): boolean {
  if (raw === undefined) return true;
  if (typeof raw !== 'object' || raw === null) return false;
  const { v, days } = raw as { v?: unknown; days?: unknown };
  return v === IMPORT_VERSION && typeof days === 'object' && days !== null && !Array.isArray(days) && Object.keys(days).length === 0;
}
