/**
 * The source text of every bullet of a digest, cut out by plain text rules and independently of the parser:
 * from after `- ` to the end of the last line that continues it (any non-blank line right below that is
 * not a bullet, heading, image, video, Vote: or Authors: line). The byte-identity tests compare the
 * parsed bullets, turned back into source by `bulletSource`, with these.
 */
const NOT_CONTINUATION = /^(- |#|!\[|\[Watch Video\]|<|Vote:|Authors:)/;

export function sourceBullets(text: string): string[] {
  const out: string[] = [];
  let current: string | undefined;
  const end = () => {
    if (current !== undefined) out.push(current);
    current = undefined;
  };
  for (const line of text.split('\n')) {
    if (line.startsWith('- ')) {
      end();
      current = line.slice(2);
    } else if (current !== undefined && line.trim() !== '' && !NOT_CONTINUATION.test(line)) {
      current += `\n${line}`;
    } else {
      end();
    }
  }
  end();
  return out;
}
