// Benchmark of the HTML report: the time to write <out>/report/ for a run's output folder, its size, and its
// pages' count. Standalone it builds an output folder of N documents from the samples' records (each copying
// passages of two others, so pair pages cost what they would) and times the report over it.
// --sources k makes each document copy from k others (a self-similar batch): pair pages stay at most
// PAIR_PAGES_PER_DOCUMENT per document and the report's size stays a small multiple of its input's (the texts and
// documents.jsonl).
//   npm run bench:report -- [--n 1000] [--runs 3] [--sources 2] [--out <run output folder>]
// bench.ts calls benchReport on its own batch's output.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { ReportDocument } from '../src/report/index.js';
import { runFolderOf, writeReport } from '../src/report/index.js';

const ROOT = new URL('../', import.meta.url).pathname;

function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) total += entry.isDirectory() ? folderBytes(join(dir, entry.name)) : statSync(join(dir, entry.name)).size;
  return total;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Times writeReport over an output folder; prints one line and returns the median seconds. */
export async function benchReport(out: string, runs = 3): Promise<number> {
  const outDir = await runFolderOf(out);
  const seconds: number[] = [];
  const cpu: number[] = [];
  let result = { documents: 0, pairs: 0, units: 0 };
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    result = await writeReport(outDir);
    seconds.push((performance.now() - started) / 1000);
    const used = process.cpuUsage(cpuStarted);
    cpu.push((used.user + used.system) / 1e6);
  }
  clearInterval(sampler);
  const s = median(seconds);
  const mb = folderBytes(join(outDir, 'report')) / 1e6;
  const textMb = folderBytes(join(outDir, 'texts')) / 1e6;
  const recordsMb = statSync(join(outDir, 'documents.jsonl')).size / 1e6;
  const index = statSync(join(outDir, 'report', 'index.html')).size / 1e6;
  const files = (dir: string) => readdirSync(join(outDir, 'report', dir)).length;
  console.log(
    `report: ${result.documents} documents, ${result.pairs} pair pages (${(result.pairs / Math.max(1, result.documents)).toFixed(1)} per document), ${result.units} unit pages in ${s.toFixed(2)} s ` +
      `(median of ${runs}: ${seconds.map((x) => x.toFixed(2)).join(', ')}; CPU ${median(cpu).toFixed(2)} s), ${(result.documents / s).toFixed(0)} documents/s, ` +
      `${mb.toFixed(1)} MB written = ${(mb / Math.max(textMb + recordsMb, 1e-6)).toFixed(2)}× the input (texts ${textMb.toFixed(1)} MB + documents.jsonl ${recordsMb.toFixed(1)} MB) (document pages ${(folderBytes(join(outDir, 'report', 'd')) / 1e6).toFixed(1)} MB, pair pages ${(folderBytes(join(outDir, 'report', 'p')) / 1e6).toFixed(1)} MB in ${files('p')} files; index.html ${index.toFixed(2)} MB), peak RSS ${Math.round(peak / 1e6)} MB`,
  );
  return s;
}

/** An output folder of n documents made from the samples' records, with reuse passages between them. */
function syntheticRun(n: number, sources: number): string {
  const seedDir = join(ROOT, '.bench', 'report-seed');
  if (!existsSync(join(seedDir, 'documents.jsonl'))) {
    const run = spawnSync(process.execPath, [join(ROOT, 'bin/wenshen.js'), 'analyze', join(ROOT, 'corpus/samples'), '--out', seedDir, '--no-ocr', '--no-report', '--log', 'none'], { encoding: 'utf8' });
    if (run.status !== 0 && run.status !== 3) throw new Error(`analysing the samples failed: ${run.stderr}`);
  }
  const seeds = readFileSync(join(seedDir, 'documents.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as ReportDocument).filter((r) => r.status === 'ok');
  const texts = seeds.map((r) => readFileSync(join(seedDir, 'texts', `${r.id}.txt`), 'utf8'));
  const out = join(ROOT, '.bench', `report-${n}-${sources}`);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'texts'), { recursive: true });
  const id = (i: number) => `r${String(i).padStart(15, '0')}`;
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const k = i % seeds.length;
    const seed = seeds[k]!;
    const text = texts[k]!;
    // Each document copies a passage of each of the next `sources` documents that share its sample.
    const passages = Array.from({ length: sources }, (_, k) => k + 1).map((d) => {
      const j = (i + d * seeds.length) % n;
      const start = Math.floor(text.length * ((0.1 * d) % 0.9));
      const end = Math.min(text.length, start + 120);
      return { start, end, text: text.slice(start, end), similarity: 0.97, source: { kind: 'batch' as const, id: id(j), path: `units/${j}.docx`, start, end, text: text.slice(start, end) } };
    });
    const ratio = Math.min(1, (passages.reduce((s, p) => s + p.end - p.start, 0) / text.length) * ((i % 7) + 1) / 4);
    lines.push(JSON.stringify({ ...seed, id: id(i), path: `units/${i}.docx`, reuse: { ratio, ratioBySource: { batch: ratio, templates: 0, history: 0, self: 0 }, maxSingleSource: null, passages } }));
    writeFileSync(join(out, 'texts', `${id(i)}.txt`), text);
  }
  writeFileSync(join(out, 'documents.jsonl'), lines.join('\n') + '\n');
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { n: { type: 'string', default: '1000' }, runs: { type: 'string', default: '3' }, sources: { type: 'string', default: '2' }, out: { type: 'string' } } });
  const out = values.out ?? syntheticRun(Number(values.n), Number(values.sources));
  await benchReport(out, Number(values.runs));
}
