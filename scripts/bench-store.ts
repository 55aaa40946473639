// Store benchmark: for N reports through the command line, the first run (empty store), an unchanged re-run
// (stored results reused; the floor is hashing the files), a re-run after one dictionary change (the checklist),
// and the store's size per document.
//   npm run bench:store -- [--n 1000] [--concurrency 2] [--runs 1]
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import Database from 'libsql';
import { expectedText, parseSource, type SampleSource, type SourceLine } from './lib/sample-source.js';
import { writeDocx } from './lib/sample-writers.js';

const { values } = parseArgs({ options: { n: { type: 'string', default: '1000' }, concurrency: { type: 'string', default: '2' }, runs: { type: 'string', default: '1' } } });
const N = Number(values.n);
const RUNS = Number(values.runs);
const ROOT = new URL('../', import.meta.url).pathname;
const WORK = join(ROOT, '.bench', `store-${N}`);
const CORPUS = join(WORK, 'corpus');

function seeded(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
}

/** A report of 3–20k characters assembled from the samples' sections; every one different. */
function report(sources: SampleSource[], i: number, random: () => number): SampleSource {
  const simplified = sources.filter((s) => s.script === 'simplified');
  const base = simplified[i % simplified.length]!;
  const target = 3000 + Math.floor(random() * 17000);
  const lines: SourceLine[] = [base.lines[0]!];
  let length = 0;
  while (length < target) {
    const from = simplified[Math.floor(random() * simplified.length)]!;
    const body = from.lines.filter((l) => l.kind === 'paragraph' || l.kind === 'h1' || l.kind === 'h2');
    const line = body[Math.floor(random() * body.length)]!;
    lines.push(line);
    length += line.text.length;
  }
  lines.push({ ...lines[lines.length - 1]!, kind: 'paragraph', text: `本报告编号${i}。` });
  return { ...base, lines };
}

async function makeCorpus(): Promise<void> {
  if (existsSync(join(CORPUS, '.done'))) return;
  rmSync(CORPUS, { recursive: true, force: true });
  mkdirSync(CORPUS, { recursive: true });
  const sourceDir = join(ROOT, 'corpus/source');
  const sources = readdirSync(sourceDir).map((f) => parseSource(f, readFileSync(join(sourceDir, f), 'utf8')));
  const random = seeded(7);
  for (let i = 0; i < N; i++) {
    const source = report(sources, i, random);
    const name = String(i).padStart(5, '0');
    if (random() < 0.5) writeFileSync(join(CORPUS, `${name}.docx`), await writeDocx(source, { autoNumbered: random() < 0.5 }));
    else writeFileSync(join(CORPUS, `${name}.txt`), expectedText(source));
  }
  writeFileSync(join(CORPUS, '.done'), '');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function analyze(db: string, extra: string[] = []): number {
  const started = performance.now();
  const args = [join(ROOT, 'bin/wenshen.js'), 'analyze', CORPUS, '--out', join(WORK, 'out'), '--db', db, '--no-ocr', '--concurrency', values.concurrency!, ...extra];
  const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`the batch failed (exit ${run.status}): ${run.stderr}`);
  return (performance.now() - started) / 1000;
}

function storeBytes(db: string): number {
  const conn = new Database(db);
  conn.exec('pragma wal_checkpoint(truncate)');
  conn.close();
  return [db, `${db}-wal`].filter(existsSync).reduce((sum, f) => sum + statSync(f).size, 0);
}

await makeCorpus();
const files = readdirSync(CORPUS).filter((f) => !f.startsWith('.')).map((f) => join(CORPUS, f));
// A checklist with one section's label changed: one dictionary change, as a reviewer would make it.
const checklist = join(WORK, 'checklist-changed.yaml');
const original = readFileSync(join(ROOT, 'dictionaries/sections/wenming-summary.yaml'), 'utf8');
writeFileSync(checklist, original.replace(/label: (\S+)/, 'label: $1（修订）'));

const firsts: number[] = [];
const reruns: number[] = [];
const changed: number[] = [];
const hashing: number[] = [];
let bytes = 0;
for (let r = 0; r < RUNS; r++) {
  const db = join(WORK, `bench-${r}.db`);
  for (const f of [db, `${db}-wal`, `${db}-shm`, `${db}.lock`]) rmSync(f, { force: true });
  firsts.push(analyze(db));
  bytes = storeBytes(db);
  reruns.push(analyze(db));
  changed.push(analyze(db, ['--checklist', checklist]));
  const started = performance.now();
  for (const f of files) createHash('sha256').update(readFileSync(f)).digest('hex');
  hashing.push((performance.now() - started) / 1000);
}

const first = median(firsts);
const rerun = median(reruns);
console.log(`store bench: ${files.length} documents (${CORPUS}), ${values.concurrency} workers, median of ${RUNS}\n`);
console.log('| measurement | seconds | × first run |');
console.log('|---|---:|---:|');
console.log(`| first run (empty store) | ${first.toFixed(2)} | 1 |`);
console.log(`| unchanged re-run | ${rerun.toFixed(2)} | ${(rerun / first).toFixed(3)} (${(first / rerun).toFixed(1)}× faster) |`);
console.log(`| re-run after one checklist change | ${median(changed).toFixed(2)} | ${(median(changed) / first).toFixed(2)} |`);
console.log(`| floor: hashing the files (in process) | ${median(hashing).toFixed(2)} | ${(median(hashing) / first).toFixed(3)} |`);
console.log(`\nstore size after the first run: ${(bytes / 1e6).toFixed(1)} MB, ${(bytes / files.length / 1024).toFixed(1)} KB per document`);
