/**
 * Draws the toolbar/store icon at 16, 32, 48 and 128 px into public/icon/ (no image tools needed):
 * arXiv red rounded square with a white "page" and three summary lines. Run: npx tsx scripts/make-icons.ts
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const RED: [number, number, number, number] = [179, 27, 27, 255];
const WHITE: [number, number, number, number] = [255, 255, 255, 255];
const CLEAR: [number, number, number, number] = [0, 0, 0, 0];

for (const size of [16, 32, 48, 128]) {
  const s = size / 16; // design grid is 16 units
  const r = 3 * s;
  const buf = png(size, (px, py) => {
    const x = (px + 0.5) / s;
    const y = (py + 0.5) / s;
    // rounded square
    const cx = Math.min(Math.max(px + 0.5, r), size - r);
    const cy = Math.min(Math.max(py + 0.5, r), size - r);
    if ((px + 0.5 - cx) ** 2 + (py + 0.5 - cy) ** 2 > r * r) return CLEAR;
    // white page with three red lines (the summary bullets)
    if (x >= 3.5 && x <= 12.5 && y >= 2.5 && y <= 13.5) {
      const line = [5, 8, 11].some((ly) => y >= ly - 0.6 && y <= ly + 0.6) && x >= 5 && x <= (y > 10 ? 9 : 11);
      return line ? RED : WHITE;
    }
    return RED;
  });
  writeFileSync(`public/icon/${size}.png`, buf);
}
console.log('icons written');
