// Draws the add-in's icons (a target on Excel green) into assets/icon-{16,32,64,80}.png.
// Run once when the design changes; the PNGs are committed. Pure Node: zlib + a tiny PNG writer.
import { writeFileSync, mkdirSync } from "node:fs";
import { deflateSync } from "node:zlib";

const GREEN = [16, 124, 65];
const WHITE = [255, 255, 255];

function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  const rows = [];
  for (let y = 0; y < size; y++) rows.push(Buffer.from([0]), rgba.subarray(y * size * 4, (y + 1) * size * 4));
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Colour at (x, y) in unit coordinates, or null for transparent. */
function paint(x, y) {
  const r = 0.2; // corner radius of the tile
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if (Math.hypot(x - cx, y - cy) > r) return null;
  const d = Math.hypot(x - 0.5, y - 0.5);
  if (d < 0.1) return WHITE;
  if (d < 0.2) return GREEN;
  if (d < 0.3) return WHITE;
  return GREEN;
}

function draw(size) {
  const samples = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = paint((x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size);
          if (colour) [r, g, b, a] = [r + colour[0], g + colour[1], b + colour[2], a + 1];
        }
      }
      const offset = (y * size + x) * 4;
      if (a > 0)
        rgba.set(
          [Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round((255 * a) / samples ** 2)],
          offset,
        );
    }
  }
  return png(size, rgba);
}

mkdirSync("assets", { recursive: true });
for (const size of [16, 32, 64, 80]) writeFileSync(`assets/icon-${size}.png`, draw(size));
console.log("assets/icon-{16,32,64,80}.png written");
