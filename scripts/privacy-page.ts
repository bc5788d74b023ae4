/**
 * PRIVACY.md as a page of the extension (`privacy.html`), written at build time (wxt.config.ts), so the
 * options page links to the same text as the repository and the stores, offline, in both browsers: a `.md`
 * file opened from an extension is downloaded or shown as raw text depending on the browser.
 *
 * Only the markdown PRIVACY.md uses is read (headings `#`/`##`, paragraphs, `- ` lists, `code`, **bold**,
 * *emphasis*, links to https URLs or to a heading of the page); anything else fails the build with its line
 * rather than showing up as stray markup. No script: the page is text.
 */

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens (so the links work there too). */
export function headingSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

const HANGUL = /[\u3131-\u318e\uac00-\ud7a3]/;
const INLINE = /`([^`]+)`|\*\*(.+?)\*\*|\[([^\]]+)\]\(([^()\s]+)\)|\*([^*\s][^*]*)\*/g;

function inline(text: string, line: number, slugs: ReadonlySet<string>): string {
  let html = '';
  let at = 0;
  for (const m of text.matchAll(INLINE)) {
    html += escape(text.slice(at, m.index));
    at = m.index + m[0].length;
    const [, code, bold, label, href, em] = m;
    if (code !== undefined) html += `<code>${escape(code)}</code>`;
    else if (bold !== undefined) html += `<strong>${inline(bold, line, slugs)}</strong>`;
    else if (em !== undefined) html += `<em>${inline(em, line, slugs)}</em>`;
    else {
      const target = href!;
      if (target.startsWith('#')) {
        if (!slugs.has(decodeURIComponent(target.slice(1)))) throw new Error(`PRIVACY.md:${line}: link to a heading that does not exist: ${target}`);
        html += `<a href="${escape(target)}">${inline(label!, line, slugs)}</a>`;
      } else if (/^https:\/\/[^\s]+$/.test(target)) {
        html += `<a href="${escape(target)}" target="_blank" rel="noopener noreferrer">${inline(label!, line, slugs)}</a>`;
      } else throw new Error(`PRIVACY.md:${line}: only https links and links to a heading: ${target}`);
    }
  }
  const rest = text.slice(at);
  if (/[`*]|\]\(/.test(rest)) throw new Error(`PRIVACY.md:${line}: markup that is not read: ${rest.trim()}`);
  return html + escape(rest);
}

interface Block {
  kind: 'h1' | 'h2' | 'p' | 'li';
  text: string;
  line: number;
}

function blocks(markdown: string): Block[] {
  const out: Block[] = [];
  let open: Block | null = null;
  markdown.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (!raw.trim()) {
      open = null;
      return;
    }
    const heading = /^(#{1,2}) (.+)$/.exec(raw);
    if (heading) {
      out.push({ kind: heading[1] === '#' ? 'h1' : 'h2', text: heading[2]!.trim(), line });
      open = null;
    } else if (raw.startsWith('- ')) {
      open = { kind: 'li', text: raw.slice(2).trim(), line };
      out.push(open);
    } else if (/^(#|>|\||```|\d+[.)] |[*+] |<)/.test(raw.trimStart()) || (/^\s/.test(raw) && open?.kind !== 'li')) {
      throw new Error(`PRIVACY.md:${line}: markdown that is not read (only #/## headings, paragraphs, "- " lists): ${raw.trim()}`);
    } else if (open) {
      open.text += ` ${raw.trim()}`;
    } else {
      open = { kind: 'p', text: raw.trim(), line };
      out.push(open);
    }
  });
  return out;
}

const STYLE = `:root{color-scheme:light dark;font:16px/1.6 system-ui,sans-serif}
body{margin:0;padding:2em 1.5em}main{max-width:46em;margin:0 auto}
h1{font-size:1.6em;line-height:1.3;margin:1.6em 0 .6em}section:first-child h1{margin-top:0}h2{font-size:1.2em;margin:1.6em 0 .4em}
code{font:.92em ui-monospace,Menlo,Consolas,monospace}[lang="ko"]{word-break:keep-all}li+li{margin-top:.3em}`;

/** The page: one `<section>` per `#` heading, in Korean (`lang="ko"`) when its heading is. */
export function privacyPage(markdown: string): string {
  const list = blocks(markdown);
  const title = list[0]?.kind === 'h1' ? list[0].text : undefined;
  if (!title) throw new Error('PRIVACY.md:1: the file must start with a "# " title');
  const slugs = new Set(list.filter((b) => b.kind !== 'p' && b.kind !== 'li').map((b) => headingSlug(b.text)));
  let body = '';
  let inList = false;
  for (const b of list) {
    if (b.kind === 'li' && !inList) body += '<ul>';
    if (b.kind !== 'li' && inList) body += '</ul>';
    inList = b.kind === 'li';
    const html = inline(b.text, b.line, slugs);
    if (b.kind === 'h1') body += `${body ? '</section>' : ''}<section lang="${HANGUL.test(b.text) ? 'ko' : 'en'}"><h1 id="${escape(headingSlug(b.text))}">${html}</h1>`;
    else if (b.kind === 'h2') body += `<h2 id="${escape(headingSlug(b.text))}">${html}</h2>`;
    else body += `<${b.kind}>${html}</${b.kind}>`;
  }
  if (inList) body += '</ul>';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>${STYLE}</style>
</head>
<body><main>${body}</section></main></body>
</html>
`;
}
