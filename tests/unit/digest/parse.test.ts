import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { bulletSource } from '../../../src/digest/inline';
import { segmentsText, segmentUrls } from '../../../src/digest/linkify';
import { parseDigest } from '../../../src/digest/parse';
import { seedText, SEED_PATH } from './seed';

const SEED_SHA256 = '7f475b64528ff7a69a8a3f26f538343d80d6bb80a4b3db1ee9e37a1cb2eb0d97';

const EXPECTED = [
  ['2311.12983', 'GAIA: a benchmark for General AI Assistants', 6, 5],
  ['2311.12908', 'Diffusion Model Alignment Using Direct Preference Optimization', 10, 8],
  ['2311.13384', 'LucidDreamer: Domain-free Generation of 3D Gaussian Splatting Scenes', 5, 6],
  ['2311.13231', 'Using Human Feedback to Fine-tune Diffusion Models without Any Reward Model', 9, 7],
  ['2311.13073', 'FusionFrames: Efficient Architectural Aspects for Text-to-Video Generation Pipeline', 6, 7],
  ['2311.13600', 'ZipLoRA: Any Subject in Any Style by Effectively Merging LoRAs', 7, 4],
  ['2311.13141', 'Diffusion360: Seamless 360 Degree Panoramic Image Generation based on Diffusion Models', 4, 6],
  ['2311.13435', 'PG-Video-LLaVA: Pixel Grounding Large Video-Language Models', 7, 8],
  ['2311.13601', 'Visual In-Context Prompting', 12, 6],
] as const;

