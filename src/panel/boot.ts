/**
 * What the content script of abs and HTML pages runs on every page (the manifest loads only this): one
 * storage read for the paper the URL names, and nothing more when the digests do not have it — most pages
 * a reader opens, since the digests end in May 2025. Only for a known paper (or while the lookup table is
 * being filled) is the panel's code loaded (src/panel/panel-module.ts) and handed that first read.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { entryKey, LOOKUP_KEY, lookupReady } from '../model/lookup-entry';
import { SETTINGS_STORAGE_KEYS } from '../prefs/settings';
import { translationKey } from '../translate/record';

export type PanelKind = 'abs' | 'html';

/** The one storage read: the paper's entry, its English made on this device, the table's marker, the settings. */
export function firstReadKeys(id: string): string[] {
  return [entryKey(id), translationKey(id), LOOKUP_KEY, ...SETTINGS_STORAGE_KEYS];
}

export interface FirstRead {
  id: string;
  stored: Record<string, unknown>;
}

export interface PanelOptions {
  /** Ask the background for this tab's toolbar badge once the page has loaded (Chrome: see badge-request.ts). */
  askBadge?: boolean;
}

export interface PanelModule {
  start(ctx: ContentScriptContext, kind: PanelKind, first: FirstRead | undefined, options: PanelOptions): Promise<void>;
}

/** New-style IDs (`2311.12983`), old-style ones (`hep-th/9901001`, `math.GT/0309136`), a version or not. */
export const ID = String.raw`(\d{4}\.\d{4,5}|[a-z]+(?:-[a-z]+)?(?:\.[A-Za-z-]+)?\/\d{7})(?:v\d+)?`;
const PATHS: Record<PanelKind, RegExp> = { abs: new RegExp(`^/abs/${ID}/?$`), html: new RegExp(`^/html/${ID}(?:/|$)`) };

/**
 * The ID the URL names, read loosely (the panel's code reads the page properly). `sure`: the page cannot
 * name another paper, so a miss means there is nothing to show — false for an old-style ID with a subject
 * class (`math.GT/0309136`, whose page names `math/0309136`) and for a URL without an ID.
 */
export function urlId(kind: PanelKind, pathname: string): { id?: string; sure: boolean } {
  const id = PATHS[kind].exec(pathname)?.[1];
  return id ? { id, sure: !/^[a-z-]+\./.test(id) } : { sure: false };
}

export async function bootPanel(
  ctx: ContentScriptContext,
  kind: PanelKind,
  options: PanelOptions,
  load: () => Promise<PanelModule>,
  area: Pick<typeof browser.storage.local, 'get'> = browser.storage.local,
): Promise<void> {
  const { id, sure } = urlId(kind, location.pathname);
  let first: FirstRead | undefined;
  if (id) {
    const stored = await area.get(firstReadKeys(id));
    if (sure && stored[entryKey(id)] === undefined && lookupReady(stored[LOOKUP_KEY], browser.runtime.getManifest().version)) return;
    first = { id, stored };
  }
  if (ctx.isInvalid) return;
  await (await load()).start(ctx, kind, first, options);
}
