import type { Paper } from '../digest/schema';
import { panelT } from '../i18n/panel-strings';
import type { Lang } from '../prefs/schema';
import { Bullets } from './Bullets';
import { LangSwitch } from './LangSwitch';
import { summaryFor } from './summary-view';
import { Teaser } from './Teaser';

export interface PanelProps {
  paper: Paper;
  date: string;
  lang: Lang;
  collapsed: boolean;
  showTeaser: boolean;
  teaserFailed: boolean;
  onLang: (lang: Lang) => void;
  onCollapsed: (collapsed: boolean) => void;
  onTeaser: (show: boolean) => void;
  onTeaserError: () => void;
}

/** The summary panel under the abstract on arXiv abs pages. */
export function Panel(p: PanelProps) {
  const s = panelT(p.lang);
  const view = summaryFor(p.paper, p.lang);
  return (
    <section class="dp-panel" aria-labelledby="dp-heading" lang={p.lang}>
      <header class="dp-head">
        <h2 id="dp-heading" class="dp-heading">
          {s.digestName} · <time dateTime={p.date}>{p.date}</time>
        </h2>
        <LangSwitch lang={p.lang} onChange={p.onLang} />
        <button
          type="button"
          class="dp-collapse"
          aria-expanded={!p.collapsed}
          aria-controls="dp-body"
          aria-label={p.collapsed ? s.expand : s.collapse}
          title={p.collapsed ? s.expand : s.collapse}
          onClick={() => p.onCollapsed(!p.collapsed)}
        >
          <span aria-hidden="true">{p.collapsed ? '▸' : '▾'}</span>
        </button>
      </header>
      <div id="dp-body" class="dp-body" hidden={p.collapsed}>
        <p class="dp-title" lang="en">{p.paper.title}</p>
        <p class="dp-authors" lang="en">{p.paper.authors.join(', ')}</p>
        {view.fallback && <p class="dp-note" role="note">{s.noEnglish}</p>}
        <Bullets bullets={view.summary.bullets} lang={view.lang} />
        {view.summary.translated && (
          <p class="dp-note dp-translated">
            {s.translatedNote}
            {view.summary.note && <> {s.translatorNote}: {view.summary.note}</>}
          </p>
        )}
        {p.paper.image && <Teaser src={p.paper.image} title={p.paper.title} shown={p.showTeaser} failed={p.teaserFailed} onToggle={p.onTeaser} onError={p.onTeaserError} s={s} />}
      </div>
    </section>
  );
}
