import type { ListingEntry } from '../arxiv/listing';
import { logError } from '../lib/log';
import type { PaperHit } from '../model/paper-hit';
import type { Lang } from '../prefs/schema';
import type { Pref } from '../prefs/store';
import { createEntrySummary, type EntryEnglish, type EntrySummaryView } from './entry-summary-view';
import { createMarker, type MarkerView } from './marker-view';

export interface KnownEntry {
  entry: ListingEntry;
  hit: PaperHit;
}

export interface ListingCss {
  /** The marker's stylesheet (small: one per marker's shadow root). */
  marker: string;
  /** The expanded summary's stylesheet (the panel's, plus the listing's adjustments). */
  summary: string;
}

interface Item extends KnownEntry {
  marker: MarkerView;
  summary?: EntrySummaryView;
  expanded: boolean;
}

/**
 * Puts a marker beside every known entry's ID link and lets each one expand its summary below the entry.
 * Every marker is built before any is inserted, so a page of 2,000 entries takes one batch of DOM writes and
 * one layout; a summary is only built when it is first expanded. All markers and open summaries follow the
 * language, switched here or anywhere else (`lang.watch`). Returns the function that removes everything.
 */
export function mountMarkers(known: readonly KnownEntry[], initialLang: Lang, lang: Pref<Lang>, css: ListingCss, english?: EntryEnglish): () => void {
  let current = initialLang;
  const items: Item[] = known.map((k) => ({ ...k, marker: createMarker(k.hit.paper.id, css.marker), expanded: false }));
  for (const item of items) {
    item.marker.update(current, false);
    item.marker.button.addEventListener('click', () => toggle(item));
  }
  for (const item of items) if (item.entry.marker.isConnected) item.entry.marker.after(item.marker.host);

  function toggle(item: Item) {
    try {
      item.expanded = !item.expanded;
      if (item.expanded) {
        if (!item.summary) {
          item.summary = createEntrySummary(item.hit, current, choose, css.summary, english);
          // aria-controls across shadow roots: only element reflection can name the summary from inside the
          // marker's shadow root (an ID would be looked up in that root alone).
          if ('ariaControlsElements' in item.marker.button) item.marker.button.ariaControlsElements = [item.summary.host];
        }
        item.summary.update(current);
        item.entry.insertAfter.after(item.summary.host);
      } else {
        item.summary?.host.remove();
      }
      item.marker.update(current, item.expanded);
    } catch (e) {
      logError('listing marker', e);
    }
  }

  function apply(next: Lang) {
    current = next;
    for (const item of items) {
      item.marker.update(current, item.expanded);
      if (item.expanded) item.summary?.update(current);
    }
  }

  function choose(next: Lang) {
    if (next === current) return;
    apply(next);
    lang.set(next).catch((e: unknown) => logError('saving lang', e));
  }

  const unwatch = lang.watch((next) => next !== current && apply(next));
  return () => {
    unwatch();
    for (const item of items) {
      item.marker.host.remove();
      item.summary?.dispose();
      item.summary?.host.remove();
    }
  };
}
