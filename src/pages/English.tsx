import type { StatusLine } from '../i18n/english-strings';
import type { PanelStrings } from '../i18n/panel-strings';
import type { SummaryView } from '../model/summary-view';

/** Where a request for English stands, with its button (download, translate, try again) when there is one. */
export function EnglishStatus({ line, onAction, class: cls }: { line: StatusLine; onAction: () => void; class: string }) {
  if (!line.text) return null;
  return (
    <p class={`${cls} dp-english-status`} role="status" data-busy={line.busy ? '' : undefined}>
      {line.text}
      {line.progress !== undefined && <progress max={1} value={line.progress} aria-hidden="true" />}
      {line.action && (
        <>
          {' '}
          <button type="button" class="dp-link-btn dp-english-action" onClick={onAction}>
            {line.action}
          </button>
        </>
      )}
    </p>
  );
}

/**
 * The label under English (made on this device, or the reader's own translation) with the click that shows
 * this paper's Korean; and, once the Korean is shown, the click that brings the English back.
 */
export function EnglishLabel({ view, showingKorean, s, onToggle, class: cls }: { view: SummaryView; showingKorean: boolean; s: PanelStrings; onToggle: () => void; class: string }) {
  if (!view.source && !showingKorean) return null;
  const text = showingKorean ? s.koreanShown : `${view.source === 'device' ? s.deviceNote : s.yoursNote}${view.summary.note ? ` ${s.translatorNote}: ${view.summary.note}` : ''}`;
  return (
    <p class={`${cls} dp-translated`}>
      {text}{' '}
      <button type="button" class="dp-link-btn dp-english-toggle" onClick={onToggle}>
        {showingKorean ? s.showEnglish : s.showKorean}
      </button>
    </p>
  );
}
