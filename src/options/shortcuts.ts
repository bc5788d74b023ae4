import { shortcutOf } from '../model/shortcuts';
import type { Lang } from '../prefs/schema';

/** The extension's keyboard shortcuts as the browser reports them (`commands.getAll()`, no permission needed). */

export interface Command {
  name?: string;
  description?: string;
  shortcut?: string;
}

export interface ShortcutRow {
  key: string;
  action: string;
  /** Undefined: the reader has not set one (or the browser removed a clashing default). */
  shortcut?: string;
}

/**
 * The extension's own commands (src/model/shortcuts.ts) are described in the page's language, not the
 * browser's (which lists the manifest's description, and none for the toolbar button's command); any other
 * command keeps the description the browser reports.
 */
export function shortcutRows(commands: readonly Command[], lang: Lang): ShortcutRow[] {
  return commands.map((c, i) => ({
    key: c.name ?? String(i),
    action: (c.name && shortcutOf(c.name)?.label[lang]) || c.description || c.name || '',
    ...(c.shortcut ? { shortcut: c.shortcut } : {}),
  }));
}
