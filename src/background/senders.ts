/**
 * Who sent a runtime message, told from what the browser reports about the sender (never from the
 * message). The same rules hold in Chrome MV3 and Firefox MV2.
 */
import { isArxivHost } from '../arxiv/hosts';
import type { SenderKind } from '../messaging/protocol';

/** The fields of the browser's `runtime.MessageSender` the background reads. */
export interface Sender {
  /** The sending extension's ID. */
  id?: string;
  /** The URL of the sending document (the page a content script runs in, or the extension page). */
  url?: string;
  /** The sender's tab: a content script's, and an extension page's opened in a tab (options, reader). */
  tab?: { id?: number; url?: string };
}

/** This extension, as the browser names it: `runtime.id` and `runtime.getURL('/')`. */
export interface Self {
  id: string;
  /** The root of the extension's own pages, `chrome-extension://ID/` or `moz-extension://UUID/`. */
  root: string;
}

/**
 * An extension page is known by its URL, not by having no tab: the popup has none, but the options page,
 * the reader and `popup.html?tabId=N` (tests) live in tabs. A content script of ours runs only on arXiv's
 * hosts, in a tab. Anything else (another extension, a page of an unknown host, a sender without a URL)
 * is of no kind, and is refused everything.
 */
export function senderKind(sender: Sender, self: Self): SenderKind | undefined {
  if (!self.id || sender.id !== self.id || typeof sender.url !== 'string') return undefined;
  const root = self.root.endsWith('/') ? self.root : `${self.root}/`;
  if (sender.url.startsWith(root)) return 'extension-page';
  return sender.tab && isArxivPageUrl(sender.url) ? 'content-script' : undefined;
}

function isArxivPageUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'https:' || u.protocol === 'http:') && isArxivHost(u.hostname);
  } catch {
    return false;
  }
}

/** A sender kind in words, for the refusal's error text. */
export function describeSender(kind: SenderKind | undefined): string {
  if (kind === 'content-script') return 'a content script';
  if (kind === 'extension-page') return 'an extension page';
  return 'a sender that is neither a page nor a content script of this extension';
}
