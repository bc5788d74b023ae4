/**
 * npm run bench:search [-- --runs N] [--out FILE]
 *
 * The search engine alone (src/search), in Node: no browser, no extension build. For the real day (9
 * papers), a synthetic archive the size of the real one (5,487 papers) and one of 20,000 (the main
 * benchmark's generator, so the same text shapes), it reports:
 * - build time of the whole index (what a worker does once), and of importing / deleting one day;
 * - memory: heap and ArrayBuffer growth of a standalone copy of the index (as a page or worker holds it
 *   after receiving it), measured after GC, and its structured-clone size (what postMessage copies);
 * - query time, median and p95 over repeated runs, for one- and two-term Korean and English queries,
 *   including snippets for the first 50 results.
 * A last row takes the 20k archive and adds ~25 random words to every paper, so the vocabulary is far
 * larger than real text ever makes it: the bigram filter over the vocabulary has to carry its weight.
 *
 * Run with --expose-gc (the npm script does) for the memory figures.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import { compileDataset, type SourceFile } from '../src/digest/compile';
import type { Day } from '../src/digest/schema';
import { addDays, buildIndex, docsOfDay, removeDay, search, type SearchDoc, type SearchIndex } from '../src/search';
import { generateDataset, readRealDay, TARGET_DATE, type GeneratedDataset } from './bench/dataset';
import { createRng, seedOf } from './bench/prng';
import { round, stats, type Stats } from './bench/stats';

const { values: flags } = parseArgs({ options: { runs: { type: 'string' }, out: { type: 'string' } } });
const RUNS = flags.runs ? Number(flags.runs) : 40;
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`--runs must be a positive integer, got ${flags.runs}`);

const QUERIES: readonly { q: string; kind: string }[] = [
  { q: '확산', kind: 'ko 1' },
  { q: '모델', kind: 'ko 1' },
  { q: 'LoRA', kind: 'en 1' },
  { q: 'diffusion', kind: 'en 1' },
  { q: '확산 모델', kind: 'ko 2' },
  { q: '언어 모델', kind: 'ko 2' },
  { q: '강화 학습', kind: 'ko 2' },
  { q: '가우시안 스플래팅', kind: 'ko 2' },
  { q: 'diffusion model', kind: 'en 2' },
  { q: 'language models', kind: 'en 2' },
  { q: 'reinforcement learning', kind: 'en 2' },
  { q: '저랭크 적응(LoRA)', kind: 'mixed 2' },
  { q: '2311.12983', kind: 'id' },
  { q: '모', kind: 'ko 1 char' },
];

const gc = (globalThis as { gc?: () => void }).gc;

function ms(f: () => void): number {
  const t = performance.now();
  f();
  return performance.now() - t;
}

function timed(runs: number, f: () => void): Stats {
  for (let i = 0; i < Math.min(3, runs); i++) f(); // warm the JIT
  return stats(Array.from({ length: runs }, () => ms(f)))!;
}

function compile(files: Map<string, string>): Day[] {
  const pick = (dir: string): SourceFile[] => [...files].filter(([p]) => p.startsWith(`${dir}/`)).map(([path, text]) => ({ path, text }));
  return compileDataset({ digests: pick('digests'), translations: pick('translations') }).days;
}

const mb = (b: number) => round(b / 2 ** 20, 2);

interface Memory {
  /** Heap growth (after GC) of a structured clone of the index: documents' text, vocabulary, arrays. */
  heapMB: number | null;
  /** Typed arrays (postings, bigrams), counted exactly: outside the JS heap. */
  arraysMB: number;
  /** The documents' summary text alone (2 bytes a character where a string holds Hangul, else 1). */
  textMB: number;
  /** Size of the structured-clone serialisation: what posting the index to or from a worker copies. */
  cloneMB: number;
}

function memoryOf(index: SearchIndex): Memory {
  const arrays = index.segments.reduce((n, s) => n + [s.postStart, s.posts, s.gramKeys, s.gramStart, s.gramTokens].reduce((m, a) => m + a.byteLength, 0), 0);
  const bytes = (t: string | undefined) => (t ? t.length * (/[^\x00-\xff]/.test(t) ? 2 : 1) : 0);
  const text = index.docs.reduce((n, d) => n + (d ? bytes(d.ko) + bytes(d.en) : 0), 0);
  let heap: number | null = null;
  if (gc) {
    gc();
    const before = process.memoryUsage().heapUsed;
    // structuredClone, not v8.deserialize: Node's deserializer may leave typed arrays as views into the
    // serialised buffer, and the copy must share nothing with the original.
    const copy = structuredClone(index);
    gc();
    heap = process.memoryUsage().heapUsed - before;
    if (copy.version !== 1) throw new Error('unexpected copy');
  }
  return { heapMB: heap === null ? null : mb(heap), arraysMB: mb(arrays), textMB: mb(text), cloneMB: mb(v8.serialize(index).length) };
}

