import { useState } from 'preact/hooks';
import { absUrl } from '../arxiv/id';
import type { Paper } from '../digest/schema';
import type { Strings } from '../i18n/strings';
import { shortAuthors } from '../model/authors';
import { summaryFor } from '../model/summary-view';
import { Bullets } from '../pages/Bullets';
import { CopyActions } from '../pages/CopyActions';
import type { Lang } from '../prefs/schema';
import { matchesShownText, matchingBullet } from './search';

export interface PaperItemProps {
  paper: Paper;
  /** The day shown: the credit line of a copied summary names it. */
  date: string;
  lang: Lang;
  s: Strings;
  /** The search terms (normalised); empty without a search. */
  terms: readonly string[];
  current: boolean;
  onOpen: (url: string, event: MouseEvent) => void;
}

export function PaperItem({ paper, date, lang, s, terms, current, onOpen }: PaperItemProps) {
  const [open, setOpen] = useState(false);
  const [allAuthors, setAllAuthors] = useState(false);
  const view = summaryFor(paper, lang);
  const all = view.summary.bullets;
  // Collapsed, the entry shows the bullet a search matched (else the first), so a match is never hidden.
  const match = matchingBullet(all, terms);
  const bullets = open ? all : all.slice(Math.max(match, 0), Math.max(match, 0) + 1);
  const otherLanguageOnly = terms.length > 0 && !matchesShownText(paper, all, terms);
  const { shown, hidden } = shortAuthors(paper.authors);
  const bodyId = `pp-sum-${paper.id.replace(/[^A-Za-z0-9]/g, '-')}`;
  const url = absUrl(paper.id);
  return (
    <li class={`pp-item${current ? ' pp-current' : ''}`} data-id={paper.id} aria-current={current ? 'true' : undefined}>
      {current && <span class="pp-badge">{s.currentPaper}</span>}
      <a class="pp-title" href={url} lang="en" onClick={(e) => onOpen(url, e)}>
        {paper.title}
      </a>
      <div class="pp-meta">
        <span class="pp-id">arXiv:{paper.id}</span>
        {paper.votes !== undefined && (
          <span class="pp-votes" title={s.votes(paper.votes)}>
            <span aria-hidden="true">▲ {paper.votes}</span>
            <span class="dp-sr">{s.votes(paper.votes)}</span>
          </span>
        )}
        {/* A link, not a player: nothing is requested from the video host until the reader clicks. */}
        {paper.video && (
          <a class="pp-video" href={paper.video} target="_blank" rel="noopener noreferrer">
            {s.watchVideo}
          </a>
        )}
        {paper.authors.length > 0 && (
          <span class="pp-authors" lang="en" title={paper.authors.join(', ')}>
            {allAuthors || hidden === 0 ? paper.authors.join(', ') : shown.join(', ')}
            {hidden > 0 && !allAuthors && (
              <>
                {' '}
                <button type="button" class="pp-more" onClick={() => setAllAuthors(true)} aria-label={`${s.moreAuthors(hidden)}: ${s.authors}`}>
                  {s.moreAuthors(hidden)}
                </button>
              </>
            )}
          </span>
        )}
      </div>
      <div id={bodyId}>
        {view.fallback && <p class="pp-note">{s.noEnglish}</p>}
        {otherLanguageOnly && <p class="pp-note pp-match-note">{s.otherLangMatch}</p>}
        <Bullets bullets={bullets} lang={view.lang} />
        {/* Wherever the English is shown, its translator's note is shown too. */}
        {view.summary.translated && (
          <p class="pp-note pp-translated">
            {s.translatedNote}
            {view.summary.note && ` ${s.translatorNote}: ${view.summary.note}`}
          </p>
        )}
      </div>
      {all.length > 1 && (
        <button type="button" class="pp-toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
          {open ? s.showLess : `${s.showAll} (${all.length})`}
        </button>
      )}
      <CopyActions hit={{ paper, date }} lang={lang} s={s} />
    </li>
  );
}
