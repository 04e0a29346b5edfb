// Draws Lede's toolbar icon (a page with a bold lead line and text lines)
// into public/icon/<size>.png. Run once after changing the design:
//   node tests/tools/make-icons.mjs
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const INK = [27, 58, 112];
const PAPER = [253, 253, 251];

function crc32(buf) {
  let c, crc = ~0;
  for (const byte of buf) {
    c = (crc ^ byte) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Coverage of pixel (x, y) by the shape, 4×4 supersampled, as [r, g, b, a]. */
function pixel(x, y, size) {
  let ink = 0, paper = 0;
  for (let sy = 0; sy < 4; sy++) {
    for (let sx = 0; sx < 4; sx++) {
      const u = (x + (sx + 0.5) / 4) / size;
      const v = (y + (sy + 0.5) / 4) / size;
      // Rounded square background.
      const r = 0.18;
      const dx = Math.max(r - u, 0, u - (1 - r));
      const dy = Math.max(r - v, 0, v - (1 - r));
      if (dx * dx + dy * dy > r * r) continue;
      // Paper lines: a heavy lead line, then three text lines.
      const lines = [[0.2, 0.33, 0.8], [0.45, 0.52, 0.8], [0.6, 0.67, 0.8], [0.75, 0.82, 0.62]];
      const onLine = lines.some(([top, bottom, right]) => v >= top && v <= bottom && u >= 0.2 && u <= right);
      if (onLine) paper++;
      else ink++;
    }
  }
  const total = ink + paper;
  if (!total) return [0, 0, 0, 0];
  const mix = (i) => Math.round((INK[i] * ink + PAPER[i] * paper) / total);
  return [mix(0), mix(1), mix(2), Math.round((total / 16) * 255)];
}

function png(size) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y, size);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(new URL('../../public/icon/', import.meta.url), { recursive: true });
for (const size of [16, 32, 48, 96, 128]) {
  writeFileSync(new URL(`../../public/icon/${size}.png`, import.meta.url), png(size));
}
