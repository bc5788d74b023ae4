import type { Bullet } from '../digest/schema';
import { bulletView, type BulletPart, type SubList } from '../model/bullet-parts';
import type { Lang } from '../prefs/schema';

/** Summary bullets as text; only the parts `bulletView` makes links become links. */
export function Bullets({ bullets, lang, class: cls }: { bullets: readonly Bullet[]; lang: Lang; class?: string }) {
  return (
    <ul class={`dp-bullets ${cls ?? ''}`} lang={lang}>
      {bullets.map((b, i) => {
        const { parts, lists } = bulletView(b);
        return (
          <li key={i}>
            {parts.map(partNode)}
            {lists.map(subList)}
          </li>
        );
      })}
    </ul>
  );
}

function subList({ ordered, start, items }: SubList, key: number) {
  const list = items.map((parts, i) => <li key={i}>{parts.map(partNode)}</li>);
  return ordered ? (
    <ol key={key} class="dp-sub" start={start}>
      {list}
    </ol>
  ) : (
    <ul key={key} class="dp-sub">
      {list}
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
    default:
      return p.text;
  }
}
