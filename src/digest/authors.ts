/**
 * The text after `Authors:`. Two spellings occur: `A, B, C` (most days) and, in October 2024, a Python
 * list literal `['A', 'B']` (the repr of a list of str: single quotes, or double quotes around a name
 * with an apostrophe, backslash escapes). Names are kept as written; a malformed list is an error, never
 * a guess.
 */
export type AuthorsResult = { ok: true; authors: string[] } | { ok: false; message: string };

export function parseAuthors(text: string): AuthorsResult {
  const t = text.trim();
  const list = t.startsWith('[') ? parsePythonList(t) : { ok: true as const, authors: t.split(',').map((a) => a.trim()) };
  if (!list.ok) return list;
  const authors = list.authors.filter((a) => a.trim() !== '');
  if (authors.length === 0) return { ok: false, message: 'Authors: line lists no author' };
  return { ok: true, authors };
}

const ESCAPES: Record<string, string> = { '\\': '\\', "'": "'", '"': '"' };

function parsePythonList(t: string): AuthorsResult {
  const bad = (why: string): AuthorsResult => ({ ok: false, message: `Authors: list ${why}: expected ['Name', 'Name', …]` });
  const out: string[] = [];
  let i = 1;
  const skipSpace = () => {
    while (t[i] === ' ') i++;
  };
  skipSpace();
  if (t[i] === ']') return i === t.length - 1 ? { ok: true, authors: [] } : bad('has text after "]"');
  for (;;) {
    skipSpace();
    const quote = t[i];
    if (quote !== "'" && quote !== '"') return bad(`has an unquoted name (name ${out.length + 1})`);
    let name = '';
    for (i++; ; i++) {
      const c = t[i];
      if (c === undefined) return bad(`has an unterminated name (name ${out.length + 1})`);
      if (c === quote) break;
      if (c === '\\') {
        const e = ESCAPES[t[i + 1] ?? ''];
        if (e === undefined) return bad(`has an unknown escape \\${t[i + 1] ?? ''} (name ${out.length + 1})`);
        name += e;
        i++;
      } else {
        name += c;
      }
    }
    i++;
    out.push(name.trim());
    skipSpace();
    if (t[i] === ',') {
      i++;
      continue;
    }
    if (t[i] === ']' && i === t.length - 1) return { ok: true, authors: out };
    return bad(`needs "," or a final "]" after name ${out.length}`);
  }
}
