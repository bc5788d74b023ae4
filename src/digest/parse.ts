/**
 * Parser for the "Daily Papers" digest markdown. Pure (no Node or browser APIs) so the same code
 * compiles the bundled data at build time and will read digests a user imports.
 *
 *   ## Daily Papers (2023-11-23)
 *   ### [Title](https://arxiv.org/abs/2311.12983)
 *   ![](https://…/teaser.png)                       optional
 *   [Watch Video](https://…/v.mp4)                  optional, also `[Watch Video]https://…`
 *   <div><video controls src="https://…"></video></div>   optional, only this shape of HTML
 *   Vote: 17                                        optional (`Vote: -` is no count)
 *   Authors: A, B, C                                or Authors: ['A', 'B']; absent on a whole day only
 *   - bullet (Korean), with lines that continue it directly below
 *
 * Every line is one of these or an error naming its line: a file either reads completely or not at all.
 * Some things are accepted with a warning instead (a site-relative teaser is dropped, a repeated day heading).
 */
import { arxivRefFromUrl } from '../arxiv/url';
import { parseAuthors } from './authors';
import type { InputError } from './errors';
import { parseInline } from './inline';
import { daySchema, describeIssues, httpsUrlSchema, isIsoDate, type Day, type Paper } from './schema';
import { parseVideoLine } from './video';

export type WarningKind = 'relative-image' | 'repeated-heading';

export interface ParseWarning {
  line: number;
  kind: WarningKind;
  message: string;
}

export type ParseResult = { ok: true; day: Day; warnings: ParseWarning[] } | { ok: false; errors: InputError[] };

const DAY_HEADER = /^##\s+(.+?)\s*\((.*)\)\s*$/;
const PAPER_HEADING = /^###\s+(.*)$/;
const LINKED_TITLE = /^\[(.+)\]\(\s*(\S+?)\s*\)\s*$/;
const IMAGE = /^!\[[^\]]*\]\(\s*(\S*?)\s*\)\s*$/;
// A path on the site the digest was scraped from (`/avatars/….svg`): meaningless here, and resolving it
// against the extension's own origin would request a file that is not there.
const SITE_RELATIVE = /^\/(?!\/)/;
const VOTE = /^Vote\s*:(.*)$/i;
const AUTHORS = /^Authors\s*:(.*)$/i;
const BULLET = /^[-*](?:\s(.*))?$/s;

interface Draft {
  line: number;
  id: string;
  title: string;
  authors?: string[];
  sawAuthors?: boolean;
  votes?: number;
  sawVote?: boolean;
  image?: string;
  sawImage?: boolean;
  video?: { url: string; line: number };
  bullets: string[];
}

