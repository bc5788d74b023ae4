import type { Page } from '@playwright/test';
import { ENTRY_SUMMARY_TAG, MARKER_TAG } from '../../src/listing/tags';

export const MARKER = MARKER_TAG;
export const ENTRY_SUMMARY = ENTRY_SUMMARY_TAG;

/** Page object for a listing page's markers and expanded summaries (open shadow roots: locators pierce them). */
export function listingOf(page: Page) {
  return {
    markers: page.locator(MARKER),
    marker: (id: string) => page.locator(`${MARKER}[data-arxiv-id="${id}"]`).locator('button'),
    summaries: page.locator(ENTRY_SUMMARY),
    summary: (id: string) => {
      const host = page.locator(`${ENTRY_SUMMARY}[data-arxiv-id="${id}"]`);
      return { host, bullets: host.locator('.dp-bullets > li'), list: host.locator('.dp-bullets'), english: host.getByRole('button', { name: 'English' }), korean: host.getByRole('button', { name: '한국어' }) };
    },
    /** IDs of the markers, in page order. */
    markerIds: () => page.locator(MARKER).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.arxivId)),
  };
}

/**
 * Everything about where the markers went: for each, the element before it (the entry's ID link) and the
 * entry's `dt`; for each open summary, the element before it (the entry's `dd`).
 */
export function placements(page: Page) {
  return page.evaluate(
    ([marker, summary]) => ({
      markers: [...document.querySelectorAll(marker)].map((m) => ({
        id: (m as HTMLElement).dataset.arxivId,
        after: m.previousElementSibling?.getAttribute('href')?.trim() ?? null,
        inside: m.parentElement?.tagName ?? null,
      })),
      summaries: [...document.querySelectorAll(summary)].map((s) => ({
        id: (s as HTMLElement).dataset.arxivId,
        afterTag: s.previousElementSibling?.tagName ?? null,
        afterEntryId: s.previousElementSibling?.previousElementSibling?.querySelector('a[title="Abstract"], .list-identifier a')?.getAttribute('href')?.trim() ?? null,
      })),
    }),
    [MARKER_TAG, ENTRY_SUMMARY_TAG] as const,
  );
}

/** The page's DOM serialised without this extension's hosts, and the same source parsed fresh by the same browser. */
export function domWithoutOurs(page: Page, html: string): Promise<{ live: string; source: string }> {
  return page.evaluate(
    ([src, tags]) => {
      const copy = document.documentElement.cloneNode(true) as Element;
      for (const el of copy.querySelectorAll(tags)) el.remove();
      const fresh = new DOMParser().parseFromString(src, 'text/html');
      return { live: copy.outerHTML, source: fresh.documentElement.outerHTML };
    },
    [html, `${MARKER_TAG}, ${ENTRY_SUMMARY_TAG}`] as const,
  );
}
