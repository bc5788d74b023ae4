import { describe, expect, test } from 'vitest';
import { IMPORT_VERSION, namesNoImportedDay } from '../../../src/digest/import-keys';
import * as records from '../../../src/digest/import-records';

describe('namesNoImportedDay: may a page skip the background for imported days?', () => {
  test('nothing stored, or an empty catalog of this version: no imported day', () => {
    expect(namesNoImportedDay(undefined)).toBe(true);
    expect(namesNoImportedDay({ v: IMPORT_VERSION, days: {} })).toBe(true);
  });

  test('a catalog with days, a damaged one or a newer one: the background reads it', () => {
    expect(namesNoImportedDay({ v: IMPORT_VERSION, days: { '2025-05-12': { papers: 3 } } })).toBe(false);
    for (const damaged of [null, 'imports', 2, [], { v: IMPORT_VERSION }, { v: IMPORT_VERSION, days: [] }, { v: IMPORT_VERSION, days: null }, { days: {} }, { v: '2', days: {} }]) {
      expect(namesNoImportedDay(damaged), JSON.stringify(damaged)).toBe(false);
    }
    expect(namesNoImportedDay({ v: IMPORT_VERSION + 1, days: {} })).toBe(false);
    expect(namesNoImportedDay({ v: 1, days: {} })).toBe(false);
  });

  test('the keys are the ones the background stores under (one definition)', () => {
    expect(records.IMPORTS_KEY).toBe('imports');
    expect(records.importKey('2025-05-12')).toBe('import:2025-05-12');
    expect(records.IMPORT_VERSION).toBe(IMPORT_VERSION);
  });
});