describe('the seed digest', () => {
  const r = parseDigest(seedText());
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  const day = r.day;

  test('is byte-identical to the shared seed', () => {
    // The seed's hash, so the check holds where ../shared/ is not beside the checkout.
    expect(createHash('sha256').update(readFileSync(SEED_PATH)).digest('hex')).toBe(SEED_SHA256);
    const shared = '../shared/seeds/000_d9cbadacf2fd2a1d.txt';
    if (existsSync(shared)) expect(readFileSync(SEED_PATH)).toEqual(readFileSync(shared));
  });
  test('date and title', () => expect([day.date, day.title]).toEqual(['2023-11-23', 'Daily Papers']));
  test('9 papers with the right IDs, titles, author counts and bullet counts', () => {
    expect(day.papers.map((p) => [p.id, p.title, p.authors.length, p.summary.ko.bullets.length])).toEqual(EXPECTED);
  });
  test('every paper has a teaser image on the CDN and its summary is marked as source, not translation', () => {
    for (const p of day.papers) {
      expect(p.image).toMatch(/^https:\/\/cdn-uploads\.huggingface\.co\//);
      expect(p.summary.ko.translated).toBe(false);
    }
  });
  test('each bullet gives back its source line byte for byte (Korean kept verbatim, trailing space included)', () => {
    const sourceBullets = seedText().split('\n').filter((l) => l.startsWith('- ')).map((l) => l.slice(2));
    expect(day.papers.flatMap((p) => p.summary.ko.bullets.map(bulletSource))).toEqual(sourceBullets);
    // the seed has no markup, so what a reader sees is the source too, but for one trailing space
    expect(day.papers.flatMap((p) => p.summary.ko.bullets.map(segmentsText))).toEqual(sourceBullets);
    expect(sourceBullets.filter((b) => b !== b.trimEnd())).toHaveLength(1);
  });
  test('no warnings', () => expect(r.ok && r.warnings).toEqual([]));
  test('the URLs inside bullets are cut where they end', () => {
    expect(day.papers.flatMap((p) => p.summary.ko.bullets.flatMap(segmentUrls))).toEqual([
      'https://huggingface.co/gaia-benchmark',
      'https://ai-forever.github.io/kandinsky-video/',
      'https://ziplora.github.io',
      'https://github.com/ArcherFMY/SD-T2I-360PanoImage',
      'https://www.modelscope.cn/models/damo/cv_diffusion_text-to-360panorama-image_generation/summary',
      'https://github.com/mbzuai-oryx/Video-LLaVA',
      'https://github.com/UX-Decoder/DINOv',
    ]);
  });
});

/** Applies an edit to the seed and returns the parse errors as `line: message`. */
function errorsAfter(edit: (text: string) => string): string[] {
  const r = parseDigest(edit(seedText()));
  if (r.ok) throw new Error('expected errors');
  return r.errors.map((e) => `${e.line}: ${e.message}`);
}
const lineOf = (needle: string) => seedText().split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('malformed digests name the line and what is wrong', () => {
  test('missing Authors: line', () => {
    const errs = errorsAfter((t) => t.replace(/^Authors: Kai Yang.*\n/m, ''));
    expect(errs).toEqual([`${lineOf('(https://arxiv.org/abs/2311.13231)')}: paper 2311.13231 has no Authors: line`]);
  });
  test('heading without an arXiv link', () => {
    const errs = errorsAfter((t) => t.replace('### [Visual In-Context Prompting](https://arxiv.org/abs/2311.13601)', '### Visual In-Context Prompting'));
    expect(errs).toEqual([`${lineOf('2311.13601')}: paper heading without an arXiv link: expected ### [Title](https://arxiv.org/abs/ID)`]);
  });
  test('invalid arXiv ID', () => {
    const errs = errorsAfter((t) => t.replace('abs/2311.13601)', 'abs/2311.136)'));
    expect(errs).toEqual([`${lineOf('2311.13601')}: invalid arXiv ID in link "https://arxiv.org/abs/2311.136"`]);
  });
  test('link to a non-arXiv host', () => {
    expect(errorsAfter((t) => t.replace('https://arxiv.org/abs/2311.13601', 'https://example.org/abs/2311.13601'))[0]).toMatch(/invalid arXiv ID/);
  });
  test('duplicate ID in a day', () => {
    const errs = errorsAfter((t) => t.replace('abs/2311.13601)', 'abs/2311.12983)'));
    expect(errs).toEqual([`${lineOf('2311.13601')}: duplicate ID 2311.12983 (first at line ${lineOf('2311.12983')})`]);
  });
  test('empty summary', () => {
    const errs = errorsAfter((t) => t.replace(/^- .*ZipLoRA.*\n|^- 최근에 제안된 low-rank.*\n|^- 별도로 훈련된.*\n|^- 실험 결과는 ZipLoRA.*\n|^- 프로젝트 페이지\(https:\/\/ziplora.*\n/gm, ''));
    expect(errs).toEqual([`${lineOf('2311.13600)')}: paper 2311.13600 has an empty summary (no "- " bullets)`]);
  });
  test('bad date', () => {
    expect(errorsAfter((t) => t.replace('(2023-11-23)', '(2023-02-30)'))).toEqual(['1: bad date "2023-02-30": expected YYYY-MM-DD']);
  });
  test('missing day header', () => {
    expect(errorsAfter((t) => t.replace('## Daily Papers (2023-11-23)\n', ''))).toEqual(['1: missing day header: expected ## Daily Papers (YYYY-MM-DD)']);
  });
  test('empty bullet and stray text', () => {
    const errs = errorsAfter((t) => t.replace('- 프로젝트 페이지 : https://ai-forever', '-\nsome stray words\n- 프로젝트 페이지 : https://ai-forever'));
    const at = lineOf('- 프로젝트 페이지 : https://ai-forever');
    expect(errs).toEqual([`${at}: empty bullet`, `${at + 1}: unexpected line (not an image, video, Vote:, Authors: or "- " bullet): "some stray words"`]);
  });
  test('teaser that is not https', () => {
    const teaser = '![](https://cdn-uploads.huggingface.co/production/uploads/60f1abe7544c2adfd699860c/JATQYyrVl6Uy2XlOZmjOx.png)';
    const at = lineOf('JATQYyrVl6Uy2XlOZmjOx');
    for (const url of ['javascript:alert(1)', 'http://example.org/a.png', '//example.org/a.png', 'a.png', '']) {
      expect(errorsAfter((t) => t.replace(teaser, `![](${url})`)), url).toEqual([`${at}: teaser image must be an absolute https URL`]);
    }
  });
  test('several errors are reported at once, in line order', () => {
    const errs = errorsAfter((t) => t.replace('(2023-11-23)', '(2023-13-01)').replace(/^Authors: Kai Yang.*\n/m, '').replace('abs/2311.13601)', 'abs/2311.12983)'));
    expect(errs).toHaveLength(3);
    expect(errs.map((e) => Number(e.split(':')[0]))).toEqual([...errs.map((e) => Number(e.split(':')[0]))].sort((a, b) => a - b));
  });
  test('an empty file', () => {
    expect(parseDigest('')).toEqual({ ok: false, errors: [{ line: 1, message: 'missing day header: expected ## Daily Papers (YYYY-MM-DD)' }, { line: 1, message: 'no papers: expected ### [Title](https://arxiv.org/abs/ID) headings' }] });
  });
  test('CRLF line endings and a BOM parse the same', () => {
    const r = parseDigest(`\uFEFF${seedText().replace(/\n/g, '\r\n')}`);
    expect(r.ok && r.day.papers.length).toBe(9);
  });
});
