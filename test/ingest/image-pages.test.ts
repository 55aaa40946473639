// Page images without OCR: sniffing, EXIF and TIFF orientation, multi-page TIFF splitting, skew estimation and
// the cleanup steps, on small synthetic images.
import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { writeTiff } from '../../scripts/lib/tiff-writer.js';
import { extract } from '../../src/ingest/index.js';
import { decodeImagePages, orient, type GrayPage } from '../../src/ingest/image-decode.js';
import { binarize, estimateSkew, normalizeBackground, rotate } from '../../src/ingest/page-cleanup.js';
import { sniff } from '../../src/ingest/sniff.js';

/** A page of dark text-like bars on white: `lines` rows of dashes, like lines of characters. */
function textPage(width = 600, height = 400, lines = 12): GrayPage {
  const gray = new Uint8Array(width * height).fill(255);
  for (let l = 0; l < lines; l++) {
    const y0 = 30 + l * 28;
    for (let x = 40; x < width - 40; x++) {
      if (x % 22 > 17) continue; // gaps between "characters"
      for (let y = y0; y < y0 + 14; y++) if ((x + y) % 3 !== 0) gray[y * width + x] = 20;
    }
  }
  return { width, height, gray };
}

/** A JPEG whose EXIF says "rotate 90° clockwise to display" (orientation 6). */
async function jpegWithOrientation6(): Promise<Buffer> {
  const canvas = createCanvas(40, 20);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, 40, 20);
  ctx.fillStyle = '#000';
  ctx.fillRect(0, 0, 10, 6); // a black mark at the stored top-left
  const jpeg = await canvas.encode('jpeg', 95);
  const tiff = Buffer.from([0x4d, 0x4d, 0, 0x2a, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0]);
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const app1 = Buffer.concat([Buffer.from([0xff, 0xe1, (body.length + 2) >> 8, (body.length + 2) & 0xff]), body]);
  return Buffer.concat([jpeg.subarray(0, 2), app1, jpeg.subarray(2)]);
}

describe('page images', () => {
  it('sniffs PNG, JPEG, TIFF and BMP by content, whatever the name', async () => {
    const canvas = createCanvas(8, 8);
    expect((await sniff(await canvas.encode('png'), 'scan.pdf')).format).toBe('image');
    expect((await sniff(await canvas.encode('jpeg'), 'photo.txt')).format).toBe('image');
    expect((await sniff(writeTiff([textPage(16, 16, 0)]), 'a.tif')).format).toBe('image');
    const bmp = Buffer.alloc(70);
    bmp.write('BM', 0, 'latin1');
    bmp.writeUInt32LE(40, 14);
    expect((await sniff(bmp, 'a.bmp')).format).toBe('image');
    // "BM" at the start of a text file is not a bitmap.
    expect((await sniff(Buffer.from('BMW 汽车销售公司工作总结'), 'a.txt')).format).toBe('txt');
  });

  it('honours JPEG EXIF orientation: the page comes out upright', async () => {
    const [page] = await decodeImagePages(await jpegWithOrientation6());
    expect([page!.width, page!.height]).toEqual([20, 40]);
    // Rotated 90° clockwise, the stored top-left mark is now at the top-right.
    expect(page!.gray[2 * 20 + 17]!).toBeLessThan(80);
    expect(page!.gray[2 * 20 + 2]!).toBeGreaterThan(180);
  });

  it('applies TIFF orientation and splits a multi-page TIFF into its pages', async () => {
    const first = textPage(60, 40, 1);
    const second: GrayPage = { width: 30, height: 50, gray: new Uint8Array(30 * 50).fill(200) };
    second.gray[0] = 0;
    const pages = await decodeImagePages(writeTiff([first, { ...second, orientation: 3 }]));
    expect(pages.map((p) => [p.width, p.height])).toEqual([[60, 40], [30, 50]]);
    expect(Buffer.from(pages[0]!.gray).equals(Buffer.from(first.gray))).toBe(true);
    // Orientation 3 (rotated 180°): the stored first pixel is displayed last.
    expect(pages[1]!.gray[30 * 50 - 1]).toBe(0);
    expect(orient(second, 3).gray[0]).toBe(200);
  });

  it('estimates the skew of text lines within a few tenths of a degree', () => {
    const page = textPage();
    expect(Math.abs(estimateSkew(page))).toBeLessThan(0.2);
    for (const angle of [5, -3, 8.5]) {
      const skewed = rotate(page, -angle);
      expect(estimateSkew(skewed)).toBeCloseTo(angle, 0);
      expect(Math.abs(estimateSkew(rotate(skewed, estimateSkew(skewed))))).toBeLessThan(0.3);
    }
  });

  it('evens out a shadow and binarizes the page to ink and paper', () => {
    const page = textPage();
    const shaded = { ...page, gray: page.gray.map((v, i) => Math.round(v * (0.45 + 0.55 * ((i % page.width) / page.width)))) };
    const even = normalizeBackground(shaded);
    const paperLeft = even.gray[5 * page.width + 10]!;
    const paperRight = even.gray[5 * page.width + page.width - 10]!;
    expect(Math.abs(paperLeft - paperRight)).toBeLessThan(25);
    const binary = binarize(even);
    expect(new Set(binary.gray)).toEqual(new Set([0, 255]));
    let agree = 0;
    for (let i = 0; i < page.gray.length; i++) if ((binary.gray[i]! === 0) === (page.gray[i]! < 128)) agree++;
    expect(agree / page.gray.length).toBeGreaterThan(0.95);
  });

  it('fails a damaged image with E_CORRUPT and an image with OCR off with E_NO_TEXT_LAYER', async () => {
    // Truncated headers and image data: the decoders throw (the native canvas decoder would crash the process).
    const jpegBytes = await createCanvas(64, 32).encode('jpeg', 80);
    const bmpHeader = Buffer.alloc(70);
    bmpHeader.write('BM', 0, 'latin1');
    bmpHeader.writeUInt32LE(40, 14);
    bmpHeader.writeInt32LE(4000, 18);
    bmpHeader.writeInt32LE(3000, 22);
    bmpHeader.writeUInt16LE(24, 28);
    for (const bad of [Buffer.from('\x89PNG\r\n\x1a\n0000', 'latin1'), jpegBytes.subarray(0, 4), jpegBytes.subarray(0, jpegBytes.length >> 1), bmpHeader, writeTiff([textPage(40, 40, 1)]).subarray(0, 60)]) {
      await expect(extract(bad, 'scan.png')).rejects.toMatchObject({ code: 'E_CORRUPT' });
    }
    const png = await createCanvas(8, 8).encode('png');
    await expect(extract(png, 'scan.png', { ocr: false })).rejects.toMatchObject({ code: 'E_NO_TEXT_LAYER' });
  });
});
