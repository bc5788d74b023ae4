/**
 * Every bullet of the archive through stand-in translators: every URL, link target, code span and arXiv ID
 * comes back unchanged and as what it was, bold and emphasis stay so, a link stays a link and a nested list
 * item keeps its marker — whether the translator
 * is careful, moves words around, or mangles whatever looks like a URL, code or a number.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { compileDataset } from '../../../src/digest/compile';
import type { Bullet, Segment } from '../../../src/digest/schema';
import { arxivIdsIn, translateBullet } from '../../../src/translate/segments';
import { pseudoEnglish } from './stand-in';

const DIR = 'data/digests';
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.md'))
  .map((f) => ({ path: path.join(DIR, f), text: readFileSync(path.join(DIR, f), 'utf8') }));
const bullets = compileDataset({ digests: files, translations: [] }).days.flatMap((d) => d.papers.flatMap((p) => p.summary.ko.bullets));

/** What must survive, as sorted lists: kinds are kept apart, so a URL that became code would show. */
function exactParts(bullet: Bullet) {
  const of = (pick: (s: Segment) => string | undefined) => bullet.flatMap((s) => pick(s) ?? []).sort();
  return {
    urls: of((s) => (typeof s === 'object' && 'url' in s && !('text' in s) ? s.url : undefined)),
    linkTargets: of((s) => (typeof s === 'object' && 'text' in s ? s.url : undefined)),
    code: of((s) => (typeof s === 'object' && 'code' in s ? s.code : undefined)),
    ids: bullet.flatMap((s) => (typeof s === 'string' ? arxivIdsIn(s) : [])).sort(),
    bold: bullet.filter((s) => typeof s === 'object' && 'b' in s).length,
    emphasis: bullet.filter((s) => typeof s === 'object' && 'em' in s).length,
    items: of((s) => (typeof s === 'object' && 'li' in s ? s.li : undefined)),
    labels: bullet.filter((s) => typeof s === 'object' && 'label' in s).length,
  };
}

const translators: Record<string, (text: string) => string> = {
  careful: pseudoEnglish,
  // English puts the verb before the object: the words come back in another order.
  reordering: (t) => pseudoEnglish(t).split(' ').reverse().join(' '),
  // Breaks URLs, code-looking text and numbers wherever it sees them.
  mangling: (t) => pseudoEnglish(t).replace(/:\/\//g, ': //').replace(/[_()]/g, ' ').replace(/(\d)(\d{3})\b/g, '$1,$2').replace(/\./g, '. '),
};

describe('every bullet of the archive through a stand-in translator', () => {
  test('21,391 bullets', () => {
    expect(bullets).toHaveLength(21391);
  });

  test.each(Object.keys(translators))('%s: URLs, link targets, code, IDs, bold and labels survive', async (name) => {
    const translate = translators[name]!;
    const broken: { source: Bullet; english: Bullet }[] = [];
    let translated = 0;
    for (const source of bullets) {
      const english = await translateBullet(source, async (t) => translate(t));
      if (JSON.stringify(english) !== JSON.stringify(source)) translated++;
      if (JSON.stringify(exactParts(english)) !== JSON.stringify(exactParts(source))) broken.push({ source, english });
    }
    expect(broken.slice(0, 3)).toEqual([]);
    // Nearly every bullet has Korean in it: the test would pass vacuously if nothing were translated.
    expect(translated).toBeGreaterThan(21000);
  });
});
