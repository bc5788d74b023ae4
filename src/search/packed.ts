/**
 * The index of the bundled days as one file, built when the extension is built and shipped in it
 * (`data/search/index.bin`): the reader loads it in a few hundred milliseconds instead of reading every
 * day file through the background and indexing them (seconds; issue #25). It belongs to the package it
 * came in, so an update of the extension brings the index of its own data, and the `hash` of that data
 * (`version.json`) is written in it to prove it.
 *
 * Layout: `DPSI`, a format number and the byte length of a JSON header (u32 little-endian each), the
 * header (documents without their summaries, vocabulary, per-document keys), then three streams of the postings, token by token:
 * how many postings each token has (varint), the increase of the document number from one posting to the
 * next (varint, from 0 for each token), and `field * 8 + count` (one byte each). About a byte and a half a
 * posting against four; last the summaries, UTF-8, one after the other. The bigrams are not shipped:
 * segment.ts works them out again from the vocabulary.
 *
 * The summaries are most of the file (at 20,000 papers 46 of 53 MB), and a search reads them only for the
 * results it shows: each document's `ko` and `en` are read from the bytes the first time they are asked
 * for (an own enumerable getter that replaces itself by the text, so spreading, cloning and comparing a
 * document still see plain strings). Turning them all into strings at once took most of the opening time.
 */
import type { SearchDoc } from './doc';
import type { SearchIndex } from './search-index';
import { segmentOf } from './segment';

export const PACKED_FORMAT = 1;
/** `DPSI` read as a little-endian u32. */
const MAGIC = 0x49535044;
const HEAD_BYTES = 12;

/** A document as stored: [date number, order, id, title, authors, 1 when it has English]. */
type PackedDoc = [number, number, string, string, string[], 0 | 1];

interface Header {
  /** `version.json`'s hash of the data the index was built from. */
  hash: string;
  dates: string[];
  docs: PackedDoc[];
  /** One string per document, the caller's (the reader's: a hash of the Korean, to match stored English). */
  keys: string[];
  tokens: string[];
  /** Byte lengths of the three postings streams and the summaries after the header. */
  streams: [counts: number, deltas: number, fields: number, texts: number];
  /** Per document, the byte lengths of its Korean and its English ('' when it has none) summary. */
  texts: number[];
}

export interface Unpacked {
  index: SearchIndex;
  hash: string;
  /** Per document number, the key it was packed with. */
  keys: string[];
  /** The summaries' bytes, kept until each is read. */
  summaryBytes: number;
}

