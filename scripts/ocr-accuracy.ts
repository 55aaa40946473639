// Measures OCR on the scanned samples: character accuracy against the source text, and seconds per page.
//   npm run ocr-accuracy
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extract } from '../src/ingest/index.js';
import { characterAccuracy } from './lib/char-accuracy.js';

const CORPUS = new URL('../corpus/', import.meta.url).pathname;
const scanned = readdirSync(join(CORPUS, 'source')).filter((f) => /@format pdf-scanned/.test(readFileSync(join(CORPUS, 'source', f), 'utf8')));
for (const source of scanned) {
  const file = source.replace(/\.txt$/, '.pdf');
  const truth = readFileSync(join(CORPUS, 'expected', `${file}.txt`), 'utf8');
  const started = performance.now();
  const extraction = await extract(readFileSync(join(CORPUS, 'samples', file)), file, { ocr: true });
  const seconds = (performance.now() - started) / 1000;
  const pages = extraction.pages!.filter((p) => p.ocr);
  console.log(
    `${file}: character accuracy ${(100 * characterAccuracy(extraction.text, truth)).toFixed(1)}% over ${truth.replace(/\s/g, '').length} characters, ` +
      `${pages.length} page(s), ${(seconds / pages.length).toFixed(1)} s/page, confidence ${pages.map((p) => p.confidence).join(', ')}`,
  );
}
