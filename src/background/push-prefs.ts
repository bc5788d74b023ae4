import { ABS_PAGE_MATCHES } from '../arxiv/abs-matches';
import type { PrefsChangedMessage } from '../data/messages';
import { panelPrefs, type PanelPrefValues } from '../prefs/items';

export interface TabsApi {
  query(q: { url: string[] }): Promise<{ id?: number }[]>;
  sendMessage(tabId: number, message: PrefsChangedMessage): Promise<unknown>;
}

/** The panel preferences a storage.onChanged event changed, validated; undefined when it changed none. */
export function panelPrefChanges(changes: Record<string, { newValue?: unknown }>, area: string): Partial<PanelPrefValues> | undefined {
  if (area !== 'local') return undefined;
  const out: Record<string, unknown> = {};
  for (const [field, pref] of Object.entries(panelPrefs)) {
    if (pref.key in changes) out[field] = pref.parse(changes[pref.key]!.newValue);
  }
  return Object.keys(out).length ? (out as Partial<PanelPrefValues>) : undefined;
}

/**
 * Tells every open abs tab about changed panel preferences. A tab without a panel (unknown paper, page
 * still loading, script from an older version) has no listener: its error is expected and ignored.
 * Host permissions are enough to find the tabs by URL (no `tabs` permission).
 */
export async function pushPrefChanges(tabs: TabsApi, changes: Partial<PanelPrefValues>): Promise<void> {
  const open = await tabs.query({ url: ABS_PAGE_MATCHES });
  const message: PrefsChangedMessage = { type: 'daily-papers:prefs-changed', changes };
  await Promise.all(open.map((t) => (t.id === undefined ? undefined : tabs.sendMessage(t.id, message).catch(() => undefined))));
}
