import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../prefs/schema';
import type { IndexStatus } from './index-feeder';
import type { SearchAnswer, SearchClient } from './search-client';

export type SearchView =
  | { status: 'none' }
  /** A query, but the index is still being built (or failed: see the index status). */
  | { status: 'waiting' }
  /** Asked; `previous` is the last answer, shown meanwhile so the list does not flicker while typing. */
  | { status: 'searching'; previous?: SearchAnswer }
  | { status: 'done'; answer: SearchAnswer }
  | { status: 'failed'; error: string };

/**
 * Runs `query` against the worker's index whenever the query, the language (snippets prefer the
 * reader's language), the number of results wanted or the index changes. Only the newest answer lands.
 */
export function useSearch(client: SearchClient, index: IndexStatus, query: string, lang: Lang, limit: number, onAnswer?: (a: SearchAnswer) => void): SearchView {
  const [view, setView] = useState<SearchView>({ status: 'none' });
  const blank = !query.trim();
  const ready = index.ready?.generation;

  useEffect(() => {
    if (blank) {
      setView({ status: 'none' });
      return;
    }
    if (ready === undefined) {
      setView({ status: 'waiting' });
      return;
    }
    let live = true;
    setView((v) => ({ status: 'searching', previous: v.status === 'done' ? v.answer : v.status === 'searching' ? v.previous : undefined }));
    client.search(query, { limit, lang }).then(
      (answer) => {
        if (!live) return;
        setView({ status: 'done', answer });
        onAnswer?.(answer);
      },
      (e: unknown) => live && setView({ status: 'failed', error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
    // onAnswer is a sink for measurements: a new function identity must not run the search again.
  }, [client, query, blank, lang, limit, ready]);

  return view;
}
