// @vitest-environment happy-dom
/**
 * The one paper of the archive listed on two days, 2410.09342 (2024-10-16 and 2024-10-18, summarised anew
 * each time), read from the real files: its hit carries both days' entries, through the repository and the
 * lookup table, and the abs/HTML panel, the listing's expanded entry and the Markdown copy show both
 * summaries, each under its day.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fillLookup } from '../../../src/background/lookup-store';
import { createRepository } from '../../../src/packaged/repository';
import { compileDataset } from '../../../src/digest/compile';
import { createEntrySummary } from '../../../src/listing/entry-summary-view';
import { bulletText } from '../../../src/model/bullet-parts';
import { entryKey, hitOf } from '../../../src/model/lookup-entry';
import { paperMarkdown } from '../../../src/model/markdown';
import { hitDays, type PaperHit } from '../../../src/model/paper-hit';
import type { Lang } from '../../../src/prefs/schema';
import { mountPanel } from '../../../src/panel/panel-controller';
import { fakePref } from '../helpers';

const ID = '2410.09342';
const DATES = ['2024-10-16', '2024-10-18'] as const;
const out = compileDataset({ digests: DATES.map((d) => ({ path: `data/digests/${d}.md`, text: readFileSync(`data/digests/${d}.md`, 'utf8') })), translations: [] });
const repo = () => createRepository(vi.fn(async (p: string) => (out.files.has(p) ? JSON.parse(out.files.get(p)!) : undefined)));

/** The paper's bullets in a day's file, as shown: `- ` and the label's asterisks gone. */
function shownBullets(date: string): string[] {
  const lines = readFileSync(`data/digests/${date}.md`, 'utf8').split('\n');
  const start = lines.findIndex((l) => l.includes(`(https://arxiv.org/abs/${ID})`));
  const end = lines.findIndex((l, i) => i > start && l.startsWith('###'));
  return lines
    .slice(start, end)
    .filter((l) => l.startsWith('- '))
    .map((l) => l.slice(2).replace(/^\*{2,3}(.+?)\*{2,3}:/, '$1:'));
}

let hit: PaperHit;
beforeEach(async () => {
  fakeBrowser.reset();
  hit = (await repo().paper(ID))!;
});
afterEach(() => document.body.replaceChildren());

test('the hit holds both days, each with its own summary', () => {
  expect([hit.date, ...(hit.alsoOn ?? []).map((d) => d.date)]).toEqual([...DATES]);
  expect(hit.paper.summary.ko.bullets.map(bulletText)).toEqual(shownBullets(DATES[0]));
  expect(hit.alsoOn![0]!.paper.summary.ko.bullets.map(bulletText)).toEqual(shownBullets(DATES[1]));
  expect(shownBullets(DATES[0])).not.toEqual(shownBullets(DATES[1]));
});

describe('the lookup table', () => {
  test('stores both days, and the content script reads them back', async () => {
    await fillLookup({ repo: repo(), storage: fakeBrowser.storage.local, version: 'v' });
    const stored = (await fakeBrowser.storage.local.get(entryKey(ID)))[entryKey(ID)];
    expect(hitOf(stored)).toEqual(hit);
  });

  test('a later day that cannot be drawn is left out, the first day still shows; a date alone (an older table) too', () => {
    const entry = JSON.parse(JSON.stringify(hit)) as Record<string, unknown>;
    expect(hitOf({ ...entry, alsoOn: ['2024-10-18'] })).toEqual({ date: hit.date, paper: hit.paper, alsoOn: [] });
    expect(hitOf({ ...entry, alsoOn: [{ date: '2024-10-18', paper: { id: ID } }, null, 3, hit.alsoOn![0]] })).toEqual(hit);
    expect(hitOf({ ...entry, alsoOn: 'x' })).toEqual({ date: hit.date, paper: hit.paper });
    expect(hitDays(hitOf({ ...entry, alsoOn: ['2024-10-18'] })!)).toEqual([{ date: hit.date, paper: hit.paper, alsoOn: [] }]);
    expect(hitOf({ ...entry, date: 5 })).toBeUndefined();
  });
});

/** Each day's heading (its date) and the bullets of the list that follows it. */
function sections(root: ParentNode): { date: string | null; bullets: string[] }[] {
  const summary = root.querySelector('.dp-summary')!;
  const lists = [...summary.querySelectorAll(':scope > ul.dp-bullets')];
  const headings = [...summary.querySelectorAll(':scope > h3.dp-heading')];
  expect(headings).toHaveLength(lists.length);
  return headings.map((h, i) => {
    expect(h.compareDocumentPosition(lists[i]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    return { date: h.querySelector('time')?.getAttribute('datetime') ?? null, bullets: [...lists[i]!.children].map((li) => li.textContent ?? '') };
  });
}
const bothDays = () => DATES.map((date) => ({ date, bullets: shownBullets(date) }));

test('the panel (abs and HTML pages) shows both summaries, each under its day; the English fallback note for each', () => {
  const container = document.createElement('div');
  document.body.append(container);
  const lang = fakePref<Lang>('ko');
  const unmount = mountPanel(container, hit, { lang, collapsed: fakePref(false), teaser: fakePref(false) }, { lang: 'ko', collapsed: false, teaser: false });
  expect(sections(container)).toEqual(bothDays());
  expect(container.querySelector('h2 time')?.getAttribute('datetime')).toBe(DATES[0]);
  expect([...container.querySelectorAll('.dp-summary h3')].map((h) => h.textContent)).toEqual([...DATES]);
  expect(container.querySelector('.dp-also')).toBeNull();
  lang.external('en');
  expect(sections(container)).toEqual(bothDays());
  // each day's list has the note right before it
  expect([...container.querySelectorAll('.dp-summary > ul.dp-bullets')].map((ul) => ul.previousElementSibling?.matches('.dp-note[role=note]'))).toEqual([true, true]);
  unmount();
});

test("the listing's expanded entry shows both summaries, each under its day", () => {
  const view = createEntrySummary(hit, 'ko', () => {}, '');
  document.body.append(view.host);
  expect(sections(view.host.shadowRoot!)).toEqual(bothDays());
  expect([...view.host.shadowRoot!.querySelectorAll('.dp-summary h3')].map((h) => h.textContent)).toEqual([...DATES]);
  view.dispose();
});

test('Copy as Markdown gives both summaries under their days, and the credit names both', () => {
  const md = paperMarkdown(hit, 'ko');
  const [first, second] = DATES.map((date) => `**${date}**\n\n${shownBullets(date).map((b) => `- ${b.replace(/^([^:]+):/, '**$1**:')}`).join('\n')}\n`);
  expect(md).toContain(first);
  expect(md).toContain(second);
  expect(md.indexOf(first!)).toBeLessThan(md.indexOf(second!));
  expect(md.trimEnd().endsWith(`(${DATES.join(', ')})`)).toBe(true);
  // one day only: no day headings
  expect(paperMarkdown({ date: hit.date, paper: hit.paper }, 'ko')).not.toContain(`**${DATES[0]}**`);
});
