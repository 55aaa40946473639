// Benchmark for the formats read page by page: pages per second for OFD (text layout) and page images (decode,
// deskew and binarization, OCR), and documents per second for .doc/.wps with their list labels rebuilt.
// Medians of --runs; OCR runs once per image (it dominates and is slow). Called from bench.ts; alone:
//   npx tsx scripts/bench-formats.ts [--runs 5]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { loadavg } from 'node:os';
import { decodeImagePages } from '../src/ingest/image-decode.js';
import { extract } from '../src/ingest/index.js';
import { cleanPage } from '../src/ingest/page-cleanup.js';

const SAMPLES = new URL('../corpus/samples/', import.meta.url).pathname;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function timed(run: () => Promise<number>, runs: number): Promise<{ seconds: number; pages: number }> {
  const seconds: number[] = [];
  let pages = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    pages = await run();
    seconds.push((performance.now() - started) / 1000);
  }
  return { seconds: median(seconds), pages };
}

export async function benchFormats(runs = 5): Promise<void> {
  const files = readdirSync(SAMPLES).sort();
  const rows: string[] = [];
  const read = (file: string, ocr = true) => extract(readFileSync(join(SAMPLES, file)), file, { ocr });
  for (const file of files.filter((f) => /\.ofd$/.test(f))) {
    const { seconds, pages } = await timed(async () => (await read(file)).pages?.length ?? 1, runs);
    rows.push(`| ${file} | OFD | ${pages} | ${(pages / seconds).toFixed(1)} | ${(seconds * 1000).toFixed(0)} ms |`);
  }
  for (const file of files.filter((f) => /\.(doc|wps)$/.test(f))) {
    const { seconds } = await timed(async () => {
      await read(file);
      return 1;
    }, runs);
    rows.push(`| ${file} | .doc/.wps with labels | 1 doc | ${(1 / seconds).toFixed(1)} docs/s | ${(seconds * 1000).toFixed(0)} ms |`);
  }
  for (const file of files.filter((f) => /\.(png|jpe?g|tiff?|bmp)$/i.test(f))) {
    const bytes = readFileSync(join(SAMPLES, file));
    const prep = await timed(async () => (await decodeImagePages(bytes)).map(cleanPage).length, runs);
    rows.push(`| ${file} | image: decode + deskew + binarize | ${prep.pages} | ${(prep.pages / prep.seconds).toFixed(2)} | ${(prep.seconds * 1000).toFixed(0)} ms |`);
    const ocr = await timed(async () => (await read(file)).pages!.length, 1);
    rows.push(`| ${file} | image: whole read with OCR | ${ocr.pages} | ${(ocr.pages / ocr.seconds).toFixed(3)} | ${ocr.seconds.toFixed(1)} s |`);
  }
  console.log(`\nformats (load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}; medians of ${runs} runs, OCR once):`);
  console.log('| sample | what | pages | pages/s | time |');
  console.log('|---|---|---:|---:|---:|');
  for (const row of rows) console.log(row);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
  await benchFormats(Number(values.runs));
}
