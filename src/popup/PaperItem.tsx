import { useState } from 'preact/hooks';
import { absUrl } from '../arxiv/id';
import type { Paper } from '../digest/schema';
import type { Strings } from '../i18n/strings';
import { shortAuthors } from '../model/authors';
import { summaryFor } from '../model/summary-view';
import { Bullets } from '../pages/Bullets';
import { CopyActions } from '../pages/CopyActions';
import { EnglishLabel, EnglishStatus } from '../pages/English';
import type { StatusLine } from '../i18n/english-strings';
import type { DeviceEnglish } from '../translate/record';
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
  /** English made on this device for this paper, when there is. */
  device?: DeviceEnglish;
  /** This paper's own translation failed: the line that says so, with its retry. */
  line?: StatusLine;
  /** The status line's button (a click: a download may start). */
  onAction?: () => void;
}

export function PaperItem({ paper, date, lang, s, terms, current, onOpen, device, line, onAction = () => undefined }: PaperItemProps) {
  const [open, setOpen] = useState(false);
  const [allAuthors, setAllAuthors] = useState(false);
  const [korean, setKorean] = useState(false);
  const showingKorean = korean && lang === 'en' && !!(paper.summary.en || device);
  const view = summaryFor(paper, showingKorean ? 'ko' : lang, device);
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
        {/* Where the English stands is said once, above the list; here only this paper's own failure. */}
        {view.fallback && line && <EnglishStatus line={line} onAction={onAction} class="pp-note" />}
        {otherLanguageOnly && <p class="pp-note pp-match-note">{s.otherLangMatch}</p>}
        <Bullets bullets={bullets} lang={view.lang} />
        {/* Wherever English is shown, it says whose it is (and its translator's note). */}
        <EnglishLabel view={view} showingKorean={showingKorean} s={s} onToggle={() => setKorean(!korean)} class="pp-note pp-translated" />
      </div>
      {all.length > 1 && (
        <button type="button" class="pp-toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
          {open ? s.showLess : `${s.showAll} (${all.length})`}
        </button>
      )}
      <CopyActions hit={{ paper, date }} lang={view.lang} s={s} {...(view.source === 'device' && device ? { device } : {})} />
    </li>
  );
}