/** Every paper gets ~15 random Hangul words (with a particle) and ~10 random Latin ones. */
function withLargeVocabulary(docs: readonly SearchDoc[]): SearchDoc[] {
  const rng = createRng(seedOf('search-vocabulary'));
  const syllable = () => String.fromCharCode(0xac00 + rng.int(0, 2349) * 4.7);
  const particles = ['을', '를', '은', '는', '이', '가', '의', '에서', '으로', ''];
  const hangul = () => Array.from({ length: rng.int(2, 4) }, syllable).join('') + rng.pick(particles);
  const latin = () => Array.from({ length: rng.int(4, 10) }, () => String.fromCharCode(97 + rng.int(0, 25))).join('');
  return docs.map((d) => ({
    ...d,
    ko: `${d.ko}\n${Array.from({ length: 15 }, hangul).join(' ')}`,
    en: `${d.en ?? ''}\n${Array.from({ length: 10 }, latin).join(' ')}`,
  }));
}

interface Row {
  name: string;
  papers: number;
  days: number;
  vocabulary: number;
  postings: number;
  buildMs: Stats;
  addDayMs: Stats;
  removeDayMs: Stats;
  memory: Memory;
  queries: { q: string; kind: string; total: number; ms: Stats }[];
}

function measure(name: string, days: readonly Day[], docs: readonly SearchDoc[]): Row {
  const buildRuns = docs.length > 10_000 ? 5 : docs.length > 100 ? 10 : RUNS;
  const buildMs = timed(buildRuns, () => buildIndex(docs));
  const index = buildIndex(docs);
  // Importing a day: the middle day again (it replaces itself) and deleting it.
  const middle = days.find((d) => d.date === TARGET_DATE) ?? days[0]!;
  const addDayMs = timed(RUNS, () => addDays(index, [middle]));
  const removeDayMs = timed(RUNS, () => removeDay(index, middle.date));
  const queries = QUERIES.map(({ q, kind }) => ({ q, kind, total: search(index, q).total, ms: timed(RUNS, () => search(index, q)) }));
  return {
    name,
    papers: docs.length,
    days: new Set(docs.map((d) => d.date)).size,
    vocabulary: index.segments.reduce((n, s) => n + s.tokens.length, 0),
    postings: index.segments.reduce((n, s) => n + s.posts.length, 0),
    buildMs,
    addDayMs,
    removeDayMs,
    memory: memoryOf(index),
    queries,
  };
}

function print(rows: readonly Row[]): void {
  const f = (s: Stats) => `${s.median.toFixed(1)} / ${s.p95.toFixed(1)}`;
  console.log('\nindex (times in ms, median / p95)');
  console.table(
    rows.map((r) => ({
      archive: r.name,
      papers: r.papers,
      vocabulary: r.vocabulary,
      postings: r.postings,
      build: f(r.buildMs),
      'add a day': f(r.addDayMs),
      'delete a day': f(r.removeDayMs),
      'heap MB': r.memory.heapMB ?? 'use --expose-gc',
      'of which summaries MB': r.memory.textMB,
      'typed arrays MB': r.memory.arraysMB,
      'clone MB': r.memory.cloneMB,
    })),
  );
  console.log('queries (ms, median / p95; 50 results with snippets; total = all matches)');
  console.table(
    QUERIES.map(({ q, kind }, i) => Object.fromEntries([['query', q], ['kind', kind], ...rows.map((r) => [r.name, `${f(r.queries[i]!.ms)} (${r.queries[i]!.total})`])])),
  );
  for (const r of rows) {
    const two = r.queries.filter((x) => x.kind.endsWith(' 2')).map((x) => x.ms.median);
    console.log(`${r.name}: two-term queries, median of medians ${stats(two)!.median.toFixed(2)} ms, worst median ${Math.max(...two).toFixed(2)} ms`);
  }
}

async function main(): Promise<void> {
  const real = await readRealDay('data');
  const sets: [string, GeneratedDataset | null, number][] = [
    ['9 (real day)', null, 9],
    ['5.5k', generateDataset('5.5k', 5_487, real), 5_487],
    ['20k', generateDataset('20k', 20_000, real), 20_000],
  ];
  const rows: Row[] = [];
  let last: { days: Day[]; docs: SearchDoc[] } | undefined;
  for (const [name, generated] of sets) {
    const days = generated ? compile(generated.files) : compile(new Map([[`digests/${TARGET_DATE}.md`, real.digest]]));
    const docs = days.flatMap(docsOfDay);
    console.log(`${name}: ${days.length} days, ${docs.length} papers`);
    rows.push(measure(name, days, docs));
    last = { days, docs };
  }
  if (last) rows.push(measure('20k + large vocabulary', last.days, withLargeVocabulary(last.docs)));
  print(rows);
  if (flags.out) await writeFile(flags.out, `${JSON.stringify({ node: process.version, runs: RUNS, rows }, null, 2)}\n`);
}

await main();
