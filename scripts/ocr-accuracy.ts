// Measures OCR on the scanned PDF sample and the page-image samples: character accuracy against the source text,
// seconds per page and confidence; for images, both with and without deskew and binarization.
//   npm run ocr-accuracy
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extract } from '../src/ingest/index.js';
import { readImages } from '../src/ingest/image.js';
import type { Extraction } from '../src/model/document.js';
import { characterAccuracy } from './lib/char-accuracy.js';

const CORPUS = new URL('../corpus/', import.meta.url).pathname;
const samples = readdirSync(join(CORPUS, 'samples'));
const ocrFormat = /@format (pdf-scanned|image-[\w-]+)/;
const sources = readdirSync(join(CORPUS, 'source')).filter((f) => ocrFormat.test(readFileSync(join(CORPUS, 'source', f), 'utf8')));

function report(file: string, how: string, extraction: Extraction, seconds: number, truth: string): void {
  const pages = extraction.pages!.filter((p) => p.ocr);
  console.log(
    `${file} (${how}): character accuracy ${(100 * characterAccuracy(extraction.text, truth)).toFixed(1)}% over ${truth.replace(/\s/g, '').length} characters, ` +
      `${pages.length} page(s), ${(seconds / pages.length).toFixed(1)} s/page, confidence ${pages.map((p) => p.confidence).join(', ')}` +
      (extraction.warnings.length ? `; ${extraction.warnings.join('; ')}` : ''),
  );
}

for (const source of sources) {
  const file = samples.find((f) => f.startsWith(source.replace(/\.txt$/, '.')))!;
  const truth = readFileSync(join(CORPUS, 'expected', `${file}.txt`), 'utf8');
  const bytes = readFileSync(join(CORPUS, 'samples', file));
  const runs: [string, () => Promise<Extraction>][] = /\.pdf$/.test(file)
    ? [['as read', () => extract(bytes, file, { ocr: true })]]
    : [
        ['raw image', () => readImages([{ bytes, path: file }], { ocr: true, cleanup: false })],
        ['deskewed + binarized', () => extract(bytes, file, { ocr: true })],
      ];
  for (const [how, run] of runs) {
    const started = performance.now();
    const extraction = await run();
    report(file, how, extraction, (performance.now() - started) / 1000, truth);
  }
}
