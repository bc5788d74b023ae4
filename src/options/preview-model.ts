/**
 * What the preview shows for each item and what pressing Save would store, by the same rules as the
 * background's `recordsToSave`: valid, not identical to what is stored, and confirmed where a day exists.
 * The background decides again on save; this only keeps the page honest about what it will ask for.
 */
import type { PreviewItem } from '../digest/import-batch';

export type Outcome =
  | { kind: 'invalid' }
  | { kind: 'unchanged' }
  /** A day (or its translation) exists: stored only if the reader ticks Replace. */
  | { kind: 'ask'; date: string; exists: 'bundled' | 'imported' }
  | { kind: 'add' };

export function outcomeOf(item: PreviewItem): Outcome {
  if (item.errors.length || !item.date) return { kind: 'invalid' };
  if (item.unchanged) return { kind: 'unchanged' };
  if (item.exists) return { kind: 'ask', date: item.date, exists: item.exists };
  return { kind: 'add' };
}

function willSave(item: PreviewItem, confirmed: ReadonlySet<string>): boolean {
  const o = outcomeOf(item);
  return o.kind === 'add' || (o.kind === 'ask' && confirmed.has(o.date));
}

/** The dates Save would store, each once (a digest and its translation are one day). */
export function datesToSave(items: readonly PreviewItem[], confirmed: ReadonlySet<string>): string[] {
  return [...new Set(items.filter((i) => willSave(i, confirmed)).map((i) => i.date!))].sort();
}

/** The confirmed dates that some item still asks about (a stale tick is never sent). */
export function confirmFor(items: readonly PreviewItem[], confirmed: ReadonlySet<string>): string[] {
  const asked = new Set(items.flatMap((i) => {
    const o = outcomeOf(i);
    return o.kind === 'ask' ? [o.date] : [];
  }));
  return [...confirmed].filter((d) => asked.has(d)).sort();
}

export type NotSavedReason = 'errors' | 'not-replaced' | 'unchanged';

/** After a save: the items whose day was not written, and why. */
export function notSaved(items: readonly PreviewItem[], saved: readonly string[]): { name: string; reason: NotSavedReason }[] {
  const written = new Set(saved);
  return items.flatMap((i) => {
    if (i.date && written.has(i.date) && !i.errors.length) return [];
    const o = outcomeOf(i);
    if (o.kind === 'add') return []; // an added day is always in `saved`
    const reason: NotSavedReason = o.kind === 'invalid' ? 'errors' : o.kind === 'unchanged' ? 'unchanged' : 'not-replaced';
    return [{ name: i.name, reason }];
  });
}
