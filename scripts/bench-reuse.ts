// Benchmark of the reuse stage alone: N synthetic reports of about 8k characters (independent text with
// passages copied from 200 template pages and from each other), time and peak memory of making the reuse
// inputs (done per document in the workers) and of detection over the whole batch (done once, after them).
//   npm run bench:reuse -- [--n 1000,10000] [--chars 8000]
// Each size runs in a child process of its own so its peak memory is its own.
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { normalize } from '../src/normalize/index.js';
import { findReuse, loadReuseResources, reuseInputOf, type ReuseInput } from '../src/reuse/index.js';
import { IndependentText } from './lib/independent-text.js';

const { values } = parseArgs({ options: { n: { type: 'string', default: '1000,10000' }, chars: { type: 'string', default: '8000' }, child: { type: 'boolean', default: false } } });
const CHARS = Number(values.chars);

let peakRss = 0;
const sampleRss = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));

function run(n: number): void {
  const gen = new IndependentText(11);
  const templates = Array.from({ length: 200 }, () => gen.text(CHARS));
  const texts: string[] = [];
  for (let d = 0; d < n; d++) {
    let text = gen.text(gen.between(CHARS / 4, CHARS / 2));
    for (let c = gen.between(0, 3); c > 0; c--) {
      const from = d > 0 && gen.random() < 0.3 ? texts[gen.between(0, d - 1)]! : gen.pick(templates);
      const start = gen.between(0, from.length - 1200);
      text += from.slice(start, start + gen.between(100, 1200)) + '\n' + gen.text(gen.between(CHARS / 8, CHARS / 4));
    }
    texts.push(text.length > CHARS * 1.5 ? text.slice(0, CHARS * 1.5) : text);
  }
  const chars = texts.reduce((sum, t) => sum + t.length, 0);
  const resources = loadReuseResources();
  const sampler = setInterval(sampleRss, 20);
  const inputsStarted = performance.now();
  const input = (text: string, id: string, kind: 'batch' | 'templates'): ReuseInput => reuseInputOf({ id, path: id, kind, unit: null }, text, normalize(text));
  const batch = texts.map((t, i) => input(t, `doc-${i}`, 'batch'));
  const templateInputs = templates.map((t, i) => input(t, `template-${i}`, 'templates'));
  const inputsMs = performance.now() - inputsStarted;
  global.gc?.();
  peakRss = 0;
  sampleRss();
  const baseRss = peakRss;
  const started = performance.now();
  const cpu = process.cpuUsage();
  const detected = findReuse({ batch, templates: templateInputs }, resources);
  const reuseMs = performance.now() - started;
  const reuseCpu = process.cpuUsage(cpu);
  sampleRss();
  clearInterval(sampler);
  const passages = detected.reduce((sum, d) => sum + d.passages.length, 0);
  process.stdout.write(
    JSON.stringify({ documents: n, chars, inputsMs: Math.round(inputsMs), reuseMs: Math.round(reuseMs), reuseCpuMs: Math.round((reuseCpu.user + reuseCpu.system) / 1000), peakRssMb: Math.round(peakRss / 2 ** 20), inputsRssMb: Math.round(baseRss / 2 ** 20), passages }) + '\n',
  );
}

if (values.child) run(Number(values.n));
else {
  const results: { documents: number; reuseMs: number; reuseCpuMs: number; inputsMs: number; peakRssMb: number; chars: number; passages: number }[] = [];
  for (const n of values.n!.split(',').map(Number)) {
    const child = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=6144', '--import', 'tsx', new URL(import.meta.url).pathname, '--child', '--n', String(n), '--chars', String(CHARS)], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`bench-reuse --n ${n} failed:\n${child.stderr}`);
    results.push(JSON.parse(child.stdout.trim().split('\n').pop()!));
  }
  process.stdout.write(`reuse stage (detection over the whole batch, after the per-document stages); load ${(await import('node:os')).loadavg()[0]!.toFixed(1)}:\n`);
  process.stdout.write(`${'documents'.padStart(10)} ${'M chars'.padStart(8)} ${'inputs s'.padStart(9)} ${'reuse s'.padStart(8)} ${'cpu s'.padStart(6)} ${'peak RSS MB'.padStart(12)} ${'passages'.padStart(9)}\n`);
  for (const r of results) {
    process.stdout.write(`${String(r.documents).padStart(10)} ${(r.chars / 1e6).toFixed(1).padStart(8)} ${(r.inputsMs / 1000).toFixed(1).padStart(9)} ${(r.reuseMs / 1000).toFixed(1).padStart(8)} ${(r.reuseCpuMs / 1000).toFixed(1).padStart(6)} ${String(r.peakRssMb).padStart(12)} ${String(r.passages).padStart(9)}\n`);
  }
  for (let i = 1; i < results.length; i++) {
    const a = results[i - 1]!;
    const b = results[i]!;
    process.stdout.write(`${b.documents / a.documents}× documents → ${(b.reuseMs / a.reuseMs).toFixed(1)}× reuse time (${(b.reuseCpuMs / a.reuseCpuMs).toFixed(1)}× CPU time)\n`);
  }
}
