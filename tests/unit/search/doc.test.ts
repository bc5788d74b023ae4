import { describe, expect, it } from 'vitest';
import { docsOfDay, FIELD, fieldText, segmentText } from '../../../src/search/doc';
import { realDay } from './test-days';

describe('segmentText', () => {
  it('reads text, bold, code, label and URL segments, whatever else they carry', () => {
    expect(segmentText('plain')).toBe('plain');
    expect(segmentText({ url: 'https://a.example' })).toBe('https://a.example');
    expect(segmentText({ text: 'the repo', url: 'https://a.example' })).toBe('the repo');
    expect(segmentText({ b: '굵게' })).toBe('굵게');
    expect(segmentText({ code: 'x = 1' })).toBe('x = 1');
    expect(segmentText({ label: '방법' })).toBe('방법');
    expect(segmentText({ other: 1 })).toBe('');
    expect(segmentText(null)).toBe('');
  });
});

describe('docsOfDay', () => {
  it('makes one document per paper of the real day, with both summaries as one line per bullet', () => {
    const day = realDay();
    const docs = docsOfDay(day);
    expect(docs).toHaveLength(day.papers.length);
    const gaia = docs.find((d) => d.id === '2311.12983')!;
    expect(gaia).toMatchObject({ date: '2023-11-23', order: 0, title: 'GAIA: a benchmark for General AI Assistants' });
    expect(gaia.ko.split('\n')).toHaveLength(day.papers[0]!.summary.ko.bullets.length);
    expect(gaia.ko).toContain('GAIA 벤치마크는');
    expect(gaia.en).toContain('The GAIA benchmark');
    // A URL segment reads as its text.
    expect(gaia.en).toContain('https://huggingface.co/gaia-benchmark');
    expect(fieldText(gaia, FIELD.authors)).toMatch(/^Grégoire Mialon, Clémentine Fourrier, /);
  });
});
