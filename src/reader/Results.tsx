import { useMemo } from 'preact/hooks';
import { absUrl } from '../arxiv/id';
import { formatDay, type ReaderStrings } from '../i18n/reader-strings';
import { shortAuthors } from '../model/authors';
import { readerQuery } from '../pages/reader-url';
import type { Lang } from '../prefs/schema';
import { highlightRanges, type SearchResult } from '../search';
import { dayCount, groupByDay } from './group';
import { Highlighted } from './Highlighted';
import type { SearchAnswer } from './search-client';

interface ResultsProps {
  s: ReaderStrings;
  lang: Lang;
  answer: SearchAnswer;
  /** The answer is for an earlier query (a newer one is on its way). */
  stale: boolean;
  onOpen: (date: string, id: string) => void;
  onOpenDay: (date: string) => void;
  onMore: () => void;
  onKeyDown: (e: KeyboardEvent) => void;
}

/** A plain click is handled by the page (history entry, no reload); modified clicks keep the browser's behaviour. */
function ownClick(e: MouseEvent, then: () => void) {
  if (e.ctrlKey || e.metaKey || e.shiftKey || e.altKey || e.button !== 0) return;
  e.preventDefault();
  then();
}

export function Results({ s, lang, answer, stale, onOpen, onOpenDay, onMore, onKeyDown }: ResultsProps) {
  const { response } = answer;
  const runs = useMemo(() => groupByDay(response.results), [response]);
  const days = useMemo(() => dayCount(response.results), [response]);
  const shown = response.results.length;
  return (
    <section class="rd-results" aria-labelledby="rd-results-title" aria-busy={stale}>
      <h2 id="rd-results-title" class="rd-results-title">
        {s.resultsHeading}
      </h2>
      <p class="rd-count" role="status">
        {shown === 0 ? s.noMatches(answer.query.trim()) : `${s.showing(shown, response.total)} · ${s.fromDays(days)}`}
      </p>
      {/* One keydown handler for the whole list: arrows move between the results' links. */}
      <div class="rd-runs" onKeyDown={onKeyDown}>
        {runs.map((run) => (
          <div class="rd-run" key={`${run.start}`}>
            <h3 class="rd-run-day">
              <a href={readerQuery({ date: run.date })} onClick={(e) => ownClick(e, () => onOpenDay(run.date))}>
                {formatDay(run.date, lang)}
              </a>
            </h3>
            <ol class="rd-result-list" start={run.start + 1}>
              {run.results.map((r) => (
                <ResultItem key={`${r.date}/${r.id}`} r={r} s={s} lang={lang} terms={response.terms} onOpen={onOpen} />
              ))}
            </ol>
          </div>
        ))}
      </div>
      {shown < response.total && (
        <button type="button" class="rd-more" onClick={onMore}>
          {s.showMore}
        </button>
      )}
    </section>
  );
}

function ResultItem({ r, s, lang, terms, onOpen }: { r: SearchResult; s: ReaderStrings; lang: Lang; terms: string[]; onOpen: (date: string, id: string) => void }) {
  const { shown, hidden } = shortAuthors(r.authors);
  const snippetLang = r.snippet.field === 'ko' ? 'ko' : 'en';
  // Say where the match is when the snippet is not from the summary in the reader's language.
  const where = r.snippet.field === lang ? undefined : s.matchedIn[r.snippet.field];
  return (
    <li class="rd-result" data-date={r.date} data-id={r.id}>
      <a class="rd-result-title" href={readerQuery({ date: r.date, id: r.id })} lang="en" onClick={(e) => ownClick(e, () => onOpen(r.date, r.id))}>
        <Highlighted text={r.title} ranges={highlightRanges(r.title, terms)} />
      </a>
      <p class="rd-result-meta">
        <span class="rd-id">arXiv:{r.id}</span>
        {r.authors.length > 0 && (
          <span lang="en">
            {shown.join(', ')}
            {hidden > 0 && ` ${s.moreAuthors(hidden)}`}
          </span>
        )}
        <a href={absUrl(r.id)} target="_blank" rel="noopener noreferrer" aria-label={`${s.arxivAbs}: ${r.title}`}>
          {s.arxivAbs}
        </a>
      </p>
      <p class="rd-snippet" lang={snippetLang}>
        {where && <span class="rd-where" lang={lang}>{where}: </span>}
        <Highlighted text={r.snippet.text} ranges={r.snippet.highlights} />
      </p>
    </li>
  );
}
