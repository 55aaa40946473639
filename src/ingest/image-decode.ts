// Turns an image file (PNG, JPEG, BMP, or a TIFF of one or more pages) into upright grayscale pages, with
// pure-JS decoders that throw on bad input (the native canvas decoder crashes the process on a truncated
// header), and the EXIF or TIFF orientation applied.
import { createRequire } from 'node:module';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import UTIF from 'utif2';

const require = createRequire(import.meta.url);

export interface GrayPage {
  width: number;
  height: number;
  /** One byte a pixel, 0 black to 255 white, row by row. */
  gray: Uint8Array;
}

export function isTiff(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 4).toString('latin1');
  return head === 'II*\x00' || head === 'MM\x00*';
}

export function grayOfRgba(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): GrayPage {
  const gray = new Uint8Array(width * height);
  for (let i = 0; i < gray.length; i++) {
    const alpha = rgba[i * 4 + 3]! / 255;
    // Transparent pixels are paper, not ink.
    const value = 0.299 * rgba[i * 4]! + 0.587 * rgba[i * 4 + 1]! + 0.114 * rgba[i * 4 + 2]!;
    gray[i] = Math.round(value * alpha + 255 * (1 - alpha));
  }
  return { width, height, gray };
}

/** Applies a TIFF/EXIF orientation (1–8) so the page is upright. */
export function orient(page: GrayPage, orientation: number): GrayPage {
  if (orientation <= 1 || orientation > 8) return page;
  const { width: w, height: h, gray } = page;
  const swap = orientation >= 5;
  const outW = swap ? h : w;
  const outH = swap ? w : h;
  const out = new Uint8Array(outW * outH);
  for (let y = 0; y < outH; y++) {
    for (let x = 0; x < outW; x++) {
      // Where the displayed pixel (x, y) is stored.
      let sx: number;
      let sy: number;
      switch (orientation) {
        case 2: sx = w - 1 - x; sy = y; break;
        case 3: sx = w - 1 - x; sy = h - 1 - y; break;
        case 4: sx = x; sy = h - 1 - y; break;
        case 5: sx = y; sy = x; break;
        case 6: sx = y; sy = h - 1 - x; break;
        case 7: sx = w - 1 - y; sy = h - 1 - x; break;
        default: sx = w - 1 - y; sy = x; break; // 8
      }
      out[y * outW + x] = gray[sy * w + sx]!;
    }
  }
  return { width: outW, height: outH, gray: out };
}

function tiffPages(bytes: Buffer): GrayPage[] {
  const ifds = UTIF.decode(bytes);
  const pages: GrayPage[] = [];
  for (const ifd of ifds) {
    // NewSubfileType bit 0 marks a reduced-resolution copy (a thumbnail), not a page.
    const subfile = (ifd.t254 as number[] | undefined)?.[0] ?? 0;
    if (subfile & 1) continue;
    UTIF.decodeImage(bytes, ifd);
    const width = ifd.width as number;
    const height = ifd.height as number;
    if (!width || !height) continue;
    const page = grayOfRgba(UTIF.toRGBA8(ifd), width, height);
    pages.push(orient(page, (ifd.t274 as number[] | undefined)?.[0] ?? 1));
  }
  return pages;
}

/** The EXIF orientation (tag 0x0112) of a JPEG's APP1 segment, 1 when there is none. */
export function jpegOrientation(bytes: Buffer): number {
  let at = 2;
  while (at + 4 <= bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1]!;
    const length = bytes.readUInt16BE(at + 2);
    if (marker === 0xda || marker === 0xd9) break; // image data starts: no more metadata
    if (marker === 0xe1 && bytes.toString('latin1', at + 4, at + 10) === 'Exif\0\0') {
      const tiff = at + 10;
      const little = bytes.toString('latin1', tiff, tiff + 2) === 'II';
      const u16 = (o: number) => (little ? bytes.readUInt16LE(o) : bytes.readUInt16BE(o));
      const u32 = (o: number) => (little ? bytes.readUInt32LE(o) : bytes.readUInt32BE(o));
      const ifd = tiff + u32(tiff + 4);
      if (ifd + 2 > bytes.length) return 1;
      const count = u16(ifd);
      for (let i = 0; i < count && ifd + 2 + i * 12 + 12 <= bytes.length; i++) {
        const entry = ifd + 2 + i * 12;
        if (u16(entry) === 0x0112) return u16(entry + 8);
      }
      return 1;
    }
    at += 2 + length;
  }
  return 1;
}

