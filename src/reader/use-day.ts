import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import { logError } from '../lib/log';
import type { Repository } from '../model/repository';
import { isTyping } from './list-keys';
import { loadDay, type LoadedDay } from './load-day';

export type DayState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; loaded: LoadedDay; askedAt: number };

/**
 * The day the reader shows: the one the URL names, or the newest, read again when the data changes (an
 * import) or on `retry`. Only the newest request may land. A day already there (`initial`) is the first
 * state, and is not asked for again.
 */
export function useDay(
  data: { repo: Repository },
  date: string | undefined,
  initial: { loaded: LoadedDay; askedAt: number } | undefined,
  now: () => number,
): { dayState: DayState; retry: () => void } {
  const [dayState, setDayState] = useState<DayState>(initial ? { status: 'ready', ...initial } : { status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const request = useRef(0);
  const haveInitial = useRef(!!initial);
  useEffect(() => {
    if (haveInitial.current) {
      haveInitial.current = false;
      return;
    }
    const mine = ++request.current;
    const askedAt = now();
    loadDay(data.repo, date).then(
      (loaded) => mine === request.current && setDayState({ status: 'ready', loaded, askedAt }),
      (e: unknown) => {
        logError('reader', e);
        if (mine === request.current) setDayState({ status: 'error', message: e instanceof Error ? e.message : String(e) });
      },
    );
  }, [data, date, attempt, now]);
  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  return { dayState, retry };
}

/** `/` anywhere but in a field: to the search box. */
export function useSlashToSearch(searchInput: RefObject<HTMLInputElement>): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      e.preventDefault();
      searchInput.current?.focus();
      searchInput.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [searchInput]);
}
