import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isListingUrl, listingEntries } from '../arxiv/listing';
import { lookupPapers, storedEnglish } from '../panel/lookup';
import type { EnglishModule } from '../panel/english-slot';
import { loadModule } from '../panel/modules';
import { pushedPref } from '../panel/settings';
import { mountMarkers, type KnownEntry, type ListingCss } from './markers';
import { ENTRY_SUMMARY_TAG, MARKER_TAG } from './tags';

/**
 * Runs once the listing is parsed: one pass over the entries for their IDs, one lookup for all of them, then
 * markers for the papers with a summary. A page without one is left exactly as it was: no element and no
 * listener is added.
 */
export async function startListing(ctx: ContentScriptContext, css: ListingCss, stored?: Record<string, unknown>): Promise<void> {
  if (!isListingUrl(location)) return;
  const entries = listingEntries(document);
  if (entries.length === 0) return;
  const { hits, settings } = await lookupPapers(entries.map((e) => e.id), stored);
  if (hits.size === 0 || ctx.isInvalid) return;
  const known = entries.flatMap((entry): KnownEntry[] => {
    const hit = hits.get(entry.id);
    return hit ? [{ entry, hit }] : [];
  });
  // One set of markers per page, even if the script runs twice (reinjection after an update).
  for (const old of document.querySelectorAll(`${MARKER_TAG}, ${ENTRY_SUMMARY_TAG}`)) old.remove();
  const unmount = mountMarkers(known, settings.lang, pushedPref('lang'), css, {
    load: () => loadModule<EnglishModule>('english'),
    read: async (paper) => (await storedEnglish([paper])).get(paper.id),
  });
  ctx.onInvalidated(unmount);
}
