import { useEffect, useState } from 'preact/hooks';
import type { OptionsStrings } from '../i18n/options-strings';
import { logError } from '../lib/log';
import type { Lang } from '../prefs/schema';
import { shortcutRows, type Command } from './shortcuts';

export type BrowserKind = 'chrome' | 'firefox';

type State = { status: 'loading' } | { status: 'error' } | { status: 'ready'; commands: Command[] };

/** The extension's commands with their current keys, and where the browser lets the reader change them. */
export function ShortcutsSection({ s, lang, browser, loadCommands }: { s: OptionsStrings; lang: Lang; browser: BrowserKind; loadCommands: () => Promise<Command[]> }) {
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    loadCommands().then(
      (commands) => setState({ status: 'ready', commands }),
      (e: unknown) => {
        logError('reading shortcuts', e);
        setState({ status: 'error' });
      },
    );
  }, [loadCommands]);

  const rows = state.status === 'ready' ? shortcutRows(state.commands, lang) : [];
  return (
    <section class="op-section" aria-labelledby="op-keys-h">
      <h2 id="op-keys-h">{s.shortcutsHeading}</h2>
      {state.status === 'loading' && <p role="status">{s.loading}</p>}
      {state.status === 'error' && <p class="op-error-text">{s.shortcutsFailed}</p>}
      {state.status === 'ready' && rows.length === 0 && <p class="op-empty">{s.noShortcuts}</p>}
      {rows.length > 0 && (
        <table class="op-table op-keys" aria-labelledby="op-keys-h">
          <thead>
            <tr>
              <th scope="col">{s.colAction}</th>
              <th scope="col">{s.colShortcut}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.action}</th>
                <td>{r.shortcut ? <kbd>{r.shortcut}</kbd> : <span class="op-muted">{s.notSet}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {browser === 'firefox' ? (
        <p class="op-hint">{s.changeShortcutsFirefox}</p>
      ) : (
        <p class="op-hint">
          {s.changeShortcutsChrome} <code>chrome://extensions/shortcuts</code>
        </p>
      )}
    </section>
  );
}
