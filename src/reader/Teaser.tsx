import { useState } from 'preact/hooks';
import type { ReaderStrings } from '../i18n/reader-strings';

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/**
 * The teaser image on request, as in the panel: it lives on a third-party server, so no <img> (and no
 * request) exists until the reader asks, and the request carries no referrer.
 */
export function Teaser({ image, title, s }: { image: string; title: string; s: ReaderStrings }) {
  const [shown, setShown] = useState(false);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  return (
    <div class="rd-teaser">
      <button type="button" class="rd-link-btn" aria-expanded={shown} onClick={() => setShown(!shown)}>
        {shown ? s.hideTeaser : s.showTeaser}
      </button>
      {!shown && (
        <span class="rd-hint">
          {' '}
          {s.teaserHint} <span class="rd-host">{hostOf(image)}</span>
        </span>
      )}
      {shown && failed && (
        <p class="rd-hint" role="status">
          {s.teaserFailed}{' '}
          <button
            type="button"
            class="rd-link-btn"
            onClick={() => {
              setFailed(false);
              setAttempt(attempt + 1);
            }}
          >
            {s.retryTeaser}
          </button>
        </p>
      )}
      {shown && !failed && <img key={attempt} class="rd-teaser-img" src={image} alt={s.teaserAlt(title)} loading="lazy" decoding="async" referrerpolicy="no-referrer" onError={() => setFailed(true)} />}
    </div>
  );
}
