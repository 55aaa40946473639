// Benchmark: generates a corpus of N reports (mixed formats, 3–20k characters) and prints documents per second
// and peak memory for a read-only floor, ingest alone, every stage in one thread, and the whole
// batch through the worker pool; each stage's share; the ratio of each to the floor.
//   npm run bench -- [--n 1000] [--concurrency 2] [--runs 3]
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import iconv from 'iconv-lite';
import { spawnSync } from 'node:child_process';
import { extractFigureFindings } from '../src/figures/index.js';
import { checkSections } from '../src/sections/index.js';
import { analyzeStructure } from '../src/structure/index.js';
import { extract } from '../src/ingest/index.js';
import { normalize } from '../src/normalize/index.js';
import { loadResources } from '../src/pipeline.js';
import { segment } from '../src/segment/index.js';
import { expectedText, parseSource, type SampleSource, type SourceLine } from './lib/sample-source.js';
import { htmlPage, writeDocx, writeTextPdf } from './lib/sample-writers.js';

const { values } = parseArgs({ options: { n: { type: 'string', default: '1000' }, concurrency: { type: 'string', default: '2' }, runs: { type: 'string', default: '3' } } });
const N = Number(values.n);
const RUNS = Number(values.runs);
const ROOT = new URL('../', import.meta.url).pathname;
const CORPUS = join(ROOT, '.bench', `corpus-${N}`);

function seeded(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
}

/** A long report assembled from the samples' sections, so length and structure vary like real submissions. */
function syntheticSource(sources: SampleSource[], i: number, random: () => number): SampleSource {
  const target = 3000 + Math.floor(random() * 17000);
  const simplified = sources.filter((s) => s.script === 'simplified');
  const base = simplified[i % simplified.length]!;
  const lines: SourceLine[] = [base.lines[0]!];
  let length = 0;
  while (length < target) {
    const from = simplified[Math.floor(random() * simplified.length)]!;
    const body = from.lines.filter((l) => l.kind === 'paragraph' || l.kind === 'h1' || l.kind === 'h2');
    for (const line of body.slice(0, 4 + Math.floor(random() * 6))) {
      lines.push(line);
      length += line.text.length;
    }
  }
  return { ...base, name: `bench-${i}`, lines };
}

async function makeCorpus(): Promise<void> {
  if (existsSync(join(CORPUS, '.done'))) return;
  rmSync(CORPUS, { recursive: true, force: true });
  mkdirSync(CORPUS, { recursive: true });
  const sourceDir = join(ROOT, 'corpus/source');
  const sources = readdirSync(sourceDir).map((f) => parseSource(f, readFileSync(join(sourceDir, f), 'utf8')));
  const random = seeded(42);
  for (let i = 0; i < N; i++) {
    const source = syntheticSource(sources, i, random);
    const name = String(i).padStart(5, '0');
    const pick = random();
    if (pick < 0.4) writeFileSync(join(CORPUS, `${name}.docx`), await writeDocx(source, { autoNumbered: random() < 0.5 }));
    else if (pick < 0.7) writeFileSync(join(CORPUS, `${name}.pdf`), writeTextPdf(source));
    else if (pick < 0.8) writeFileSync(join(CORPUS, `${name}.txt`), iconv.encode(expectedText(source), 'gb18030'));
    else if (pick < 0.9) writeFileSync(join(CORPUS, `${name}.txt`), expectedText(source));
    else writeFileSync(join(CORPUS, `${name}.html`), htmlPage(source));
  }
  writeFileSync(join(CORPUS, '.done'), '');
}

interface Timing {
  seconds: number;
  stages: Record<string, number>;
  chars: number;
}

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);

