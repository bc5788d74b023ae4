import type { Bullet } from '../digest/schema';
import { bulletParts } from '../model/bullet-parts';
import type { Lang } from '../prefs/schema';

/** Summary bullets as text; only the parts `bulletParts` makes links become links. */
export function Bullets({ bullets, lang, class: cls }: { bullets: readonly Bullet[]; lang: Lang; class?: string }) {
  return (
    <ul class={`dp-bullets ${cls ?? ''}`} lang={lang}>
      {bullets.map((b, i) => (
        <li key={i}>
          {bulletParts(b).map((p, j) =>
            p.kind === 'link' ? (
              <a key={j} href={p.href} target="_blank" rel="noopener noreferrer">
                {p.text}
              </a>
            ) : (
              p.text
            ),
          )}
        </li>
      ))}
    </ul>
  );
}
