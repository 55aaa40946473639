// Benchmark: generates a corpus of N reports (mixed formats, 3–20k characters) and prints, in one run: documents
// per second and peak memory for a read-only floor, ingest alone and every stage in one thread, the CLI batch
// (the built dist/, as a nightly run starts it) with 1 and with `--concurrency` workers, the ratio of that batch
// to ingest alone, the batch's phases (analysis, reuse, outputs, report), peak RSS per worker, start-up (`--help`, one small report), and seconds per MB of every stage
// for one document of 1, 4 and 16 MB.
//   npm run bench -- [--n 1000] [--concurrency 2] [--runs 3] [--sizes 1,4,16]   (then the reuse bench and the store bench, scripts/bench-store.ts, at the same --n)
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scriptArgs } from './lib/script-args.js';
import { performance } from 'node:perf_hooks';
import { spawnSync } from 'node:child_process';
import { extractFigureFindings } from '../src/figures/index.js';
import { checkSections } from '../src/sections/index.js';
import { analyzeStructure } from '../src/structure/index.js';
import { extract } from '../src/ingest/index.js';
import { normalize } from '../src/normalize/index.js';
import { render } from '../src/output/index.js';
import { analyzeDocument, DEFAULT_ANALYZE_OPTIONS, loadResources } from '../src/pipeline.js';
import { segment } from '../src/segment/index.js';
import { makeCorpus } from './lib/synthetic-corpus.js';
import { DEFAULT_POOL_OPTIONS } from '../src/batch/defaults.js';
import { FLOOR_MB } from '../src/batch/heap-limit.js';

const USAGE = 'usage: npm run bench -- [--n 1000] [--concurrency 2] [--runs 3] [--sizes 1,4,16]';
const values = scriptArgs(
  { n: { type: 'string', default: '1000' }, concurrency: { type: 'string', default: '2' }, runs: { type: 'string', default: '3' }, sizes: { type: 'string', default: '1,4,16' } },
  USAGE,
);
for (const name of ['n', 'concurrency', 'runs'] as const) {
  if (!/^[1-9]\d*$/.test(values[name])) {
    console.error(`--${name} takes a whole number above 0, not "${values[name]}"\n${USAGE}`);
    process.exit(2);
  }
}
const N = Number(values.n);
const RUNS = Number(values.runs);
const ROOT = new URL('../', import.meta.url).pathname;
const CORPUS = join(ROOT, '.bench', `corpus-${N}`);

interface Timing {
  seconds: number;
  stages: Record<string, number>;
  chars: number;
  /** CPU seconds of the whole bench process: V8's collector and compiler threads run beside the working one. */
  cpu?: number;
}

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);