async function inProcess(files: string[], stages: 'read' | 'ingest' | 'all'): Promise<Timing> {
  const totals: Record<string, number> = { read: 0, ingest: 0, normalize: 0, segment: 0, structure: 0, figures: 0, sections: 0 };
  let chars = 0;
  const started = performance.now();
  for (const file of files) {
    let t = performance.now();
    const bytes = readFileSync(file);
    totals.read! += performance.now() - t;
    if (stages === 'read') continue;
    t = performance.now();
    const extraction = await extract(bytes, file, { ocr: false });
    totals.ingest! += performance.now() - t;
    chars += extraction.text.length;
    if (stages === 'ingest') continue;
    t = performance.now();
    const norm = normalize(extraction.text);
    totals.normalize! += performance.now() - t;
    t = performance.now();
    const segmented = segment(extraction.text, norm);
    totals.segment! += performance.now() - t;
    t = performance.now();
    const structure = analyzeStructure(extraction.text, norm, extraction.blocks);
    totals.structure! += performance.now() - t;
    t = performance.now();
    const found = extractFigureFindings(extraction.text, norm, segmented.sentences);
    totals.figures! += performance.now() - t;
    t = performance.now();
    checkSections(extraction.text, norm, structure, segmented, found.honors);
    totals.sections! += performance.now() - t;
  }
  return { seconds: (performance.now() - started) / 1000, stages: totals, chars };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function measure(label: string, once: () => Promise<Timing>): Promise<{ label: string; seconds: number; timing: Timing; rss: number }> {
  const runs: Timing[] = [];
  peakRss = label.startsWith('whole batch') ? 0 : process.memoryUsage().rss;
  for (let r = 0; r < RUNS; r++) runs.push(await once());
  const seconds = median(runs.map((t) => t.seconds));
  return { label, seconds, timing: runs.find((t) => t.seconds === seconds)!, rss: peakRss };
}

await makeCorpus();
const files = readdirSync(CORPUS).filter((f) => !f.startsWith('.')).sort().map((f) => join(CORPUS, f));
loadResources();
const mix = new Map<string, number>();
for (const f of files) mix.set(f.split('.').pop()!, (mix.get(f.split('.').pop()!) ?? 0) + 1);
console.log(`corpus: ${files.length} documents (${[...mix].map(([k, v]) => `${k} ${v}`).join(', ')}) in ${CORPUS}; median of ${RUNS} runs\n`);

const results = [
  await measure('floor: read files', () => inProcess(files, 'read')),
  await measure('ingest (1 thread)', () => inProcess(files, 'ingest')),
  await measure('all stages (1 thread)', () => inProcess(files, 'all')),
  await measure(`whole batch (CLI, ${values.concurrency} workers)`, async () => {
    // The CLI in a process of its own, as a nightly run starts it: this process's heap does not weigh on it.
    const out = join(ROOT, '.bench', 'out');
    const started = performance.now();
    const timed = existsSync('/usr/bin/time');
    const args = [join(ROOT, 'bin/wenshen.js'), 'analyze', CORPUS, '--out', out, '--no-ocr', '--concurrency', String(values.concurrency)];
    const run = timed ? spawnSync('/usr/bin/time', ['-f', 'maxrss %M', process.execPath, ...args], { encoding: 'utf8' }) : spawnSync(process.execPath, args, { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`the batch failed (exit ${run.status}): ${run.stderr}`);
    const rss = /maxrss (\d+)/.exec(run.stderr ?? '');
    if (rss) peakRss = Math.max(peakRss, Number(rss[1]) * 1024);
    return { seconds: (performance.now() - started) / 1000, stages: {}, chars: 0 };
  }),
];
clearInterval(sampler);

const floor = results[0]!.seconds;
console.log('| measurement | docs/s | chars/s | seconds | × floor time | peak RSS MB |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const r of results) {
  const chars = r.timing.chars || results[2]!.timing.chars;
  console.log(`| ${r.label} | ${(files.length / r.seconds).toFixed(1)} | ${Math.round(chars / r.seconds)} | ${r.seconds.toFixed(2)} | ${(r.seconds / floor).toFixed(1)} | ${Math.round(r.rss / 1e6)} |`);
}
const all = results[2]!.timing.stages;
const total = Object.values(all).reduce((a, b) => a + b, 0);
console.log(`\nstage share (1 thread): ${Object.entries(all).map(([k, v]) => `${k} ${((100 * v) / total).toFixed(1)}%`).join(', ')}`);
const chars = results[2]!.timing.chars;
console.log(`per stage, characters per second (1 thread): ${Object.entries(all).filter(([k]) => k !== 'read').map(([k, v]) => `${k} ${Math.round(chars / (v / 1000))}`).join(', ')}`);
// The reuse stage runs once over the whole batch: its own bench, at N and 10 N documents.
spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/bench-reuse.ts'), '--n', `${N},${N * 10}`], { stdio: 'inherit' });
