// Store benchmark: for N reports through the command line, the first run (empty store), an unchanged re-run
// (stored results reused, the last run's files carried over; the floor is hashing the files), a re-run after one
// dictionary change (a label of the checklist), and the store's size per document. CPU time (user + system of the
// command and its workers) and wall time, medians.
//   npx tsx scripts/bench-store.ts [--n 1000] [--concurrency 2] [--runs 1] [--reruns 3] [--analyze-args=--no-reuse]
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import Database from 'libsql';
import { makeCorpus } from './lib/synthetic-corpus.js';

const { values } = parseArgs({ options: { n: { type: 'string', default: '1000' }, concurrency: { type: 'string', default: '2' }, runs: { type: 'string', default: '1' }, reruns: { type: 'string', default: '3' }, 'analyze-args': { type: 'string', default: '' } } });
const N = Number(values.n);
const RUNS = Number(values.runs);
/** Unchanged re-runs per first run: they take seconds, and one is at the mercy of the machine's other load. */
const RERUNS = Number(values.reruns);
/** The target the issue sets for an unchanged re-run against the first run. */
const TARGET = 20;
const ROOT = new URL('../', import.meta.url).pathname;
const WORK = join(ROOT, '.bench', `store-${N}`);
const CORPUS = join(WORK, 'corpus');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface Run {
  seconds: number;
  /** User + system CPU seconds of the command and its workers: steadier than wall time on a shared machine. */
  cpu: number;
  analysed: number;
  /** The run whose files an unchanged re-run took over. */
  carried: boolean;
}

function analyze(db: string, extra: string[] = []): Run {
  const started = performance.now();
  const args = [join(ROOT, 'bin/wenshen.js'), 'analyze', CORPUS, '--out', join(WORK, 'out'), '--db', db, '--no-ocr', '--concurrency', values.concurrency!, ...values['analyze-args']!.split(' ').filter(Boolean), ...extra];
  const timed = existsSync('/usr/bin/time');
  const run = timed ? spawnSync('/usr/bin/time', ['-f', 'cpu %U %S', process.execPath, ...args], { encoding: 'utf8' }) : spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`the batch failed (exit ${run.status}): ${run.stderr}`);
  const cpu = /cpu ([\d.]+) ([\d.]+)/.exec(run.stderr ?? '');
  return {
    seconds: (performance.now() - started) / 1000,
    cpu: cpu ? Number(cpu[1]) + Number(cpu[2]) : NaN,
    analysed: Number(/(\d+) analysed/.exec(run.stdout)?.[1]),
    carried: /carried over from run/.test(run.stdout),
  };
}

function storeBytes(db: string): number {
  const conn = new Database(db);
  conn.exec('pragma wal_checkpoint(truncate)');
  conn.close();
  return [db, `${db}-wal`].filter(existsSync).reduce((sum, f) => sum + statSync(f).size, 0);
}

const files = await makeCorpus(ROOT, { folder: CORPUS, n: N, seed: 7, growth: 'lines', formats: [['docx', 0.5], ['txt', 1]] });
// A checklist with one section's label changed: one dictionary change, as a reviewer would make it.
const checklist = join(WORK, 'checklist-changed.yaml');
const original = readFileSync(join(ROOT, 'dictionaries/sections/wenming-summary.yaml'), 'utf8');
const label = /label: (\S+)/.exec(original)![1]!;
writeFileSync(checklist, original.replace(/label: (\S+)/, 'label: $1（修订）'));
const EDIT = `the checklist's first section label ${label} → ${label}（修订） (--checklist ${checklist})`;

const firsts: Run[] = [];
const reruns: Run[] = [];
const changed: Run[] = [];
const hashing: number[] = [];
let bytes = 0;
for (let r = 0; r < RUNS; r++) {
  const db = join(WORK, `bench-${r}.db`);
  for (const f of [db, `${db}-wal`, `${db}-shm`, `${db}.lock`]) rmSync(f, { force: true });
  firsts.push(analyze(db));
  console.error(`first run: ${JSON.stringify(firsts.at(-1))}`);
  bytes = storeBytes(db);
  for (let k = 0; k < RERUNS; k++) {
    reruns.push(analyze(db));
    console.error(`unchanged re-run: ${JSON.stringify(reruns.at(-1))}`);
  }
  changed.push(analyze(db, ['--checklist', checklist]));
  console.error(`checklist change: ${JSON.stringify(changed.at(-1))}`);
  const started = performance.now();
  for (const f of files) createHash('sha256').update(readFileSync(f)).digest('hex');
  hashing.push((performance.now() - started) / 1000);
}

const first = median(firsts.map((r) => r.seconds));
const firstCpu = median(firsts.map((r) => r.cpu));
console.log(`store bench: ${files.length} documents (${CORPUS}), ${values.concurrency} workers, medians of ${RUNS} first run(s) and ${RUNS * RERUNS} unchanged re-runs${values['analyze-args'] ? `, analyze ${values['analyze-args']}` : ''}`);
console.log(`dictionary change: ${EDIT}\n`);
console.log('| measurement | documents analysed | wall s | × first (faster) | CPU s | × first CPU (faster) |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const [label, runs] of [['first run (empty store)', firsts], [`unchanged re-run (${reruns.filter((r) => r.carried).length}/${reruns.length} carried the files over)`, reruns], ['re-run after one checklist change', changed]] as const) {
  const [wall, cpu] = [median(runs.map((r) => r.seconds)), median(runs.map((r) => r.cpu))];
  console.log(`| ${label} | ${median(runs.map((r) => r.analysed))} | ${wall.toFixed(2)} | ${(wall / first).toFixed(3)} (${(first / wall).toFixed(1)}×) | ${cpu.toFixed(2)} | ${(cpu / firstCpu).toFixed(3)} (${(firstCpu / cpu).toFixed(1)}×) |`);
}
console.log(`| floor: hashing the files (in process) | 0 | ${median(hashing).toFixed(2)} | ${(median(hashing) / first).toFixed(3)} | | |`);
const rerunCpu = median(reruns.map((r) => r.cpu));
console.log(`\nunchanged re-run: ${(firstCpu / rerunCpu).toFixed(1)}× less CPU than the first run (target ≥ ${TARGET}×: ${firstCpu / rerunCpu >= TARGET ? 'met' : 'NOT met'}), ${(first / median(reruns.map((r) => r.seconds))).toFixed(1)}× less wall time`);
console.log(`store size after the first run: ${(bytes / 1e6).toFixed(1)} MB, ${(bytes / files.length / 1024).toFixed(1)} KB per document`);
