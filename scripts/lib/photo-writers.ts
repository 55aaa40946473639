// Makes photographed- and scanned-looking page images from a sample document: a clean scan, a page photographed
// at an angle, one under a shadow with low contrast, a heavily compressed JPEG, and a multi-page TIFF.
import { createCanvas } from '@napi-rs/canvas';
import { PNG } from 'pngjs';
import { rotate } from '../../src/ingest/page-cleanup.js';
import type { SampleSource } from './sample-source.js';
import { renderGrayPages, type GrayImage } from './sample-writers.js';
import { writeTiff } from './tiff-writer.js';

export type PhotoKind = 'clean' | 'skewed' | 'shadowed' | 'jpeg-low' | 'tiff';

function encode(page: GrayImage, as: 'png' | 'jpeg', quality = 85): Buffer {
  const canvas = createCanvas(page.width, page.height);
  const context = canvas.getContext('2d');
  const data = context.createImageData(page.width, page.height);
  for (let i = 0; i < page.gray.length; i++) {
    data.data.set([page.gray[i]!, page.gray[i]!, page.gray[i]!, 255], i * 4);
  }
  if (as === 'png') {
    // Grayscale PNG, as a scanner saves it (a quarter of the RGBA size).
    return PNG.sync.write(Object.assign(new PNG({ width: page.width, height: page.height }), { data: Buffer.from(data.data) }), { colorType: 0 });
  }
  context.putImageData(data, 0, 0);
  return canvas.toBuffer('image/jpeg', quality);
}

/** Ink lightened and paper darkened towards one corner, as a phone's shadow falls across a page under a lamp. */
function shadow(page: GrayImage): GrayImage {
  const { width, height } = page;
  const gray = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const v = page.gray[y * width + x]!;
      const contrast = 95 + (v / 255) * (215 - 95); // ink ~95, paper ~215
      const light = 0.5 + 0.5 * Math.min(1, Math.hypot(x / width, y / height) / 1.1); // dark top-left corner
      gray[y * width + x] = Math.round(contrast * light);
    }
  }
  return { width, height, gray };
}

export function writePagePhoto(source: SampleSource, kind: PhotoKind): { ext: string; bytes: Buffer } {
  // The clean page is a noiseless render; the others carry the scanner noise of the scanned PDF sample.
  const pages = renderGrayPages(source, 150, undefined, kind === 'clean' ? 0 : 40);
  const first = pages[0]!;
  switch (kind) {
    case 'clean':
      return { ext: 'png', bytes: encode(first, 'png') };
    case 'skewed':
      // A page photographed 5° off (clockwise), saved as a phone saves it.
      return { ext: 'jpg', bytes: encode(rotate(first, -5), 'jpeg', 85) };
    case 'shadowed':
      return { ext: 'jpg', bytes: encode(shadow(first), 'jpeg', 85) };
    case 'jpeg-low':
      return { ext: 'jpg', bytes: encode(first, 'jpeg', 20) };
    case 'tiff':
      return { ext: 'tif', bytes: writeTiff(pages) };
  }
}