/** Packs a freshly built index (one segment, no removed document), with one key per document. */
export function packIndex(index: SearchIndex, hash: string, keys: readonly string[]): Uint8Array {
  if (index.segments.length > 1 || index.live !== index.docs.length) throw new Error('packIndex: only a freshly built index can be packed');
  if (keys.length !== index.docs.length) throw new Error('packIndex: one key per document');
  const docs = index.docs as SearchDoc[];
  const dates = [...new Set(docs.map((d) => d.date))];
  const dateNo = new Map(dates.map((d, i) => [d, i]));
  const seg = index.segments[0];
  const counts = new Bytes();
  const deltas = new Bytes();
  const fields = new Bytes();
  const utf8 = new TextEncoder();
  const texts: Uint8Array[] = [];
  const textLengths: number[] = [];
  for (const d of docs) {
    for (const text of [d.ko, d.en ?? '']) {
      const b = utf8.encode(text);
      texts.push(b);
      textLengths.push(b.length);
    }
  }
  const textBytes = textLengths.reduce((n, l) => n + l, 0);
  if (seg) {
    for (let t = 0; t < seg.tokens.length; t++) {
      const [from, to] = [seg.postStart[t]!, seg.postStart[t + 1]!];
      counts.varint(to - from);
      let doc = 0;
      for (let i = from; i < to; i++) {
        const p = seg.posts[i]!;
        deltas.varint((p >>> 6) - doc);
        doc = p >>> 6;
        fields.byte(p & 63);
      }
    }
  }
  const header: Header = {
    hash,
    dates,
    docs: docs.map((d) => [dateNo.get(d.date)!, d.order, d.id, d.title, d.authors, d.en === undefined ? 0 : 1]),
    keys: [...keys],
    tokens: seg?.tokens ?? [],
    streams: [counts.length, deltas.length, fields.length, textBytes],
    texts: textLengths,
  };
  const json = utf8.encode(JSON.stringify(header));
  const out = new Uint8Array(HEAD_BYTES + json.length + counts.length + deltas.length + fields.length + textBytes);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, PACKED_FORMAT, true);
  view.setUint32(8, json.length, true);
  let at = HEAD_BYTES;
  for (const part of [json, counts.bytes(), deltas.bytes(), fields.bytes(), ...texts]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Reads a packed index; a damaged or foreign file throws an error that says what is wrong. */
export function unpackIndex(data: ArrayBuffer | Uint8Array): Unpacked {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const fail = (what: string): never => {
    throw new Error(`search index: ${what}`);
  };
  if (bytes.length < HEAD_BYTES) fail('too short');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC) fail('not a packed search index');
  const format = view.getUint32(4, true);
  if (format !== PACKED_FORMAT) fail(`format ${format}, expected ${PACKED_FORMAT}`);
  const jsonEnd = HEAD_BYTES + view.getUint32(8, true);
  if (jsonEnd > bytes.length) fail('truncated header');
  let header: Header;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(HEAD_BYTES, jsonEnd))) as Header;
  } catch (e) {
    return fail(`damaged header (${(e as Error).message})`);
  }
  const { hash, dates, docs, keys, tokens, streams, texts } = header ?? ({} as Header);
  if (typeof hash !== 'string' || ![dates, docs, keys, tokens, streams, texts].every(Array.isArray) || streams.length !== 4) fail('damaged header');
  if (keys.length !== docs.length || texts.length !== 2 * docs.length) fail('one key and two summaries per document expected');
  const countsEnd = jsonEnd + streams[0];
  const deltasEnd = countsEnd + streams[1];
  const fieldsEnd = deltasEnd + streams[2];
  const end = fieldsEnd + streams[3];
  if (end !== bytes.length) fail(`size ${bytes.length} bytes, the header says ${end}`);

  // A copy of the summaries alone: the rest of the file is garbage once read.
  const summaries = bytes.slice(fieldsEnd, end);
  let at = 0;
  const searchDocs: SearchDoc[] = docs.map((d, i) => {
    const date = dates[d[0]];
    if (typeof date !== 'string' || typeof d[2] !== 'string' || typeof d[3] !== 'string' || !Array.isArray(d[4])) fail(`document ${i} is damaged`);
    const doc = { date: date!, order: d[1], id: d[2], title: d[3], authors: d[4] } as SearchDoc;
    const [ko, en] = [texts[2 * i]!, texts[2 * i + 1]!];
    readLater(doc, 'ko', summaries, at, at + ko);
    if (d[5]) readLater(doc, 'en', summaries, at + ko, at + ko + en);
    at += ko + en;
    return doc;
  });
  if (at !== summaries.length) fail('summaries do not add up');

  const postStart = new Uint32Array(tokens.length + 1);
  const counts = new Reader(bytes, jsonEnd, countsEnd);
  for (let t = 0; t < tokens.length; t++) postStart[t + 1] = postStart[t]! + counts.varint();
  const total = postStart[tokens.length]!;
  if (!counts.done() || total !== streams[2]) fail('postings do not add up');
  const posts = new Uint32Array(total);
  const deltas = new Reader(bytes, countsEnd, deltasEnd);
  for (let t = 0, i = 0; t < tokens.length; t++) {
    let doc = 0;
    for (const end = postStart[t + 1]!; i < end; i++) {
      doc += deltas.varint();
      if (doc >= docs.length) fail(`a posting names document ${doc} of ${docs.length}`);
      posts[i] = doc * 64 + bytes[deltasEnd + i]!;
    }
  }
  if (!deltas.done()) fail('postings do not add up');
  const index: SearchIndex = { version: 1, docs: searchDocs, live: searchDocs.length, segments: tokens.length ? [segmentOf(tokens, postStart, posts)] : [] };
  return { index, hash, keys, summaryBytes: summaries.byteLength };
}

const utf8Decoder = new TextDecoder();

/** `doc[key]` becomes the text of `bytes[from, to)`, decoded the first time it is read (then a plain value). */
function readLater(doc: SearchDoc, key: 'ko' | 'en', bytes: Uint8Array, from: number, to: number): void {
  const settle = (value: string) => Object.defineProperty(doc, key, { value, enumerable: true, writable: true, configurable: true });
  Object.defineProperty(doc, key, {
    enumerable: true,
    configurable: true,
    get: () => {
      const text = utf8Decoder.decode(bytes.subarray(from, to));
      settle(text);
      return text;
    },
    set: settle,
  });
}

/** Whether `doc[key]` is still unread bytes of a packed index (so measuring it would read it). */
export function unread(doc: SearchDoc, key: 'ko' | 'en'): boolean {
  return !!Object.getOwnPropertyDescriptor(doc, key)?.get;
}

/** A growing byte buffer. */
class Bytes {
  private buf = new Uint8Array(1 << 16);
  length = 0;

  byte(b: number): void {
    if (this.length === this.buf.length) {
      const next = new Uint8Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.length++] = b;
  }

  /** LEB128: seven bits a byte, low bits first, the high bit set on every byte but the last. */
  varint(n: number): void {
    while (n >= 128) {
      this.byte((n & 127) | 128);
      n = Math.floor(n / 128);
    }
    this.byte(n);
  }

  bytes(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }
}

class Reader {
  constructor(
    private readonly bytes: Uint8Array,
    private at: number,
    private readonly end: number,
  ) {}

  varint(): number {
    let n = 0;
    let scale = 1;
    for (;;) {
      if (this.at >= this.end) throw new Error('search index: a stream ends too early');
      const b = this.bytes[this.at++]!;
      n += (b & 127) * scale;
      if (b < 128) return n;
      scale *= 128;
    }
  }

  done(): boolean {
    return this.at === this.end;
  }
}
