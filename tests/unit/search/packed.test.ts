import { describe, expect, it } from 'vitest';
import { search } from '../../../src/search/query';
import { packIndex, unpackIndex, unread } from '../../../src/search/packed';
import { addDays, indexDays, type SearchIndex } from '../../../src/search/search-index';
import { day, realDay } from './test-days';

const small = [
  day('2024-01-02', [
    { id: '2401.00001', title: 'Diffusion Alignment', authors: ['김철수', 'Ada Lovelace'], ko: ['확산 모델을 정렬합니다.', 'ＧＰＴ와 LoRA를 씁니다.'], en: ['Aligns diffusion models.'] },
    { id: '2401.00002', title: '한국어 제목', ko: ['언어 모델의 추론 — “따옴표”와 이모지 🚀'] },
  ]),
  day('2024-01-03', [{ id: '2401.00003', title: 'Fast Samplers', ko: ['확산 모델의 샘플링을 빠르게 합니다.'], en: ['Makes sampling fast.'] }]),
];
const days = [realDay(), ...small];
const QUERIES = ['모델', '확산 모델', 'lora', 'gpt', 'diffusion', 'sampling fast', '2401', '2311', '김철수', '이모지', '따옴표', 'transformer', 'Kim'];

const keysOf = (index: SearchIndex) => index.docs.map((d) => `key-${d!.id}-${d!.date}`);
/** Every query in both languages, as a reader would see the answers. */
const answers = (index: SearchIndex) => QUERIES.flatMap((q) => (['ko', 'en'] as const).map((lang) => search(index, q, { limit: 100, lang })));

describe('the packed search index', () => {
  const built = indexDays(days);
  const bytes = packIndex(built, 'data-hash-1', keysOf(built));

  it('unpacks to the same documents, postings, hash and keys, Korean and English byte for byte', () => {
    const { index, hash, keys, summaryBytes } = unpackIndex(bytes);
    expect(hash).toBe('data-hash-1');
    expect(keys).toEqual(keysOf(built));
    expect(index.live).toBe(built.live);
    // Spread: the lazily read summaries come out as plain strings.
    expect(index.docs.map((d) => ({ ...d }))).toEqual(built.docs);
    expect(index.docs.some((d) => d!.en === undefined)).toBe(true);
    expect(index.segments).toHaveLength(1);
    const [a, b] = [index.segments[0]!, built.segments[0]!];
    expect(a.tokens).toEqual(b.tokens);
    expect([...a.postStart]).toEqual([...b.postStart]);
    expect([...a.posts]).toEqual([...b.posts.subarray(0, b.postStart[b.tokens.length])]);
    expect(summaryBytes).toBe(built.docs.reduce((n, d) => n + Buffer.byteLength(d!.ko) + Buffer.byteLength(d!.en ?? ''), 0));
  });

  it('answers every query as the index it was packed from, in Korean and in English', () => {
    const { index } = unpackIndex(bytes.slice().buffer);
    const expected = answers(built);
    expect(expected.filter((r) => r.total > 0).length).toBeGreaterThan(10);
    expect(answers(index)).toEqual(expected);
  });

  it('reads a summary only when it is asked for, then holds it as a plain value', () => {
    const { index } = unpackIndex(bytes);
    const doc = index.docs.find((d) => d!.id === '2401.00002')!;
    expect(unread(doc, 'ko')).toBe(true);
    expect(doc.ko).toBe('언어 모델의 추론 — “따옴표”와 이모지 🚀');
    expect(unread(doc, 'ko')).toBe(false);
    expect('en' in doc).toBe(false);
    const withEn = index.docs.find((d) => d!.id === '2401.00003')!;
    expect(unread(withEn, 'en')).toBe(true);
    expect(withEn.en).toBe('Makes sampling fast.');
  });

  it('an updated index over the unpacked one answers as an update of the original', () => {
    const extra = day('2024-01-04', [{ id: '2401.00004', title: 'Imported', ko: ['가져온 확산 모델'] }]);
    expect(answers(addDays(unpackIndex(bytes).index, [extra]))).toEqual(answers(addDays(built, [extra])));
  });

  it('refuses to pack an index that was updated, or keys that do not match the documents', () => {
    expect(() => packIndex(addDays(built, small), 'h', keysOf(built))).toThrow('only a freshly built index');
    expect(() => packIndex(built, 'h', ['one'])).toThrow('one key per document');
  });

  it('an empty index packs and unpacks', () => {
    const { index } = unpackIndex(packIndex(indexDays([]), 'h', []));
    expect(index).toMatchObject({ live: 0, docs: [], segments: [] });
    expect(search(index, '모델').total).toBe(0);
  });

  it('a damaged or foreign file fails with what is wrong', () => {
    expect(() => unpackIndex(new Uint8Array(4))).toThrow('search index: too short');
    expect(() => unpackIndex(new TextEncoder().encode('{"hash":"x","docs":[]}'))).toThrow('not a packed search index');
    const otherFormat = bytes.slice();
    new DataView(otherFormat.buffer).setUint32(4, 99, true);
    expect(() => unpackIndex(otherFormat)).toThrow('format 99, expected 1');
    expect(() => unpackIndex(bytes.subarray(0, bytes.length - 1))).toThrow(/size \d+ bytes, the header says \d+/);
    expect(() => unpackIndex(bytes.subarray(0, 200))).toThrow('search index: truncated header');
    const header = bytes.slice();
    header[13] = 0x7b; // `{{`: not JSON
    expect(() => unpackIndex(header)).toThrow('damaged header');
  });
});