/** Uncompressed Windows bitmaps of 8 (palette), 24 or 32 bits a pixel. */
function bmpPage(bytes: Buffer): GrayPage {
  const dataOffset = bytes.readUInt32LE(10);
  const headerSize = bytes.readUInt32LE(14);
  const width = bytes.readInt32LE(18);
  const rawHeight = bytes.readInt32LE(22);
  const bits = bytes.readUInt16LE(28);
  const compression = headerSize >= 40 ? bytes.readUInt32LE(30) : 0;
  const height = Math.abs(rawHeight);
  if (width <= 0 || height === 0 || width * height > 100_000_000) throw new Error(`bad bitmap size ${width}×${height}`);
  if (compression !== 0 && !(compression === 3 && bits === 32)) throw new Error(`compressed bitmaps (${compression}) are not read`);
  if (![8, 24, 32].includes(bits)) throw new Error(`${bits}-bit bitmaps are not read`);
  const stride = Math.ceil((width * bits) / 32) * 4;
  if (dataOffset + stride * height > bytes.length) throw new Error('bitmap is truncated');
  const palette = 14 + headerSize;
  const gray = new Uint8Array(width * height);
  for (let row = 0; row < height; row++) {
    const y = rawHeight > 0 ? height - 1 - row : row; // bottom-up unless the height is negative
    const line = dataOffset + row * stride;
    for (let x = 0; x < width; x++) {
      let b: number, g: number, r: number;
      if (bits === 8) {
        const entry = palette + bytes[line + x]! * 4;
        [b, g, r] = [bytes[entry] ?? 0, bytes[entry + 1] ?? 0, bytes[entry + 2] ?? 0];
      } else {
        const p = line + (x * bits) / 8;
        [b, g, r] = [bytes[p]!, bytes[p + 1]!, bytes[p + 2]!];
      }
      gray[y * width + x] = Math.round(0.299 * r + 0.587 * g + 0.114 * b);
    }
  }
  return { width, height, gray };
}

export async function decodeImagePages(bytes: Buffer): Promise<GrayPage[]> {
  if (isTiff(bytes)) return tiffPages(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xd8) {
    const image = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxMemoryUsageInMB: 1024 });
    return [orient(grayOfRgba(image.data, image.width, image.height), jpegOrientation(bytes))];
  }
  if (bytes.toString('latin1', 0, 4) === '\x89PNG') {
    const image = PNG.sync.read(bytes);
    return [grayOfRgba(image.data, image.width, image.height)];
  }
  if (bytes.toString('latin1', 0, 2) === 'BM') return [bmpPage(bytes)];
  throw new Error('not a PNG, JPEG, BMP or TIFF image');
}

/** A grayscale page as PNG, for OCR. */
export function pngOfGray(page: GrayPage): Buffer {
  // Loaded at the first page image: the native canvas module costs every start of a thread a third of a second.
  const { createCanvas } = require('@napi-rs/canvas') as typeof import('@napi-rs/canvas');
  const canvas = createCanvas(page.width, page.height);
  const context = canvas.getContext('2d');
  const data = context.createImageData(page.width, page.height);
  for (let i = 0; i < page.gray.length; i++) {
    const v = page.gray[i]!;
    data.data[i * 4] = v;
    data.data[i * 4 + 1] = v;
    data.data[i * 4 + 2] = v;
    data.data[i * 4 + 3] = 255;
  }
  context.putImageData(data, 0, 0);
  return canvas.toBuffer('image/png');
}