async function inProcess(files: string[], stages: 'read' | 'ingest' | 'all'): Promise<Timing> {
  const totals: Record<string, number> = { read: 0, ingest: 0, normalize: 0, segment: 0, structure: 0, figures: 0, sections: 0 };
  let chars = 0;
  const started = performance.now();
  const cpuAtStart = process.cpuUsage();
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
  const cpu = process.cpuUsage(cpuAtStart);
  return { seconds: (performance.now() - started) / 1000, stages: totals, chars, cpu: (cpu.user + cpu.system) / 1e6 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function measure(label: string, once: () => Promise<Timing>): Promise<{ label: string; seconds: number; timing: Timing; rss: number }> {
  const runs: Timing[] = [];
  peakRss = label.startsWith('whole batch') ? 0 : process.memoryUsage().rss;
  for (let r = 0; r < RUNS; r++) runs.push(await once());
  const seconds = median(runs.map((t) => t.seconds));
  return { label, seconds, timing: runs.find((t) => t.seconds === seconds)!, rss: peakRss };
}

/** The `--log json` memory line: each process's peaks as it read them itself (workers are processes of their own). */
interface MemoryLine {
  mainHeapMb: number;
  workerHeapMb: number[];
  mainRssMb: number;
  workerRssMb: number[];
}

/**
 * The CLI from dist/ in a process of its own; its peak RSS and CPU seconds (user + system, all threads) from
 * /usr/bin/time when there is one: on a shared machine CPU time moves less than wall time.
 */
function cli(args: string[]): { seconds: number; rss: number; cpu: number; memory?: MemoryLine; phases: Record<string, number> } {
  const started = performance.now();
  const timed = existsSync('/usr/bin/time');
  const command = [join(ROOT, 'bin/wenshen.js'), ...args];
  const run = timed ? spawnSync('/usr/bin/time', ['-f', 'maxrss %M cpu %U %S', process.execPath, ...command], { encoding: 'utf8' }) : spawnSync(process.execPath, command, { encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0 && run.status !== 3) throw new Error(`wenshen ${args.join(' ')} failed (exit ${run.status}): ${run.stderr}`);
  const rss = /maxrss (\d+) cpu ([\d.]+) ([\d.]+)/.exec(run.stderr ?? '');
  // `--log json` ends with the run's memory peaks: the main thread's heap and each worker's, as they read them.
  const memory = /^\{.*"event":"memory".*\}$/m.exec(run.stderr ?? '');
  // It also logs each phase's seconds: analysis (the pool), reuse, outputs, report.
  const phases: Record<string, number> = {};
  for (const line of (run.stderr ?? '').split('\n')) {
    if (!line.includes('"event":"phase"')) continue;
    const { phase, seconds, cpuSeconds } = JSON.parse(line) as { phase: string; seconds: number; cpuSeconds?: number };
    phases[phase] = seconds * 1000;
    if (cpuSeconds !== undefined) phases[`${phase} cpu`] = cpuSeconds * 1000;
  }
  return { seconds, rss: rss ? Number(rss[1]) * 1024 : 0, cpu: rss ? Number(rss[2]) + Number(rss[3]) : 0, memory: memory ? JSON.parse(memory[0]) : undefined, phases };
}

/** The threads' own heap peaks of the last batch with each number of workers. */
const heaps = new Map<number, MemoryLine>();

function batch(workers: number): () => Promise<Timing> {
  return async () => {
    const { seconds, rss, cpu, memory, phases } = cli(['analyze', CORPUS, '--out', join(ROOT, '.bench', 'out'), '--no-ocr', '--concurrency', String(workers), '--db', ':memory:', '--log', 'json']);
    peakRss = Math.max(peakRss, rss);
    if (memory) heaps.set(workers, memory);
    return { seconds, stages: { cpu: cpu * 1000, ...phases }, chars: 0 };
  };
}

/** One long report of about `mb` MB of UTF-8 text, from the samples' texts of record, as a .txt file. */
function longReport(mb: number): string {
  const file = join(ROOT, '.bench', `long-${mb}mb.txt`);
  if (existsSync(file)) return file;
  const expected = join(ROOT, 'corpus/expected');
  const base = readdirSync(expected).sort().map((f) => readFileSync(join(expected, f), 'utf8')).join('\n');
  const copies = Math.max(1, Math.round((mb * 1e6) / Buffer.byteLength(base + '\n')));
  writeFileSync(file, Array.from({ length: copies }, () => base).join('\n'));
  return file;
}

/** Seconds per MB of each stage (and of rendering the output) for one document. */
async function scaling(file: string): Promise<{ mb: number; perStage: Record<string, number>; total: number }> {
  const bytes = readFileSync(file);
  const mb = bytes.length / 1e6;
  const t: Record<string, number> = {};
  let at = performance.now();
  const lap = (stage: string) => {
    const now = performance.now();
    t[stage] = (now - at) / 1000 / mb;
    at = now;
  };
  const extraction = await extract(bytes, file, { ocr: false });
  lap('ingest');
  const norm = normalize(extraction.text);
  lap('normalize');
  const segmented = segment(extraction.text, norm);
  lap('segment');
  const structure = analyzeStructure(extraction.text, norm, extraction.blocks);
  lap('structure');
  const found = extractFigureFindings(extraction.text, norm, segmented.sentences);
  lap('figures');
  checkSections(extraction.text, norm, structure, segmented, found.honors);
  lap('sections');
  const [document] = await analyzeDocument(file, 'long.txt', { ...DEFAULT_ANALYZE_OPTIONS, ocr: false });
  at = performance.now();
  render(document!.record);
  lap('render');
  return { mb, perStage: t, total: Object.values(t).reduce((a, b) => a + b, 0) };
}

const files = await makeCorpus(ROOT, {
  folder: CORPUS,
  n: N,
  seed: 42,
  growth: 'runs',
  formats: [['docx', 0.4], ['pdf', 0.7], ['txt-gb18030', 0.8], ['txt', 0.9], ['html', 1]],
});
console.log(`building dist/ for the CLI: ${spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, encoding: 'utf8' }).status === 0 ? 'ok' : 'FAILED'}`);
loadResources();
const mix = new Map<string, number>();
for (const f of files) mix.set(f.split('.').pop()!, (mix.get(f.split('.').pop()!) ?? 0) + 1);
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(`corpus: ${files.length} documents (${[...mix].map(([k, v]) => `${k} ${v}`).join(', ')}) in ${CORPUS}; median of ${RUNS} runs; load average at start ${load()}\n`);

const workers = Number(values.concurrency);
const results = [
  await measure('floor: read files', () => inProcess(files, 'read')),
  await measure('ingest (1 thread)', () => inProcess(files, 'ingest')),
  await measure('all stages (1 thread)', () => inProcess(files, 'all')),
  await measure('whole batch (CLI, 1 worker)', batch(1)),
  await measure(`whole batch (CLI, ${workers} workers)`, batch(workers)),
];
clearInterval(sampler);

const floor = results[0]!.seconds;
const [one, many] = [results[3]!, results[4]!];
console.log('| measurement | docs/s | chars/s | seconds | × floor time | peak RSS MB (the CLI: its largest process) |');
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
const [ingestOnly, allStages] = [results[1]!.timing, results[2]!.timing];
// The one-thread lines run JavaScript on one thread, but V8's collector and compiler threads use the other core.
console.log(`CPU seconds of the one-thread lines (the bench process, all its threads): ingest ${ingestOnly.cpu!.toFixed(1)} (${(ingestOnly.cpu! / ingestOnly.seconds).toFixed(2)} cores), all stages ${allStages.cpu!.toFixed(1)} (${(allStages.cpu! / allStages.seconds).toFixed(2)} cores)`);
console.log(`CPU seconds of the CLI batch (all threads): 1 worker ${(one.timing.stages.cpu! / 1000).toFixed(1)}, ${workers} workers ${(many.timing.stages.cpu! / 1000).toFixed(1)}`);
const phaseLine = (t: Timing) => ['analysis', 'reuse', 'outputs', 'report'].map((p) => `${p} ${((t.stages[p] ?? 0) / 1000).toFixed(1)} (cpu ${((t.stages[`${p} cpu`] ?? 0) / 1000).toFixed(1)})`).join(', ');
console.log(`CLI batch phases, wall seconds and, in brackets, CPU seconds of the main process and its threads (analysis is the pool, whose workers' CPU is not counted; the rest is the main process's): 1 worker ${phaseLine(one.timing)}; ${workers} workers ${phaseLine(many.timing)}`);
console.log(`\nCLI batch with ${workers} workers / ingest alone (1 thread): ${(many.seconds / results[1]!.seconds).toFixed(2)} (target ≤ 0.75); / 1 worker: ${(many.seconds / one.seconds).toFixed(2)}`);
// What the ratio can be at best on this machine: the stages' own work split evenly over the workers, with no reuse,
// report or output work after it. Below the target only when the stages take less than 0.75 × workers × ingest.
console.log(`floor of that ratio with ${workers} workers: all stages (1 thread) / ${workers} / ingest alone = ${(results[2]!.seconds / workers / results[1]!.seconds).toFixed(2)} (the stages' work split evenly, nothing after it)`);
// Workers are processes of their own: /usr/bin/time's peak is the largest process's, so each worker's peak RSS is
// what the worker read itself (the `--log json` memory line), the main process's likewise.
const rssLine = (n: number) => {
  const m = heaps.get(n);
  return m ? `workers ${m.workerRssMb.join(', ')} MB, main process ${m.mainRssMb} MB` : 'not reported';
};
const workerPeak = Math.max(0, ...[...heaps.values()].flatMap((m) => m.workerRssMb));
console.log(`peak RSS per worker: ${workerPeak} MB at most (target ≤ 700); 1 worker: ${rssLine(1)}; ${workers} workers: ${rssLine(workers)}`);
// Each process's own committed V8 heap (plus its buffers outside the heap) is what it reads itself: a worker after
// every document, the main thread every 100 ms while idle and once after reuse detection (the `--log json` memory
// line). Native memory (jieba's dictionary, SQLite) is in neither, only in RSS.
const heapLine = (n: number) => {
  const h = heaps.get(n);
  return h ? `main thread ${h.mainHeapMb} MB, workers ${h.workerHeapMb.join(', ')} MB` : 'not reported';
};
console.log(`heap peaks each process read itself (committed V8 heap + buffers): 1 worker: ${heapLine(1)}; ${workers} workers: ${heapLine(workers)} (--memory-mb, the most a worker gets: ${DEFAULT_POOL_OPTIONS.memoryMb}; a usual report starts under ${FLOOR_MB})`);

// Start-up: what a user waits for before anything happens, and for the smallest real job.
const small = join(ROOT, '.bench', 'one-small');
rmSync(small, { recursive: true, force: true });
mkdirSync(small, { recursive: true });
copyFileSync(join(ROOT, 'corpus/samples/08-middle-school.txt'), join(small, 'report.txt'));
const startRuns = Math.max(5, RUNS);
const helpRuns = Array.from({ length: startRuns }, () => cli(['--help']));
const reportRuns = Array.from({ length: startRuns }, () => cli(['analyze', small, '--out', join(ROOT, '.bench', 'one-small-out'), '--db', ':memory:']));
const secondsAndCpu = (runs: { seconds: number; cpu: number }[]) => `${median(runs.map((r) => r.seconds)).toFixed(2)} s (CPU ${median(runs.map((r) => r.cpu)).toFixed(2)} s)`;
console.log(`start-up (median of ${startRuns}): --help ${secondsAndCpu(helpRuns)} (target < 0.3 s), one small .txt report ${secondsAndCpu(reportRuns)} (target < 1.5 s)`);

// Scaling: seconds per MB of every stage for one long document; linear cost keeps the rows alike.
const sizes = values.sizes.split(',').map(Number).filter((n) => n > 0);
await scaling(longReport(0.05)); // warm-up: script tables and converters are built at first use
const rows = [];
for (const mb of sizes) rows.push(await scaling(longReport(mb)));
console.log(`\nscaling, seconds per MB (one .txt document, 1 thread):`);
console.log(`| MB | ${Object.keys(rows[0]?.perStage ?? {}).join(' | ')} | total |`);
console.log(`|---:|${Object.keys(rows[0]?.perStage ?? {}).map(() => '---:|').join('')}---:|`);
for (const r of rows) console.log(`| ${r.mb.toFixed(1)} | ${Object.values(r.perStage).map((v) => v.toFixed(2)).join(' | ')} | ${r.total.toFixed(2)} |`);
if (rows.length >= 2) console.log(`s/MB at ${rows[1]!.mb.toFixed(0)} MB / at ${rows[0]!.mb.toFixed(0)} MB: ${(rows[1]!.total / rows[0]!.total).toFixed(2)} (target ≤ 1.5)`);
await (await import('./bench-report.js')).benchReport(join(ROOT, '.bench', 'out'), RUNS);
// benchReport runs in this process, whose RSS holds everything measured above; the report's own memory is that
// of `wenshen report` in a process of its own.
const report = cli(['report', '--out', join(ROOT, '.bench', 'out')]);
console.log(`wenshen report --out (its own process, ${N} documents): ${report.seconds.toFixed(2)} s, CPU ${report.cpu.toFixed(2)} s, peak RSS ${Math.round(report.rss / 1e6)} MB`);
console.log(`load average at end ${load()}`);
// The reuse stage runs once over the whole batch: its own bench, at N and 10 N documents.
spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/bench-reuse.ts'), '--n', `${N},${N * 10}`], { stdio: 'inherit' });
// The store's bench (first run, unchanged re-runs, a dictionary change) takes the same corpus size and workers:
// `npm run bench -- --n 200` reaches both scripts, as npm hands its arguments to one command only.
spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/bench-store.ts'), '--n', `${N}`, '--concurrency', values.concurrency], { stdio: 'inherit' });
