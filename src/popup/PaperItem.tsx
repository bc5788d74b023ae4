import { useState } from 'preact/hooks';
import { absUrl } from '../arxiv/id';
import type { Paper } from '../digest/schema';
import type { Strings } from '../i18n/strings';
import type { Lang } from '../prefs/schema';
import { shortAuthors } from '../model/authors';
import { Bullets } from '../pages/Bullets';
import { summaryFor } from '../model/summary-view';

export interface PaperItemProps {
  paper: Paper;
  lang: Lang;
  s: Strings;
  current: boolean;
  onOpen: (url: string, event: MouseEvent) => void;
}

export function PaperItem({ paper, lang, s, current, onOpen }: PaperItemProps) {
  const [open, setOpen] = useState(false);
  const [allAuthors, setAllAuthors] = useState(false);
  const view = summaryFor(paper, lang);
  const bullets = open ? view.summary.bullets : view.summary.bullets.slice(0, 1);
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
      </div>
      <div id={bodyId}>
        {view.fallback && <p class="pp-note">{s.noEnglish}</p>}
        <Bullets bullets={bullets} lang={view.lang} />
        {open && view.summary.translated && <p class="pp-note">{s.translatedNote}</p>}
      </div>
      {view.summary.bullets.length > 1 && (
        <button type="button" class="pp-toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
          {open ? s.showLess : `${s.showAll} (${view.summary.bullets.length})`}
        </button>
      )}
    </li>
  );
}
