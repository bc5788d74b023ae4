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

/** The browser's own command for the toolbar button: described in the page's language, not the browser's. */
const OPEN_POPUP = new Set(['_execute_action', '_execute_browser_action']);

export function shortcutRows(commands: readonly Command[], openPopup: string): ShortcutRow[] {
  return commands.map((c, i) => ({
    key: c.name ?? String(i),
    action: c.name && OPEN_POPUP.has(c.name) ? openPopup : c.description || c.name || '',
    ...(c.shortcut ? { shortcut: c.shortcut } : {}),
  }));
}