export function parseDigest(text: string): ParseResult {
  const errors: InputError[] = [];
  const warnings: ParseWarning[] = [];
  const err = (line: number, message: string): void => void errors.push({ line, message });
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);

  let heading: { line: number; date: string; title: string } | undefined;
  const drafts: Draft[] = [];
  let current: Draft | undefined;
  // A heading that failed to parse: its body lines are skipped so one mistake gives one error.
  let skipping = false;
  // Whether the previous line was a bullet (or continued one): only then may a plain line continue it.
  let inBullet = false;

  lines.forEach((raw, i) => {
    const n = i + 1;
    const line = raw.trim();
    const continues = inBullet;
    inBullet = false;
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
      current = undefined;
      skipping = false;
      const d = dayHeader[2]!.trim();
      const title = dayHeader[1]!.trim();
      if (heading) {
        // Five archive files repeat their heading partway through, more papers of the same day below it;
        // another date would be a second day in one file.
        if (d !== heading.date || title !== heading.title) {
          return err(n, `second day heading "${title} (${d})" differs from "${heading.title} (${heading.date})" at line ${heading.line}: one digest file holds one day`);
        }
        warnings.push({ line: n, kind: 'repeated-heading', message: `day heading repeated (first at line ${heading.line})` });
        return;
      }
      heading = { line: n, date: d, title };
      if (!isIsoDate(d)) return err(n, `bad date ${JSON.stringify(d)}: expected YYYY-MM-DD`);
      return;
    }

    if (skipping) return;
    if (!current) return err(n, `unexpected text before the first paper heading: ${preview(line)}`);

    if (line.startsWith('<')) {
      const video = parseVideoLine(line);
      if (!video) return err(n, `HTML is not read, only <video src="https://…"></video> lines: ${preview(line)}`);
      return setVideo(current, video, n);
    }
    const watch = parseVideoLine(line);
    if (watch) return setVideo(current, watch, n);

    const image = IMAGE.exec(line);
    if (image) {
      if (current.sawImage) return err(n, 'second teaser image for one paper');
      current.sawImage = true;
      const url = image[1]!;
      if (SITE_RELATIVE.test(url)) {
        warnings.push({ line: n, kind: 'relative-image', message: `teaser ${url} is a site-relative URL: dropped` });
        return;
      }
      if (!httpsUrlSchema.safeParse(url).success) return err(n, 'teaser image must be an absolute https URL');
      current.image = url;
      return;
    }
    const vote = VOTE.exec(line);
    if (vote) {
      if (current.sawVote) return err(n, 'second Vote: line for one paper');
      current.sawVote = true;
      const value = vote[1]!.trim();
      if (value === '-') return; // the digest's "no count"
      if (!/^\d{1,9}$/.test(value)) return err(n, `Vote: expects a whole number or "-", not ${preview(value)}`);
      current.votes = Number(value);
      return;
    }
    const authors = AUTHORS.exec(line);
    if (authors) {
      if (current.sawAuthors) return err(n, 'second Authors: line for one paper');
      current.sawAuthors = true;
      const list = parseAuthors(authors[1]!);
      if (!list.ok) return err(n, list.message);
      current.authors = list.authors;
      return;
    }
    // An indented list item or any plain line right under a bullet continues it (numbered sub-lists).
    const bullet = continues && /^\s/.test(raw) ? null : BULLET.exec(line);
    if (bullet) {
      const body = BULLET.exec(raw.trimStart())![1] ?? '';
      if (!body.trim()) return err(n, 'empty bullet');
      current.bullets.push(body);
      inBullet = true;
      return;
    }
    if (continues) {
      current.bullets[current.bullets.length - 1] += `\n${raw}`;
      inBullet = true;
      return;
    }
    err(n, `unexpected line (not an image, video, Vote:, Authors: or "- " bullet): ${preview(line)}`);
  });

  function setVideo(d: Draft, url: string, n: number): void {
    if (!httpsUrlSchema.safeParse(url).success) return err(n, 'video must be an absolute https URL');
    // `[Watch Video](url)` and the `<video>` line below it name the same file.
    if (d.video && d.video.url !== url) return err(n, `second video for one paper (first at line ${d.video.line})`);
    d.video ??= { url, line: n };
  }

  if (!heading) err(1, 'missing day header: expected ## Daily Papers (YYYY-MM-DD)');
  if (drafts.length === 0 && !errors.some((e) => e.message.startsWith('paper heading') || e.message.startsWith('invalid'))) {
    err(lines.length, 'no papers: expected ### [Title](https://arxiv.org/abs/ID) headings');
  }
  // The first digest (2023-11-20) lists no authors at all; within a day that has them, a missing line is a mistake.
  const authorless = drafts.length > 0 && drafts.every((d) => !d.sawAuthors);
  for (const d of drafts) {
    if (!d.sawAuthors && !authorless) err(d.line, `paper ${d.id} has no Authors: line`);
    if (d.bullets.length === 0) err(d.line, `paper ${d.id} has an empty summary (no "- " bullets)`);
  }
  if (errors.length) return { ok: false, errors: errors.sort((a, b) => a.line - b.line) };

  const day = {
    date: heading!.date,
    title: heading!.title,
    papers: drafts.map(
      (d): Paper => ({
        id: d.id,
        title: d.title,
        authors: d.authors ?? [],
        ...(d.votes !== undefined ? { votes: d.votes } : {}),
        ...(d.image ? { image: d.image } : {}),
        ...(d.video ? { video: d.video.url } : {}),
        summary: { ko: { bullets: d.bullets.map(parseInline), translated: false } },
      }),
    ),
  };
  const checked = daySchema.safeParse(day);
  if (!checked.success) return { ok: false, errors: describeIssues(checked.error).map((message) => ({ line: 1, message })) };
  return { ok: true, day: checked.data, warnings };
}

function preview(s: string): string {
  return JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}…` : s);
}
