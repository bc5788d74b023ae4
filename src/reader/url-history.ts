/**
 * The reader's state in the address bar: every navigation is a history entry (the back button walks
 * back through days, searches and opened results) and a reload shows the same view.
 */
import { parseReaderUrl, readerQuery, type ReaderState } from '../pages/reader-url';

export interface UrlHistory {
  read(): ReaderState;
  push(state: ReaderState): void;
  replace(state: ReaderState): void;
  /** Back / forward: calls back with the state of the entry now shown. */
  listen(cb: (state: ReaderState) => void): () => void;
}

type HistoryWindow = Pick<Window, 'location' | 'history' | 'addEventListener' | 'removeEventListener'>;

export function browserHistory(win: HistoryWindow = window): UrlHistory {
  const read = () => parseReaderUrl(win.location.search, win.location.hash);
  // The path is kept so an empty state clears the query instead of leaving the old one.
  const url = (state: ReaderState) => `${win.location.pathname}${readerQuery(state)}`;
  return {
    read,
    push: (state) => win.history.pushState(null, '', url(state)),
    replace: (state) => win.history.replaceState(null, '', url(state)),
    listen(cb) {
      const listener = () => cb(read());
      win.addEventListener('popstate', listener);
      return () => win.removeEventListener('popstate', listener);
    },
  };
}
