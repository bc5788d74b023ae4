/**
 * One excerpt of the archive per format variant (tests/unit/digest/fixtures/, verbatim papers of the day
 * named in each heading), and the malformed neighbours of each variant, which must still fail with their line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { compileDataset } from '../../../src/digest/compile';
import { bulletSource } from '../../../src/digest/inline';
import { parseDigest } from '../../../src/digest/parse';
import type { Day, Paper } from '../../../src/digest/schema';
import { bulletParts, type SubList } from '../../../src/model/bullet-parts';

const listsOf = (b: Parameters<typeof bulletParts>[0]) => bulletParts(b).filter((p): p is SubList => p.kind === 'list');
import { sourceBullets } from './source-bullets';

const DIR = path.join(import.meta.dirname, 'fixtures');
const fixture = (name: string) => readFileSync(path.join(DIR, `${name}.md`), 'utf8');

function parsed(name: string): { day: Day; warnings: { line: number; kind: string; message: string }[]; paper: (id: string) => Paper } {
  const r = parseDigest(fixture(name));
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.errors)}`);
  return { day: r.day, warnings: r.warnings, paper: (id) => r.day.papers.find((p) => p.id === id)! };
}

describe('every fixture', () => {
  const names = readdirSync(DIR).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3));
  test.each(names)('%s: parses, and every bullet gives back its source byte for byte', (name) => {
    const { day } = parsed(name);
    expect(day.papers.flatMap((p) => p.summary.ko.bullets.map(bulletSource))).toEqual(sourceBullets(fixture(name)));
  });
});

describe('format variants of the archive', () => {
  test('2023-11-20: no teaser and no Authors: line on any paper → authors [], nothing else made up', () => {
    const { day, warnings } = parsed('no-authors');
    expect(day.papers.map((p) => [p.id, p.authors, p.image, p.votes, p.video])).toEqual([
      ['2311.10122', [], undefined, undefined, undefined],
      ['2311.10125', [], undefined, undefined, undefined],
    ]);
    expect(warnings).toEqual([]);
  });

  test('an indented sub-list continues its bullet, drawn as a nested list', () => {
    const bullets = parsed('no-authors').paper('2311.10125').summary.ko.bullets;
    const bullet = bullets.find((b) => bulletSource(b).startsWith('UnifiedVisionGPT는 네 가지'))!;
    expect(bulletSource(bullet).split('\n')).toHaveLength(5);
    expect(bulletSource(bullet).split('\n')[1]).toMatch(/^ {2}- \(1\) 다양한/);
    const [own, ...lists] = bulletParts(bullet);
    expect(own).toEqual({ kind: 'text', text: 'UnifiedVisionGPT는 네 가지 주요 특징을 통해 자신을 차별화한다:' });
    expect(lists.map((l) => l.kind)).toEqual(['list']);
    expect(listsOf(bullet)[0]!.ordered).toBe(false);
    expect(listsOf(bullet)[0]!.items.map((item) => item.map((p) => ('text' in p ? p.text : '')).join('').slice(0, 4))).toEqual(['(1) ', '(2) ', '(3) ', '(4) ']);
    expect(bullets).toHaveLength(6);
  });

  test('numbered continuation lines, with bold inside and a literal tab, stay in their bullet', () => {
    const numbered = parsed('continuation-numbered').paper('2407.10973').summary.ko.bullets;
    expect(numbered).toHaveLength(3);
    expect(bulletSource(numbered[1]!).split('\n').map((l) => l.slice(0, 2))).toEqual(['**', '1)', '2)', '3)', '4)']);
    expect(listsOf(numbered[1]!).map((l) => [l.ordered, l.start, l.items.length])).toEqual([[true, 1, 4]]);
    const bold = parsed('continuation-bold').paper('2408.07410').summary.ko.bullets[1]!;
    expect(listsOf(bold).map((l) => [l.ordered, l.start, l.items.length])).toEqual([[true, 1, 5]]);
    expect(bold.filter((s) => typeof s === 'object' && 'b' in s)).toEqual([{ b: 'Tokenizer' }, { b: 'Group Query Attention(GQA)' }, { b: 'Position Embedding' }, { b: 'ATE' }, { b: 'DMU' }]);
    const tab = parsed('continuation-tab').paper('2408.10945').summary.ko.bullets;
    expect(bulletSource(tab[0]!)).toContain('\n본 연구는 High-Resolution Early Dropping (\textit{HR-ED})');
    // a continuation line that starts no list item is a line break in its bullet
    expect(listsOf(tab[0]!)).toEqual([]);
    expect(bulletParts(tab[0]!)).toContainEqual({ kind: 'break' });
  });

  test('a <video src=\'…\'> line (no image) and TeX in a title kept verbatim', () => {
    const { paper } = parsed('video-tag-tex-title');
    expect(paper('2311.10982')).toMatchObject({ video: 'https://cdn-uploads.huggingface.co/production/uploads/60f1abe7544c2adfd699860c/D-WQoAl7gR1AwRZ0RXNkW.mp4' });
    expect(paper('2311.10982').image).toBeUndefined();
    expect(paper('2311.11255').title).toBe('M$^{2}$UGen: Multi-modal Music Understanding and Generation with the Power of Large Language Models');
    expect(paper('2311.10770')).toMatchObject({ image: expect.stringMatching(/^https:\/\/cdn-uploads/), authors: ['Peter Belcak', 'Roger Wattenhofer'] });
    expect(paper('2311.10770').votes).toBeUndefined();
  });

  test('[Watch Video](url) with its <div><video> line gives one video link', () => {
    expect(parsed('watch-video-link').paper('2311.12052').video).toBe('https://cdn-uploads.huggingface.co/production/uploads/60f1abe7544c2adfd699860c/QPqDXcHNhksZaqkYOjZNQ.mp4');
  });

  test('[Watch Video]url (no parentheses) and Vote: N', () => {
    const { paper } = parsed('watch-video-bare-votes');
    expect(paper('2312.02201')).toMatchObject({ votes: 16, video: 'https://cdn-uploads.huggingface.co/production/uploads/60f1abe7544c2adfd699860c/d0VHat4w8gM400SkeWPP7.mp4', authors: ['Peng Wang', 'Yichun Shi'] });
    expect(paper('2312.02663')).toMatchObject({ votes: 17, image: expect.stringMatching(/^https:/) });
    expect(paper('2312.02663').video).toBeUndefined();
  });

  test('Vote: - is no count', () => {
    const { paper } = parsed('vote-dash');
    expect(paper('2312.06655').votes).toBe(16);
    expect(paper('2312.06353').votes).toBeUndefined();
    expect(Object.keys(paper('2312.06353'))).not.toContain('votes');
  });

  test('labels with two asterisks; a site-relative teaser is dropped with a warning, never resolved', () => {
    const { paper, warnings } = parsed('two-star-labels-relative-image');
    expect(paper('2406.07550').summary.ko.bullets.map((b) => b[0])).toEqual([
      { label: "What's New", stars: 2 },
      { label: 'Technical Details', stars: 2 },
      { label: 'Performance Highlights', stars: 2 },
    ]);
    expect(paper('2406.07520').image).toBeUndefined();
    expect(warnings).toEqual([{ line: 19, kind: 'relative-image', message: 'teaser /avatars/e4f630616a16a7fc691b5275bb62f2aa.svg is a site-relative URL: dropped' }]);
  });

  test('three-asterisk labels, the one odd `***Technical Details*:`, a Korean label; a link to no URL stays text', () => {
    const { paper } = parsed('odd-and-korean-labels');
    expect(paper('2503.07565').summary.ko.bullets.map((b) => b[0])).toEqual([
      { label: "What's New" },
      { label: 'Technical Details', close: 1 },
      { label: '고찰', stars: 2 },
      { label: 'Performance Highlights' },
    ]);
    const eot = paper('2503.07389').summary.ko.bullets.map((b) => b.filter((s) => typeof s === 'string').join('')).find((t) => t.includes('[EoT]'));
    expect(eot).toContain('[EoT](End of Text) 임베딩');
  });

  test('a label with a typographic apostrophe', () => {
    expect(parsed('typographic-quote-label').paper('2406.07057').summary.ko.bullets[0]![0]).toEqual({ label: 'What’s New', stars: 2 });
  });

  test('inline bold, links and code become segments, not markup', () => {
    expect(parsed('bold').paper('2409.09502').summary.ko.bullets.flat().filter((s) => typeof s === 'object' && 'b' in s)).toEqual([
      { b: 'Comics Understanding(만화 이해)' },
      { b: 'Multimodal Vision-Language understanding' },
      { b: 'Deep Learning' },
      { b: 'Modern Foundational Models' },
    ]);
    expect(parsed('links').paper('2405.14979').summary.ko.bullets.flat().filter((s) => typeof s === 'object' && 'text' in s)).toEqual([
      { text: '홈페이지', url: 'https://craftsman3d.github.io/' },
      { text: '코드', url: 'https://github.com/wyysf-98/CraftsMan' },
    ]);
    expect(parsed('code').paper('2504.01943').summary.ko.bullets.flat().filter((s) => typeof s === 'object' && 'code' in s)).toEqual([
      { code: 'Qwen2.5' },
      { code: '슈퍼바이즈드 파인 튜닝(Supervised Fine-Tuning; SFT)' },
      { code: '라이브코드벤치(LiveCodeBench)' },
      { code: 'LiveCodeBench' },
      { code: 'pass@1' },
      { code: 'DeepSeek-R1' },
    ]);
  });

  test('2024-10-18: a repeated day heading is accepted with a warning; Authors: as a Python list', () => {
    const { day, warnings, paper } = parsed('repeated-heading-python-authors');
    expect(day.date).toBe('2024-10-18');
    expect(day.papers.map((p) => p.id)).toEqual(['2410.09342', '2410.11758', '2410.13852']);
    expect(warnings).toEqual([{ line: 27, kind: 'repeated-heading', message: 'day heading repeated (first at line 1)' }]);
    expect(paper('2410.09342').authors.slice(0, 3)).toEqual(['Zihan Zhou', 'Zhixing Tan', 'Xinyi Chen']);
    expect(paper('2410.09342').authors).toHaveLength(14);
    expect(paper('2410.09342').title).toBe('LLMtimesMapReduce: Simplified Long-Sequence Processing using Large Language Models');
  });

  test('an ID listed on two days (2410.09342) is found on both', () => {
    const out = compileDataset({
      digests: [
        { path: 'data/digests/2024-10-18.md', text: fixture('repeated-heading-python-authors') },
        { path: 'data/digests/2024-10-16.md', text: fixture('two-days-first') },
      ],
      translations: [],
    });
    expect(JSON.parse(out.files.get('index/2410.json')!)['2410.09342']).toEqual(['2024-10-16', '2024-10-18']);
    expect(out.days.map((d) => d.papers.find((p) => p.id === '2410.09342')?.title)).toEqual([
      'LLM$\\times$MapReduce: Simplified Long-Sequence Processing using Large Language Models',
      'LLMtimesMapReduce: Simplified Long-Sequence Processing using Large Language Models',
    ]);
    expect(out.warnings.map((w) => `${w.file}:${w.line}: ${w.kind}: ${w.message}`)).toEqual([
      'data/digests/2024-10-18.md:27: repeated-heading: day heading repeated (first at line 1)',
      'data/digests/2024-10-18.md:1: id-on-several-days: 2410.09342 is listed on 2024-10-16, 2024-10-18',
    ]);
  });
});

/** Edits a fixture and returns the parse errors as `line: message`. */
function errorsAfter(name: string, edit: (text: string) => string): string[] {
  const text = fixture(name);
  const edited = edit(text);
  expect(edited, 'the edit must change the fixture').not.toBe(text);
  const r = parseDigest(edited);
  if (r.ok) throw new Error('expected errors');
  return r.errors.map((e) => `${e.line}: ${e.message}`);
}
const lineIn = (name: string, needle: string) => fixture(name).split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('the malformed neighbours of each variant still fail with their line', () => {
  test('a second day heading with another date', () => {
    expect(errorsAfter('repeated-heading-python-authors', (t) => t.replace(/\n## Daily Papers \(2024-10-18\)/, '\n## Daily Papers (2024-10-19)'))).toEqual([
      '27: second day heading "Daily Papers (2024-10-19)" differs from "Daily Papers (2024-10-18)" at line 1: one digest file holds one day',
    ]);
  });
  test('one paper without Authors: on a day whose other papers have them', () => {
    const at = lineIn('repeated-heading-python-authors', '2410.11758');
    expect(errorsAfter('repeated-heading-python-authors', (t) => t.replace(/^Authors: \['Sejune Joo'.*\n/m, ''))).toEqual([`${at}: paper 2410.11758 has no Authors: line`]);
  });
  test('a malformed Python list', () => {
    const at = lineIn('repeated-heading-python-authors', "Authors: ['Sejune Joo'");
    expect(errorsAfter('repeated-heading-python-authors', (t) => t.replace("['Sejune Joo', ", "['Sejune Joo' "))).toEqual([
      `${at}: Authors: list needs "," or a final "]" after name 1: expected ['Name', 'Name', …]`,
    ]);
  });
  test('Vote: that is not a count, and a second Vote:', () => {
    const at = lineIn('vote-dash', 'Vote: 16');
    expect(errorsAfter('vote-dash', (t) => t.replace('Vote: 16', 'Vote: many'))).toEqual([`${at}: Vote: expects a whole number or "-", not "many"`]);
    expect(errorsAfter('vote-dash', (t) => t.replace('Vote: 16', 'Vote: -1'))).toEqual([`${at}: Vote: expects a whole number or "-", not "-1"`]);
    expect(errorsAfter('vote-dash', (t) => t.replace('Vote: 16', 'Vote: 16\nVote: 17'))).toEqual([`${at + 1}: second Vote: line for one paper`]);
  });
  test('a video that is not https, and two different videos for one paper', () => {
    const at = lineIn('watch-video-bare-votes', '[Watch Video]');
    expect(errorsAfter('watch-video-bare-votes', (t) => t.replace('[Watch Video]https://', '[Watch Video]http://'))).toEqual([`${at}: video must be an absolute https URL`]);
    expect(errorsAfter('watch-video-bare-votes', (t) => t.replace('[Watch Video]https://cdn-uploads', '[Watch Video](javascript:alert(1))\n[Watch Video]https://cdn-uploads'))).toEqual([
      `${at}: video must be an absolute https URL`,
    ]);
    expect(errorsAfter('watch-video-bare-votes', (t) => t.replace('d0VHat4w8gM400SkeWPP7.mp4" muted', 'other.mp4" muted'))).toEqual([`${at + 1}: second video for one paper (first at line ${at})`]);
    expect(errorsAfter('video-tag-tex-title', (t) => t.replace("<video src='https://", "<video src='/"))).toEqual([`${lineIn('video-tag-tex-title', '<video')}: video must be an absolute https URL`]);
  });
  test('any other HTML line is reported, never read', () => {
    const at = lineIn('watch-video-bare-votes', '<div><video');
    for (const html of ['<img src="https://example.org/a.png">', '<video controls src="https://a.org/v.mp4" onerror="alert(1)"><source></video>', '<div><video controls src="https://a.org/v.mp4"></video>', '<video src="https://a.org/v.mp4" onerror="alert(1)"></video>', '<script>alert(1)</script>']) {
      const errs = errorsAfter('watch-video-bare-votes', (t) => t.replace(/^<div><video.*$/m, html));
      expect(errs, html).toHaveLength(1);
      expect(errs[0], html).toMatch(new RegExp(`^${at}: HTML is not read, only <video src="https://…"></video> lines: `));
    }
  });
  test('HTML right under a bullet is not a continuation', () => {
    const at = lineIn('no-authors', '  - (2)');
    expect(errorsAfter('no-authors', (t) => t.replace(/^ {2}- \(2\).*$/m, '<b>x</b>'))).toEqual([`${at}: HTML is not read, only <video src="https://…"></video> lines: "<b>x</b>"`]);
  });
  test('text after a blank line below a bullet is not a continuation', () => {
    const at = lineIn('continuation-numbered', '1) 정책');
    const errs = errorsAfter('continuation-numbered', (t) => t.replace('\n1) 정책', '\n\n1) 정책'));
    // and so are the lines that follow it: each is reported
    expect(errs.map((e) => e.slice(0, e.indexOf(' bullet)')))).toEqual([1, 2, 3, 4].map((k) => `${at + k}: unexpected line (not an image, video, Vote:, Authors: or "- "`));
  });
  test('a teaser that is protocol-relative or http is an error, only a site path is dropped', () => {
    const at = lineIn('two-star-labels-relative-image', '/avatars/');
    expect(errorsAfter('two-star-labels-relative-image', (t) => t.replace('![](/avatars/', '![](//evil.example/avatars/'))).toEqual([`${at}: teaser image must be an absolute https URL`]);
    expect(errorsAfter('two-star-labels-relative-image', (t) => t.replace('![](/avatars/e4f630616a16a7fc691b5275bb62f2aa.svg)', '![](/avatars/x.svg)\n![](/avatars/y.svg)'))).toEqual([
      `${at + 1}: second teaser image for one paper`,
    ]);
  });
});
