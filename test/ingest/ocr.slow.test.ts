// Slow: OCR of the scanned corpus sample through tesseract.js (model load included).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/ingest/index.js';
import { characterAccuracy } from '../../scripts/lib/char-accuracy.js';

const CORPUS = new URL('../../corpus/', import.meta.url).pathname;
const expectedOf = (file: string) => readFileSync(join(CORPUS, 'expected', `${file}.txt`), 'utf8').trimEnd();
const read = (dir: string, file: string, ocr = true) => extract(readFileSync(join(CORPUS, dir, file)), file, { ocr });

describe('scanned corpus sample', () => {
  it('OCRs a scanned PDF with at least 90% character accuracy, and says so in the record', async () => {
    const extraction = await read('samples', '05-city-library.pdf');
    expect(extraction.ocr).toBe(true);
    expect(extraction.pages!.map((p) => p.ocr)).toEqual([true]);
    expect(extraction.pages![0]!.confidence).toBeGreaterThan(50);
    expect(characterAccuracy(extraction.text, expectedOf('05-city-library.pdf'))).toBeGreaterThan(0.9);
  });

});
