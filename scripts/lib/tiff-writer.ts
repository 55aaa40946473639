// Writes grayscale pages as one multi-page TIFF (8-bit, Deflate-compressed, one strip a page), as scanners do.
import { deflateSync } from 'node:zlib';

export interface TiffPage {
  width: number;
  height: number;
  gray: Uint8Array;
  /** TIFF orientation tag (1 = upright). */
  orientation?: number;
}

export function writeTiff(pages: TiffPage[]): Buffer {
  const parts: Buffer[] = [];
  let offset = 8;
  const header = Buffer.alloc(8);
  header.write('II', 0, 'latin1');
  header.writeUInt16LE(42, 2);
  parts.push(header);
  const ifdOffsets: number[] = [];
  const patchNext: { buffer: Buffer; at: number }[] = [];
  pages.forEach((page, n) => {
    const strip = deflateSync(Buffer.from(page.gray));
    parts.push(strip);
    const stripOffset = offset;
    offset += strip.length + (strip.length % 2);
    if (strip.length % 2) parts.push(Buffer.alloc(1));
    const tags: [number, number, number][] = [
      [254, 4, 0], // NewSubfileType: a page
      [256, 4, page.width],
      [257, 4, page.height],
      [258, 3, 8], // BitsPerSample
      [259, 3, 8], // Compression: Deflate
      [262, 3, 1], // Photometric: black is zero
      [273, 4, stripOffset],
      [274, 3, page.orientation ?? 1],
      [277, 3, 1], // SamplesPerPixel
      [278, 4, page.height], // RowsPerStrip
      [279, 4, strip.length],
      [297, 3, n | (pages.length << 16)], // PageNumber: this page, of how many
    ];
    const ifd = Buffer.alloc(2 + tags.length * 12 + 4);
    ifd.writeUInt16LE(tags.length, 0);
    tags.forEach(([tag, type, value], i) => {
      const at = 2 + i * 12;
      ifd.writeUInt16LE(tag, at);
      ifd.writeUInt16LE(type, at + 2);
      ifd.writeUInt32LE(tag === 297 ? 2 : 1, at + 4);
      if (type === 3 && tag !== 297) ifd.writeUInt16LE(value, at + 8);
      else ifd.writeUInt32LE(value, at + 8);
    });
    ifdOffsets.push(offset);
    patchNext.push({ buffer: ifd, at: 2 + tags.length * 12 });
    parts.push(ifd);
    offset += ifd.length;
  });
  header.writeUInt32LE(ifdOffsets[0] ?? 0, 4);
  patchNext.forEach(({ buffer, at }, i) => buffer.writeUInt32LE(ifdOffsets[i + 1] ?? 0, at));
  return Buffer.concat(parts);
}
