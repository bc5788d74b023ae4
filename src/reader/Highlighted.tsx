import type { Range } from '../search';
import { highlightParts } from './highlight';

/** Text with the matched ranges in <mark>: text nodes only, whatever the text holds. */
export function Highlighted({ text, ranges }: { text: string; ranges: readonly Range[] }) {
  return (
    <>
      {highlightParts(text, ranges).map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : p.text))}
    </>
  );
}
