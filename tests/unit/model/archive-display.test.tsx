// @vitest-environment happy-dom
/**
 * The display faults a review of the whole archive found, on the exact lines of the real files: each
 * bullet is parsed from its file, drawn by the panel's renderer (plain DOM) and the pages' (Preact), and
 * copied as Markdown. Both renderers must draw the same, with no markup left on screen.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { bulletSource } from '../../../src/digest/inline';
import { parseDigest } from '../../../src/digest/parse';
import type { Bullet, Day, Paper } from '../../../src/digest/schema';
import { bulletParts, bulletText, type SubList } from '../../../src/model/bullet-parts';
import { markdownText, paperMarkdown } from '../../../src/model/markdown';
import { Bullets } from '../../../src/pages/Bullets';
import { bulletList } from '../../../src/panel/summary-nodes';

afterEach(cleanup);

const DIR = 'data/digests';
const fileLines = (date: string) => readFileSync(`${DIR}/${date}.md`, 'utf8').split('\n');

const days = new Map<string, Day>();
function day(date: string): Day {
  const known = days.get(date);
  if (known) return known;
  const r = parseDigest(readFileSync(`${DIR}/${date}.md`, 'utf8'));
  if (!r.ok) throw new Error(`${date}: ${JSON.stringify(r.errors)}`);
  days.set(date, r.day);
  return r.day;
}

/** The paper and bullet whose source is lines `from`–`to` (1-based, as an editor shows them) of the day's file. */
function bulletAt(date: string, from: number, to = from): { paper: Paper; bullet: Bullet; source: string[] } {
  const source = fileLines(date).slice(from - 1, to);
  expect(source[0], `${date}:${from} starts a bullet`).toMatch(/^- /);
  const want = [source[0]!.slice(2), ...source.slice(1)].join('\n');
  for (const paper of day(date).papers) {
    const bullet = paper.summary.ko.bullets.find((b) => bulletSource(b) === want);
    if (bullet) return { paper, bullet, source };
  }
  throw new Error(`no bullet of ${date} is lines ${from}–${to}`);
}

/** The bullet's `<li>` as the panel draws it and as the pages draw it. */
function drawn(bullet: Bullet): { panel: HTMLLIElement; pages: HTMLLIElement } {
  const ul = bulletList([bullet], 'ko');
  document.body.append(ul);
  const { container } = render(<Bullets bullets={[bullet]} lang="ko" />);
  return { panel: ul.querySelector(':scope > li')!, pages: container.querySelector('ul > li')! };
}

/** What both renderers show, checked on each and then compared: the same markup, or the test says which differs. */
function bothDraw(bullet: Bullet, check: (li: HTMLLIElement) => void): void {
  const { panel, pages } = drawn(bullet);
  check(panel);
  check(pages);
  expect(pages.innerHTML).toBe(panel.innerHTML);
}

/** The text of an element without that of its nested lists. */
const ownText = (li: Element) => [...li.childNodes].filter((n) => !(n instanceof HTMLElement && /^(UL|OL)$/.test(n.tagName))).map((n) => n.textContent).join('');

describe('a nested sub-list (2023-11-20.md lines 91–95) is a nested list', () => {
  const { paper, bullet, source } = bulletAt('2023-11-20', 91, 95);

  test('drawn as the bullet and a list of its four items, no "- " on screen', () => {
    bothDraw(bullet, (li) => {
      expect(ownText(li)).toBe('UnifiedVisionGPT는 네 가지 주요 특징을 통해 자신을 차별화한다:');
      const sub = li.querySelector(':scope > ul.dp-sub')!;
      expect([...sub.children].map((item) => [item.tagName, item.textContent])).toEqual(source.slice(1).map((l) => ['LI', l.replace(/^ {2}- /, '')]));
      expect(li.textContent).not.toMatch(/(^|\n|\s)- /);
    });
  });

  test('copied as Markdown: the items indented under their bullet, as the digest writes them', () => {
    expect(paperMarkdown({ paper, date: '2023-11-20' }, 'ko')).toContain(`\n${source.join('\n')}\n`);
  });

  test('searched as its text, each item on its own line', () => {
    expect(bulletText(bullet).split('\n')).toEqual([source[0]!.slice(2), ...source.slice(1).map((l) => l.slice(4))]);
  });
});

