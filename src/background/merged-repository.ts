/**
 * The days a reader sees: the packaged days, and the imported ones. An imported day for a date that is also
 * bundled is only stored after the reader confirmed the replacement, so a stored import always wins its date.
 */
import { parseArxivId } from '../arxiv/id';
import { withPaperReads } from '../model/paper-hit';
import type { Repository } from '../model/repository';
import type { ImportedState } from './imports';

function sortedUnion(a: Iterable<string>, b: Iterable<string>): string[] {
  return [...new Set([...a, ...b])].sort();
}

export function mergedRepository(bundled: Repository, imported: () => Promise<ImportedState>): Repository {
  // ID → imported dates, per state read (a new state after every change).
  const idIndex = new WeakMap<ImportedState, Map<string, string[]>>();
  function importedDatesOf(state: ImportedState, id: string): string[] {
    let index = idIndex.get(state);
    if (!index) {
      index = new Map();
      for (const [date, { day }] of state.days) for (const p of day.papers) index.set(p.id, [...(index.get(p.id) ?? []), date]);
      idIndex.set(state, index);
    }
    return index.get(id) ?? [];
  }

  return withPaperReads({
    async dates() {
      const [dates, state] = await Promise.all([bundled.dates(), imported()]);
      return state.days.size ? sortedUnion(dates, state.days.keys()) : dates;
    },
    async day(date) {
      return (await imported()).days.get(date)?.day ?? bundled.day(date);
    },
    async datesOf(id) {
      const ref = parseArxivId(id);
      if (!ref) return [];
      const [fromBundled, state] = await Promise.all([bundled.datesOf(ref.id), imported()]);
      // A bundled date replaced by an import lists the ID only if the imported day does.
      return sortedUnion(
        fromBundled.filter((d) => !state.days.has(d)),
        importedDatesOf(state, ref.id),
      );
    },
  });
}
