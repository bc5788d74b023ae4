/**
 * What the content script of listing pages runs on every listing (the manifest loads only this): the IDs
 * the entries link to, read loosely, and one storage read for all of them. Only a page that lists a known
 * paper (or any page while the lookup table is being filled) loads the markers' code
 * (src/listing/listing-module.ts), which reads the entries properly and reuses this read.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { entryKey, LOOKUP_KEY, lookupReady } from '../model/lookup-entry';
import { SETTINGS_STORAGE_KEYS } from '../prefs/settings';

export interface ListingModule {
  start(ctx: ContentScriptContext, stored: Record<string, unknown>): Promise<void>;
}

const ABS_LINK = /\/abs\/(\d{4}\.\d{4,5}|[a-z]+(?:-[a-z]+)?(?:\.[A-Za-z-]+)?\/\d{7})(?:v\d+)?\/?\s*$/;

/** Every ID an entry's term links to (`dt a[href*="/abs/"]`), without its version. */
export function linkedIds(doc: ParentNode): string[] {
  const ids = new Set<string>();
  for (const a of doc.querySelectorAll('dt a[href*="/abs/"]')) {
    const id = ABS_LINK.exec(a.getAttribute('href') ?? '')?.[1];
    if (id) ids.add(id);
  }
  return [...ids];
}

export async function bootListing(
  ctx: ContentScriptContext,
  load: () => Promise<ListingModule>,
  area: Pick<typeof browser.storage.local, 'get'> = browser.storage.local,
  doc: ParentNode = document,
): Promise<void> {
  const ids = linkedIds(doc);
  if (!ids.length) return;
  const stored = await area.get([...ids.map(entryKey), LOOKUP_KEY, ...SETTINGS_STORAGE_KEYS]);
  if (lookupReady(stored[LOOKUP_KEY], browser.runtime.getManifest().version) && !ids.some((id) => stored[entryKey(id)] !== undefined)) return;
  if (ctx.isInvalid) return;
  await (await load()).start(ctx, stored);
}