describe('the other continuation lines of the archive', () => {
  test('numbered lines under a bullet (2024-07-16 lines 72–76, 2024-08-15) are an ordered list; bold inside stays bold', () => {
    const numbered = bulletAt('2024-07-16', ...linesOf('2024-07-16', '2407.10973', '**Technical Details**'));
    bothDraw(numbered.bullet, (li) => {
      const ol = li.querySelector(':scope > ol.dp-sub')!;
      expect(ol.getAttribute('start')).toBe('1');
      expect([...ol.children].map((item) => item.textContent)).toEqual(numbered.source.slice(1).map((l) => l.replace(/^\d\) /, '')));
    });
    const bold = bulletAt('2024-08-15', ...linesOf('2024-08-15', '2408.07410', '**Technical Details**'));
    bothDraw(bold.bullet, (li) => {
      const items = [...li.querySelectorAll(':scope > ol.dp-sub > li')];
      expect(items.map((item) => item.querySelector('strong')?.textContent)).toEqual(['Tokenizer', 'Group Query Attention(GQA)', 'Position Embedding', 'ATE', 'DMU']);
      expect(li.textContent).not.toMatch(/\*\*/);
    });
    expect(paperMarkdown({ paper: bold.paper, date: '2024-08-15' }, 'ko')).toContain(':\n  1. **Tokenizer**: 10만 단어 크기의 Byte Pair Encoding (BPE) 토크나이저 사용.\n  2. **Group Query Attention(GQA)**:');
  });

  test('plain continuation lines (2024-08-16, 2024-08-26) are line breaks', () => {
    for (const [date, id] of [
      ['2024-08-16', '2408.08172'],
      ['2024-08-26', '2408.10945'],
    ] as const) {
      const { bullet, source } = bulletAt(date, ...linesOf(date, id, '**'));
      bothDraw(bullet, (li) => {
        expect(li.querySelector('ul, ol')).toBeNull();
        expect(li.querySelectorAll('br')).toHaveLength(source.length - 1);
      });
    }
  });

  test('no other bullet of the archive holds a nested list, and no line below a bullet starts with a list marker', () => {
    const nested: string[] = [];
    for (const date of archiveDates()) {
      for (const p of day(date).papers) {
        for (const b of p.summary.ko.bullets) {
          const lists = bulletParts(b).filter((part): part is SubList => part.kind === 'list');
          if (lists.length) nested.push(`${date} ${p.id} ${lists.map((l) => `${l.ordered ? 'ol' : 'ul'}×${l.items.length}`).join(' ')}`);
          // (a bullet's own text may start with the digest's numbering, `- 2) …` on 2023-12-08: that is text)
          expect(bulletText(b)).not.toMatch(/\n[ \t]*([-*+]|\d+[.)])[ \t]/);
        }
      }
    }
    expect(nested).toEqual(['2023-11-20 2311.10125 ul×4', '2024-07-16 2407.10973 ol×4', '2024-08-15 2408.07410 ol×5']);
  });
});

