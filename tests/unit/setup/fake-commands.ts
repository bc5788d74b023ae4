/**
 * wxt's fakeBrowser has no `commands.onCommand` (adding a listener throws), so every test that starts the
 * background would fail. This gives it an in-memory event, emptied by `fakeBrowser.reset()`, that a test fires
 * like a pressed shortcut: `await fakeCommands.trigger('toggle-language')`.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Listener = (command: string) => unknown;
const listeners = new Set<Listener>();

export const fakeCommands = {
  addListener: (l: Listener) => void listeners.add(l),
  removeListener: (l: Listener) => void listeners.delete(l),
  hasListener: (l: Listener) => listeners.has(l),
  hasListeners: () => listeners.size > 0,
  trigger: (command: string) => Promise.all([...listeners].map((l) => l(command))),
};

Object.assign(fakeBrowser.commands, { onCommand: fakeCommands });
const reset = fakeBrowser.reset.bind(fakeBrowser);
fakeBrowser.reset = () => {
  listeners.clear();
  reset();
};
