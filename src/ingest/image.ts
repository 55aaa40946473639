// Reads page images (photos and scans: PNG, JPEG, BMP, GIF, WebP, single- or multi-page TIFF) by OCR, each page
// straightened and binarized first, then through the same layout step as scanned PDF pages.
import type { Extraction } from '../model/document.js';
import { IngestError } from './errors.js';
import { decodeImagePages, pngOfGray, type GrayPage } from './image-decode.js';
import { paragraphsFromLayout, textOfParagraphs, type LayoutPage } from './layout.js';
import { PageRecognizer } from './ocr.js';
import { cleanPage } from './page-cleanup.js';

export interface ImageOptions {
  ocr: boolean;
  /** Skip deskew and binarization (to measure what they bring). @default true */
  cleanup?: boolean;
}

async function decode(bytes: Buffer, path: string): Promise<GrayPage[]> {
  try {
    const pages = await decodeImagePages(bytes);
    if (pages.length === 0) throw new Error('no image in the file');
    return pages;
  } catch (e) {
    throw new IngestError('E_CORRUPT', `${path} is a damaged image (${(e as Error).message}); ask for the file again.`);
  }
}

/** Reads one or more image files as the pages of one document, in the order given. */
export async function readImages(files: { bytes: Buffer; path: string }[], options: ImageOptions): Promise<Extraction> {
  const pages: GrayPage[] = [];
  for (const file of files) pages.push(...(await decode(file.bytes, file.path)));
  const path = files.map((f) => f.path).join(', ');
  if (!options.ocr) {
    throw new IngestError('E_NO_TEXT_LAYER', `${path} is an image (${pages.length} page(s)); run without --no-ocr to read it.`);
  }
  const recognizer = new PageRecognizer();
  const layout: LayoutPage[] = [];
  const confidences: number[] = [];
  const warnings: string[] = [];
  try {
    for (const [i, page] of pages.entries()) {
      const ready = options.cleanup === false ? { ...page, skew: 0 } : cleanPage(page);
      if (Math.abs(ready.skew) >= 1) warnings.push(`page ${i + 1} was straightened by ${ready.skew.toFixed(1)}°`);
      const ocr = await recognizer.recognize(pngOfGray(ready), ready.width, ready.height);
      layout.push(ocr);
      confidences.push(ocr.confidence);
    }
  } finally {
    await recognizer.close();
  }
  const { text, blocks, pages: pageInfo } = textOfParagraphs(paragraphsFromLayout(layout), pages.length);
  for (const info of pageInfo) {
    info.ocr = true;
    info.confidence = Math.round(confidences[info.page - 1] ?? 0);
  }
  return { format: 'image', text, blocks, pages: pageInfo, ocr: true, warnings };
}
