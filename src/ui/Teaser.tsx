import type { PanelStrings } from '../i18n/panel-strings';

export interface TeaserProps {
  src: string;
  title: string;
  shown: boolean;
  failed: boolean;
  onToggle: (show: boolean) => void;
  onError: () => void;
  s: PanelStrings;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/**
 * The teaser image lives on a third-party CDN, so nothing is requested until the user asks.
 * A failed load hides the image and says so, instead of showing a broken-image icon.
 */
export function Teaser({ src, title, shown, failed, onToggle, onError, s }: TeaserProps) {
  return (
    <div class="dp-teaser">
      <button type="button" class="dp-link-btn" aria-expanded={shown} onClick={() => onToggle(!shown)}>
        {shown ? s.hideTeaser : s.showTeaser}
      </button>
      {!shown && <span class="dp-hint">{s.teaserHint(hostOf(src))}</span>}
      {shown && !failed && (
        <img src={src} alt={s.teaserAlt(title)} loading="lazy" referrerpolicy="no-referrer" decoding="async" onError={onError} />
      )}
      {shown && failed && <p class="dp-hint" role="status">{s.teaserFailed}</p>}
    </div>
  );
}
