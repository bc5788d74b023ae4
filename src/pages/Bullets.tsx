import type { Bullet } from '../digest/schema';
import { bulletParts, type BulletPart } from '../model/bullet-parts';
import type { Lang } from '../prefs/schema';

/** Summary bullets as text; only the parts `bulletParts` makes links become links. */
export function Bullets({ bullets, lang, class: cls }: { bullets: readonly Bullet[]; lang: Lang; class?: string }) {
  return (
    <ul class={`dp-bullets ${cls ?? ''}`} lang={lang}>
      {bullets.map((b, i) => (
        <li key={i}>
          {bulletParts(b).map(partNode)}
        </li>
      ))}
    </ul>
  );
}

function partNode(p: BulletPart, key: number) {
  switch (p.kind) {
    case 'link':
      return (
        <a key={key} href={p.href} target="_blank" rel="noopener noreferrer">
          {p.text}
        </a>
      );
    case 'bold':
      return <strong key={key}>{p.text}</strong>;
    case 'em':
      return <em key={key}>{p.text}</em>;
    case 'label':
      return (
        <strong key={key} class="dp-label">
          {p.text}
        </strong>
      );
    case 'code':
      return <code key={key}>{p.text}</code>;
    case 'break':
      return <br key={key} />;
    case 'list': {
      const List = p.ordered ? 'ol' : 'ul';
      return (
        <List key={key} class="dp-sub" start={p.start}>
          {p.items.map((item, i) => (
            <li key={i}>{item.map(partNode)}</li>
          ))}
        </List>
      );
    }
    default:
      return p.text;
  }
}
