import { expect, test } from 'vitest';
import { readerT } from '../../../src/i18n/reader-strings';

test('counts of papers and results are grouped by thousands in both languages', () => {
  expect(readerT('ko').indexReady(5488, 357)).toBe('357일, 논문 5,488편에서 검색합니다.');
  expect(readerT('en').indexReady(5488, 357)).toBe('Searching 5,488 papers in 357 days.');
  expect(readerT('ko').showing(50, 1234)).toBe('결과 1,234건 중 50건 표시');
  expect(readerT('en').showing(50, 1234)).toBe('Showing 50 of 1,234');
});
