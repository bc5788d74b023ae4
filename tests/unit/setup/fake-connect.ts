/**
 * wxt's fakeBrowser has no `runtime.onConnect` either (adding a listener throws). This gives it an in-memory
 * event, emptied by `fakeBrowser.reset()`, and `fakeConnect.connect(name, sender)`: a pair of ports as a
 * surface would open one to the background (messages cross as structured clones, on a microtask).
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PortLike } from '../../../src/translate/client';

type Sender = { url?: string; id?: string; tab?: { id?: number } };
type Listener = (port: PortLike & { sender?: Sender }) => unknown;
const listeners = new Set<Listener>();

function event<T extends unknown[]>() {
  const ls = new Set<(...args: T) => void>();
  return { addListener: (l: (...args: T) => void) => void ls.add(l), fire: (...args: T) => ls.forEach((l) => l(...args)) };
}

interface End extends PortLike {
  other: End;
  connected: boolean;
  onMessage: ReturnType<typeof event<[unknown]>>;
  onDisconnect: ReturnType<typeof event<[]>>;
}

/** One end of a connection; `other` receives what it posts. */
function end(name: string): End {
  const onMessage = event<[unknown]>();
  const onDisconnect = event<[]>();
  const port: End = {
    name,
    other: undefined as unknown as End,
    connected: true,
    onMessage,
    onDisconnect,
    postMessage(m: unknown) {
      if (!port.connected) throw new Error('Attempting to use a disconnected port object');
      const copy = structuredClone(m);
      queueMicrotask(() => port.other.connected && port.other.onMessage.fire(copy));
    },
    disconnect() {
      if (!port.connected) return;
      port.connected = false;
      port.other.connected = false;
      queueMicrotask(() => port.other.onDisconnect.fire());
    },
  };
  return port;
}

export const fakeConnect = {
  addListener: (l: Listener) => void listeners.add(l),
  removeListener: (l: Listener) => void listeners.delete(l),
  hasListener: (l: Listener) => listeners.has(l),
  hasListeners: () => listeners.size > 0,
  /** The surface's end of a new connection; the background's listeners get the other end with `sender`. */
  // By default a content script of ours, as the browser reports it: our ID, an arXiv page, its tab.
  connect(name: string, sender: Sender = { url: 'https://arxiv.org/abs/2311.12983', id: fakeBrowser.runtime.id, tab: { id: 1 } }): PortLike {
    const a = end(name);
    const b = Object.assign(end(name), { sender });
    a.other = b;
    b.other = a;
    listeners.forEach((l) => l(b));
    return a;
  },
};

Object.assign(fakeBrowser.runtime, { onConnect: fakeConnect });
const reset = fakeBrowser.reset.bind(fakeBrowser);
fakeBrowser.reset = () => {
  listeners.clear();
  reset();
};
