import { absUrl } from '../arxiv/id';
import type { Paper } from '../digest/schema';
import type { ReaderStrings } from '../i18n/reader-strings';
import { summaryFor } from '../model/summary-view';
import { Bullets } from '../pages/Bullets';
import type { Lang } from '../prefs/schema';
import { Teaser } from './Teaser';
import { useState } from 'preact/hooks';
import type { StatusLine } from '../i18n/english-strings';
import { EnglishLabel, EnglishStatus } from '../pages/English';
import type { DeviceEnglish } from '../translate/record';

/** The element id of a paper's title link (the paper's own id is its arXiv ID, the URL's fragment). */
export function titleIdOf(id: string): string {
  return `t-${id.replace(/[^A-Za-z0-9.-]/g, '-')}`;
}

/** One paper of the day, in full: the newsletter's entry. */
interface PaperArticleProps {
  paper: Paper;
  lang: Lang;
  s: ReaderStrings;
  current: boolean;
  /** English made on this device for this paper, when there is. */
  device?: DeviceEnglish;
  /** This paper's own translation failed: the line that says so, with its retry. */
  line?: StatusLine;
  onAction?: () => void;
}

export function PaperArticle({ paper, lang, s, current, device, line, onAction = () => undefined }: PaperArticleProps) {
  const [korean, setKorean] = useState(false);
  const showingKorean = korean && lang === 'en' && !!(paper.summary.en || device);
  const view = summaryFor(paper, showingKorean ? 'ko' : lang, device);
  const titleId = titleIdOf(paper.id);
  return (
    <article id={paper.id} class={`rd-paper${current ? ' rd-current' : ''}`} aria-labelledby={titleId} data-id={paper.id}>
      <h3 class="rd-title">
        <a id={titleId} href={absUrl(paper.id)} lang="en" target="_blank" rel="noopener noreferrer">
          {paper.title}
        </a>
      </h3>
      <p class="rd-meta">
        <span class="rd-id">arXiv:{paper.id}</span>
        {paper.votes !== undefined && (
          <span class="rd-votes" title={s.votes(paper.votes)}>
            <span aria-hidden="true">▲ {paper.votes}</span>
            <span class="dp-sr">{s.votes(paper.votes)}</span>
          </span>
        )}
        {/* A link, not a player: nothing is requested from the video host until the reader clicks. */}
        {paper.video && (
          <a href={paper.video} target="_blank" rel="noopener noreferrer">
            {s.watchVideo}
          </a>
        )}
      </p>
      {paper.authors.length > 0 && (
        <p class="rd-authors" lang="en">
          <span class="dp-sr">{s.authors}: </span>
          {paper.authors.join(', ')}
        </p>
      )}
      {view.fallback && line && <EnglishStatus line={line} onAction={onAction} class="rd-note" />}
      <Bullets bullets={view.summary.bullets} lang={view.lang} />
      <EnglishLabel view={view} showingKorean={showingKorean} s={s} onToggle={() => setKorean(!korean)} class="rd-note" />
      {paper.image && <Teaser key={paper.image} image={paper.image} title={paper.title} s={s} />}
    </article>
  );
}
