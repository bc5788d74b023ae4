/**
 * The reader's search covers the English that exists: when English made on this device lands (this page,
 * another surface, "Translate every day now"), the days it belongs to are indexed again — gathered for a
 * moment, so a day translating paper by paper is re-indexed once per pause, not once per paper.
 */
import { landedDates, TRANSLATION_PREFIX } from '../translate/record';
import type { StorageChangeLike } from './index-feeder';

type OnChanged = (changes: Record<string, StorageChangeLike>, areaName: string) => void;

export function watchLandedEnglish(
  events: { addListener(cb: OnChanged): void; removeListener(cb: OnChanged): void },
  refresh: (dates: string[]) => void,
  waitMs = 1000,
  timers: { set: (cb: () => void, ms: number) => unknown; clear: (h: unknown) => void } = { set: (cb, ms) => setTimeout(cb, ms), clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) },
): () => void {
  const pending = new Set<string>();
  let timer: unknown;
  const listener: OnChanged = (changes, area) => {
    if (area !== 'local') return;
    for (const [key, change] of Object.entries(changes)) {
      if (key.startsWith(TRANSLATION_PREFIX)) for (const d of landedDates(change.oldValue, change.newValue)) pending.add(d);
    }
    if (!pending.size) return;
    if (timer !== undefined) timers.clear(timer);
    timer = timers.set(() => {
      timer = undefined;
      const dates = [...pending];
      pending.clear();
      refresh(dates);
    }, waitMs);
  };
  events.addListener(listener);
  return () => {
    events.removeListener(listener);
    if (timer !== undefined) timers.clear(timer);
  };
}
