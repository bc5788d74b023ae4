import type { Bullet } from '../digest/schema';
import type { Lang } from '../prefs/schema';
import { isSafeLink } from './safe-link';

/** Summary bullets as text; http(s) URL segments become links, anything else stays text. */
export function Bullets({ bullets, lang, class: cls }: { bullets: readonly Bullet[]; lang: Lang; class?: string }) {
  return (
    <ul class={`dp-bullets ${cls ?? ''}`} lang={lang}>
      {bullets.map((b, i) => (
        <li key={i}>
          {b.map((s, j) =>
            typeof s === 'string' ? (
              s
            ) : isSafeLink(s.url) ? (
              <a key={j} href={s.url} target="_blank" rel="noopener noreferrer">
                {s.url}
              </a>
            ) : (
              s.url
            ),
          )}
        </li>
      ))}
    </ul>
  );
}
