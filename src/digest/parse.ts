/**
 * Parser for the "Daily Papers" digest markdown. Pure (no Node or browser APIs) so the same code
 * compiles the bundled data at build time and will read digests a user imports.
 *
 *   ## Daily Papers (2023-11-23)
 *   ### [Title](https://arxiv.org/abs/2311.12983)
 *   ![](https://…/teaser.png)
 *   Authors: A, B, C
 *   - bullet (Korean)
 */
import { arxivRefFromUrl } from '../arxiv/url';
import type { InputError } from './errors';
import { parseInline } from './inline';
import { daySchema, describeIssues, httpUrlSchema, isIsoDate, type Day, type Paper } from './schema';

export type ParseResult = { ok: true; day: Day } | { ok: false; errors: InputError[] };

const DAY_HEADER = /^##\s+(.+?)\s*\((.*)\)\s*$/;
const PAPER_HEADING = /^###\s+(.*)$/;
const LINKED_TITLE = /^\[(.+)\]\(\s*(\S+?)\s*\)\s*$/;
const IMAGE = /^!\[[^\]]*\]\(\s*(\S*?)\s*\)\s*$/;
const AUTHORS = /^Authors\s*:(.*)$/i;
const BULLET = /^[-*]\s?(.*)$/;

interface Draft {
  line: number;
  id: string;
  title: string;
  authors?: string[];
  image?: string;
  bullets: string[];
}

export function parseDigest(text: string): ParseResult {
  const errors: InputError[] = [];
  const err = (line: number, message: string) => errors.push({ line, message });
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);

  let date: string | undefined;
  let sawHeader = false;
  let title: string | undefined;
  const drafts: Draft[] = [];
  let current: Draft | undefined;
  // A heading that failed to parse: its body lines are skipped so one mistake gives one error.
  let skipping = false;

  lines.forEach((raw, i) => {
    const n = i + 1;
    const line = raw.trim();
    if (line === '') return;

    const paperHeading = PAPER_HEADING.exec(line);
    if (paperHeading) {
      current = undefined;
      skipping = true;
      const linked = LINKED_TITLE.exec(paperHeading[1]!.trim());
      if (!linked) return err(n, 'paper heading without an arXiv link: expected ### [Title](https://arxiv.org/abs/ID)');
      const ref = arxivRefFromUrl(linked[2]!);
      if (!ref) return err(n, `invalid arXiv ID in link ${JSON.stringify(linked[2])}`);
      const dup = drafts.find((d) => d.id === ref.id);
      if (dup) return err(n, `duplicate ID ${ref.id} (first at line ${dup.line})`);
      current = { line: n, id: ref.id, title: linked[1]!.trim(), bullets: [] };
      drafts.push(current);
      skipping = false;
      return;
    }

    const dayHeader = DAY_HEADER.exec(line);
    if (dayHeader && !line.startsWith('###')) {
      if (sawHeader) return err(n, 'second day header: one digest file holds one day');
      sawHeader = true;
      const d = dayHeader[2]!.trim();
      if (!isIsoDate(d)) return err(n, `bad date ${JSON.stringify(d)}: expected YYYY-MM-DD`);
      date = d;
      title = dayHeader[1]!.trim();
      return;
    }

    if (skipping) return;
    if (!current) return err(n, `unexpected text before the first paper heading: ${preview(line)}`);

    const image = IMAGE.exec(line);
    if (image) {
      if (current.image !== undefined) return err(n, 'second teaser image for one paper');
      if (!httpUrlSchema.safeParse(image[1]).success) return err(n, `teaser image must be an http(s) URL`);
      current.image = image[1]!;
      return;
    }
    const authors = AUTHORS.exec(line);
    if (authors) {
      if (current.authors) return err(n, 'second Authors: line for one paper');
      const list = authors[1]!.split(',').map((a) => a.trim()).filter(Boolean);
      if (list.length === 0) return err(n, 'Authors: line lists no author');
      current.authors = list;
      return;
    }
    const bullet = BULLET.exec(line);
    if (bullet) {
      const body = bullet[1]!.trim();
      if (!body) return err(n, 'empty bullet');
      current.bullets.push(body);
      return;
    }
    err(n, `unexpected line (not an image, Authors: or "- " bullet): ${preview(line)}`);
  });

  if (!sawHeader) err(1, 'missing day header: expected ## Daily Papers (YYYY-MM-DD)');
  if (drafts.length === 0 && !errors.some((e) => e.message.startsWith('paper heading') || e.message.startsWith('invalid'))) {
    err(lines.length, 'no papers: expected ### [Title](https://arxiv.org/abs/ID) headings');
  }
  for (const d of drafts) {
    if (!d.authors) err(d.line, `paper ${d.id} has no Authors: line`);
    if (d.bullets.length === 0) err(d.line, `paper ${d.id} has an empty summary (no "- " bullets)`);
  }
  if (errors.length) return { ok: false, errors: errors.sort((a, b) => a.line - b.line) };

  const day = {
    date: date!,
    title: title!,
    papers: drafts.map(
      (d): Paper => ({
        id: d.id,
        title: d.title,
        authors: d.authors!,
        ...(d.image ? { image: d.image } : {}),
        summary: { ko: { bullets: d.bullets.map(parseInline), translated: false } },
      }),
    ),
  };
  const checked = daySchema.safeParse(day);
  if (!checked.success) return { ok: false, errors: describeIssues(checked.error).map((message) => ({ line: 1, message })) };
  return { ok: true, day: checked.data };
}

function preview(s: string): string {
  return JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}…` : s);
}
