/**
 * Which papers the listing row's page shows (issue #16), pure: a realistic share of the 2,000 entries are
 * papers of the dataset being measured, spread over its whole ID range, the rest unknown IDs.
 */

/** Known papers on the 2,000-entry page: 5 %, about what a week of cs.CV holds of a daily digest's picks. */
export const LISTING_KNOWN = 100;

/** `count` IDs evenly spaced through the sorted, deduplicated `ids` (all of them when there are fewer). */
export function pickKnown(ids: readonly string[], count = LISTING_KNOWN): string[] {
  const sorted = [...new Set(ids)].sort();
  if (sorted.length <= count) return sorted;
  return Array.from({ length: count }, (_, i) => sorted[Math.floor(((i + 0.5) * sorted.length) / count)]!);
}

/**
 * Markers a build should add: the page's distinct entries that are papers of its dataset. Not just the IDs
 * placed on purpose: a filler ID of the generator may happen to be a paper of a large archive too.
 */
export function expectedMarkers(pageIds: readonly string[], datasetIds: ReadonlySet<string>): number {
  return new Set(pageIds.filter((id) => datasetIds.has(id))).size;
}
