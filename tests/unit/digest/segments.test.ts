import { describe, expect, test } from 'vitest';
import { bulletSource, parseInline } from '../../../src/digest/inline';
import { segmentSchema, type Segment } from '../../../src/digest/schema';
import { isTranslatable, itemNumber, SEGMENT_KINDS, segmentKind, shownText, type SegmentKind } from '../../../src/digest/segments';
import { bulletText } from '../../../src/model/bullet-parts';
import { docsOfDay } from '../../../src/search/doc';

// One source per kind, as a digest writes it, and what the parser makes of it.
const EXAMPLES: Record<SegmentKind, [source: string, segment: Segment]> = {
  text: ['글', '글'],
  link: ['[코드](https://a.org/x)', { text: '코드', url: 'https://a.org/x' }],
  bold: ['**굵게**', { b: '굵게' }],
  em: ['*Generative AI*', { em: 'Generative AI' }],
  code: ['`pass@1`', { code: 'pass@1' }],
  label: ["***What's New***:", { label: "What's New" }],
  url: ['https://a.org/', { url: 'https://a.org/' }],
  item: ['\n  - ', { li: '\n  - ' }],
  stray: ['**', { stray: '**' }],
};

describe('the segment kinds', () => {
  test.each(Object.entries(EXAMPLES))('%s: parsed, valid, told apart and given back', (kind, [source, segment]) => {
    if (kind !== 'item' && kind !== 'stray') expect(parseInline(source)).toEqual([segment]);
    expect(segmentSchema.safeParse(segment).success).toBe(true);
    expect(segmentKind(segment)).toBe(kind);
    expect(bulletSource([segment])).toBe(source);
  });

  test('an item and stray markup are read in context: after a line, and after a label left open', () => {
    expect(parseInline('a\n  - b').map(segmentKind)).toEqual(['text', 'item', 'text']);
    expect(parseInline('***L*: a.**').map(segmentKind)).toEqual(['label', 'text', 'stray']);
  });

  test('the table covers every kind, and says which carry prose to translate', () => {
    expect(Object.keys(SEGMENT_KINDS).sort()).toEqual(Object.keys(EXAMPLES).sort());
    expect(Object.values(EXAMPLES).filter(([, seg]) => isTranslatable(seg)).map(([, seg]) => segmentKind(seg)).sort()).toEqual(['bold', 'em', 'label', 'link', 'text']);
    expect(isTranslatable({ other: 'x' })).toBe(false);
  });

  test('what a reader sees of each; unknown or damaged values are no segment', () => {
    expect(Object.values(EXAMPLES).map(([, s]) => shownText(s))).toEqual(['글', '코드', '굵게', 'Generative AI', 'pass@1', "What's New", 'https://a.org/', '\n', '']);
    for (const bad of [null, undefined, 3, {}, { other: 'x' }, { b: 1 }]) {
      expect(segmentKind(bad)).toBeUndefined();
      expect(shownText(bad)).toBe('');
    }
  });

  test('the renderers draw every kind: what a reader sees of a bullet is what each segment shows', () => {
    for (const [kind, [, seg]] of Object.entries(EXAMPLES)) {
      const bullet = ['a', seg, 'b'] as Segment[];
      expect(bulletText(bullet), kind).toBe(`a${kind === 'label' ? `${shownText(seg)}:` : shownText(seg)}b`);
    }
  });

  test('item markers: numbered or not', () => {
    expect(['\n  - ', '\n* ', '\n1) ', '\n12. ', '\n  x'].map(itemNumber)).toEqual([undefined, undefined, 1, 12, undefined]);
    for (const bad of ['  - ', '\n-', '\n- x', '\n1 ', '\n-\n ']) expect(segmentSchema.safeParse({ li: bad }).success, JSON.stringify(bad)).toBe(false);
    for (const bad of ['*', '****', '__', ' **']) expect(segmentSchema.safeParse({ stray: bad }).success, bad).toBe(false);
    expect(segmentSchema.safeParse({ em: 'a\nb' }).success).toBe(false);
    expect(segmentSchema.safeParse({ em: 'a', by: '*' }).success).toBe(false);
  });

  test('search reads a nested item as its own words and stray markup as nothing', () => {
    const bullets = [parseInline('특징:\n  - (1) 범용\n  - (2) 통합'), parseInline('***L*: 설명.**: 3.2 *강조*')];
    const [doc] = docsOfDay({ date: '2024-01-02', title: 'T', papers: [{ id: '2401.00001', title: 'P', authors: [], summary: { ko: { bullets, translated: false } } }] });
    expect(doc!.ko).toBe('특징: (1) 범용 (2) 통합\nL 설명.: 3.2 강조');
  });
});
