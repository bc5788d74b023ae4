import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Day } from '../../../src/digest/schema';
import { search } from '../../../src/search/query';
import { addDays, indexDays, MAX_SEGMENTS, removeDay, transferables, type SearchIndex } from '../../../src/search/search-index';
import { day, realDay, type PaperSpec } from './test-days';

const WORDS = ['확산', '모델을', '모델은', 'LoRA를', '강화', '학습', 'diffusion', 'model', 'ＧＰＴ', '언어모델'];
const QUERIES = ['모델', '확산 모델', 'lora', 'gpt', '학습 model', 'diffusion', '2401', '언어 모델', 'Kim'];

function syntheticDay(n: number, papers: number): Day {
  const date = new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10);
  const specs: PaperSpec[] = Array.from({ length: papers }, (_, i) => ({
    id: `2401.${String(n * 10 + i + 1).padStart(5, '0')}`,
    title: `${WORDS[(n + i) % WORDS.length]} ${WORDS[(n * 3 + i) % WORDS.length]}`,
    authors: [i % 2 ? 'Kim Lee' : 'Ada Lovelace'],
    ko: [WORDS.filter((_, w) => (w * (n + 1) + i) % 3 === 0).join(' ')],
    en: [WORDS.filter((_, w) => (w + n + i) % 4 === 0).join(' ')],
  }));
  return day(date, specs);
}

/** What a reader would see for every test query. */
function answers(index: SearchIndex): unknown[] {
  return QUERIES.map((q) => search(index, q, { limit: 100 }));
}

describe('incremental updates', () => {
  it('give the same answers as a rebuild, for any sequence of imports and deletions', () => {
    const op = fc.oneof(
      fc.record({ add: fc.integer({ min: 0, max: 30 }), papers: fc.integer({ min: 1, max: 4 }) }),
      fc.record({ remove: fc.integer({ min: 0, max: 30 }) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        let index = indexDays([]);
        const days = new Map<string, Day>();
        for (const o of ops) {
          if ('add' in o) {
            const d = syntheticDay(o.add, o.papers);
            days.set(d.date, d);
            index = addDays(index, [d]);
          } else {
            const date = syntheticDay(o.remove, 1).date;
            days.delete(date);
            index = removeDay(index, date);
          }
          expect(index.segments.length).toBeLessThanOrEqual(MAX_SEGMENTS);
        }
        expect(answers(index)).toEqual(answers(indexDays([...days.values()])));
      }),
      { numRuns: 60 },
    );
  });

  it('replace a day that is imported again rather than duplicating it', () => {
    const first = day('2024-02-01', [{ id: '2402.00001', ko: ['확산 모델을'] }]);
    const again = day('2024-02-01', [{ id: '2402.00002', ko: ['강화 학습'] }]);
    const index = addDays(indexDays([first]), [again]);
    expect(search(index, '모델').total).toBe(0);
    expect(search(index, '학습').results.map((r) => r.id)).toEqual(['2402.00002']);
  });

  it('take the last of two days with the same date in one import', () => {
    const a = day('2024-02-01', [{ id: '2402.00001', ko: ['확산 모델을'] }]);
    const b = day('2024-02-01', [{ id: '2402.00002', ko: ['확산 모델은'] }]);
    expect(search(addDays(indexDays([]), [a, b]), '모델').results.map((r) => r.id)).toEqual(['2402.00002']);
  });

  it('remove only the deleted day', () => {
    const real = realDay();
    const other = day('2024-02-01', [{ id: '2402.00001', ko: ['확산 모델을 다룬다'] }]);
    const index = removeDay(indexDays([real, other]), real.date);
    expect(search(index, '확산 모델').results.map((r) => r.date)).toEqual(['2024-02-01']);
    expect(search(index, '2311.12983').total).toBe(0);
  });

  it('leave the index they were given unchanged', () => {
    const index = indexDays([syntheticDay(1, 3)]);
    const before = answers(index);
    addDays(index, [syntheticDay(2, 3)]);
    removeDay(index, syntheticDay(1, 3).date);
    expect(answers(index)).toEqual(before);
  });
});

describe('plain data', () => {
  it('answers the same after structured cloning (posting it to or from a worker)', () => {
    const index = addDays(indexDays([realDay()]), [syntheticDay(1, 4)]);
    const copy = structuredClone(index);
    expect(answers(copy)).toEqual(answers(index));
    // Transferring moves the typed arrays' buffers instead of copying them.
    const moved = structuredClone(copy, { transfer: transferables(copy) });
    expect(copy.segments[0]!.posts.length).toBe(0);
    expect(answers(moved)).toEqual(answers(index));
  });

  it('lists each typed array buffer once for transfer', () => {
    const index = indexDays([realDay()]);
    expect(transferables(index)).toHaveLength(5 * index.segments.length);
  });
});