describe('single-asterisk emphasis (2025-01-14.md lines 119–121) is emphasis', () => {
  const lines = [119, 120, 121].map((n) => bulletAt('2025-01-14', n));

  test('drawn in <em>, with no asterisk on screen', () => {
    const ems = [['Generative AI'], ['Inbetweening', 'Generative AI'], ['Generative AI']];
    lines.forEach(({ bullet, source }, i) => {
      bothDraw(bullet, (li) => {
        expect([...li.querySelectorAll('em')].map((e) => e.textContent)).toEqual(ems[i]);
        expect(li.textContent).toBe(source[0]!.slice(2).replace(/^\*{3}(.+?)\*{3}:/, '$1:').replaceAll('*', ''));
      });
    });
  });

  test('copied as Markdown emphasis', () => {
    const md = paperMarkdown({ paper: lines[0]!.paper, date: '2025-01-14' }, 'ko');
    for (const { source } of lines) expect(md).toContain(`\n${source[0]!.replace(/^- \*{3}(.+?)\*{3}:/, '- **$1**:')}\n`);
  });

  test('across the archive, only these and the underscore ones of 2025-03-03 and 2025-03-20 are emphasis', () => {
    const found: string[] = [];
    for (const date of archiveDates()) {
      for (const p of day(date).papers) for (const b of p.summary.ko.bullets) for (const s of b) if (typeof s === 'object' && 'em' in s) found.push(`${date} ${s.by ?? '*'}${s.em}`);
    }
    expect(found).toEqual([
      '2025-01-14 *Generative AI',
      '2025-01-14 *Inbetweening',
      '2025-01-14 *Generative AI',
      '2025-01-14 *Generative AI',
      '2025-03-03 _instruction-based subject-driven image generation',
      '2025-03-20 _14%',
      '2025-03-20 _6.92%',
    ]);
  });
});

describe('the malformed label (2025-03-12.md line 561) leaves no markup on screen', () => {
  const { paper, bullet, source } = bulletAt('2025-03-12', 561);
  const rest = source[0]!.slice('- ***Technical Details*:'.length).replace('설명합니다.**: 3.2', '설명합니다.: 3.2');

  test('the label, then the text; the trailing ** dropped and ": 3.2" kept', () => {
    bothDraw(bullet, (li) => {
      expect(li.querySelector('strong.dp-label')?.textContent).toBe('Technical Details');
      expect(li.querySelectorAll('strong')).toHaveLength(1);
      expect(li.textContent).toBe(`Technical Details:${rest}`);
      expect(li.textContent).toMatch(/시간 s < r < t에서 .* 설명합니다\.: 3\.2$/);
      expect(li.textContent).not.toContain('*');
    });
  });

  test('copied as Markdown without the stray asterisks', () => {
    expect(paperMarkdown({ paper, date: '2025-03-12' }, 'ko')).toContain(`\n- **Technical Details**:${markdownText(rest)}\n`);
  });
});

test('both renderers draw every bullet of the archive that has more than text and a label the same', () => {
  let compared = 0;
  for (const date of archiveDates()) {
    for (const p of day(date).papers) {
      for (const b of p.summary.ko.bullets) {
        if (b.every((s) => typeof s === 'string' || 'label' in s)) continue;
        const { panel, pages } = drawn(b);
        expect(pages.innerHTML, `${date} ${p.id}`).toBe(panel.innerHTML);
        expect(panel.textContent, `${date} ${p.id}`).not.toMatch(/\*\*|\]\(/);
        cleanup();
        document.body.replaceChildren();
        compared++;
      }
    }
  }
  expect(compared).toBeGreaterThan(50);
});

function archiveDates(): string[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.slice(0, -3))
    .sort();
}

/** The 1-based first and last line of the bullet of paper `id` in the day's file that starts with `- ${start}`. */
function linesOf(date: string, id: string, start: string): [number, number] {
  const lines = fileLines(date);
  const heading = lines.findIndex((l) => l.startsWith('### ') && l.includes(`/abs/${id})`));
  const first = lines.findIndex((l, i) => i > heading && l.startsWith(`- ${start}`) && lines[i + 1]?.trim() !== '' && !lines[i + 1]!.startsWith('- '));
  let last = first;
  while (lines[last + 1]?.trim() && !/^(- |#)/.test(lines[last + 1]!)) last++;
  return [first + 1, last + 1];
}
