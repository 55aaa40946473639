// Slow: the page-image samples (clean, skewed 5°, shadowed, low-quality JPEG, two-page TIFF) read by OCR, and a
// group of page images read as one document.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { characterAccuracy } from '../../scripts/lib/char-accuracy.js';
import { extract, extractPageImages } from '../../src/ingest/index.js';

const CORPUS = new URL('../../corpus/', import.meta.url).pathname;
const expectedOf = (file: string) => readFileSync(join(CORPUS, 'expected', `${file}.txt`), 'utf8').trimEnd();
const bytesOf = (file: string) => readFileSync(join(CORPUS, 'samples', file));
// OCR takes 5–60 s a page depending on how busy the machine is.
const OCR_TIMEOUT = 300_000;

describe('page images read by OCR', () => {
  // Measured (npm run ocr-accuracy): 95.7, 98.4, 96.7, 87.3, ~97 %; the JPEG saved at quality 20 loses strokes
  // to its compression blocks, which neither binarization nor a median filter brings back.
  it.each([
    ['15-tax-service-hall.png', 1, 0.9],
    ['16-street-office.jpg', 1, 0.9],
    ['17-blood-center.jpg', 1, 0.9],
    ['18-fire-station.jpg', 1, 0.82],
    ['19-postal-branch.tif', 2, 0.9],
  ])('%s: %i page(s), flagged as OCR with confidences, at least %s of characters right', async (file, pages, accuracy) => {
    const extraction = await extract(bytesOf(file), file, { ocr: true });
    expect(extraction.format).toBe('image');
    expect(extraction.ocr).toBe(true);
    expect(extraction.pages!.map((p) => p.ocr)).toEqual(Array(pages).fill(true));
    for (const page of extraction.pages!) expect(page.confidence).toBeGreaterThan(50);
    expect(characterAccuracy(extraction.text, expectedOf(file))).toBeGreaterThan(accuracy);
    if (file.startsWith('16-')) expect(extraction.warnings.join(' ')).toMatch(/straightened by 5\.0°/);
  }, OCR_TIMEOUT);

  it('reads a group of page images as the pages of one document, in order', async () => {
    const files = ['15-tax-service-hall.png', '18-fire-station.jpg'].map((f) => ({ bytes: bytesOf(f), path: f }));
    const extraction = await extractPageImages(files, { ocr: true });
    expect(extraction.pages!.map((p) => p.page)).toEqual([1, 2]);
    expect(extraction.text.indexOf('城南税务分局')).toBeLessThan(extraction.text.indexOf('东关消防救援站'));
  }, OCR_TIMEOUT);
});
