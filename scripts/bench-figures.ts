// Benchmark of the figure stage alone: characters per second on the sample reports, and seconds per MB for one
// very long comma-joined sentence (a table pasted as prose: thousands of cues and figures in one sentence) and
// for a long report of ordinary sentences (the sample reports as extracted, corpus/expected), at 1, 4 and 16 MB. Linear cost keeps the seconds per MB alike.
//   npx tsx scripts/bench-figures.ts [--sizes 1,4,16] [--runs 3]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { extractFigureFindings, loadFigureData } from '../src/figures/index.js';
import { normalize } from '../src/normalize/index.js';
import { segment } from '../src/segment/index.js';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1,4,16' }, runs: { type: 'string', default: '3' } } });
const RUNS = Number(values.runs);
const ROOT = new URL('../', import.meta.url).pathname;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Seconds the figure stage takes on `text` (normalizing and segmenting are not counted), median of RUNS. */
function figureSeconds(text: string): number {
  const norm = normalize(text);
  const { sentences } = segment(text, norm);
  const times = Array.from({ length: RUNS }, () => {
    const t = performance.now();
    extractFigureFindings(text, norm, sentences);
    return (performance.now() - t) / 1000;
  });
  return median(times);
}

// Own text: clauses of a figure list, each with its cue, joined by commas into one sentence.
const CLAUSES = ['开展志愿服务活动12次', '捐款3.5万元', '培训干部120人次', '群众满意率达98.6%', '投入资金45万元', '发放宣传资料3000份', '走访困难户26户', '举办道德讲堂8场'];
function longSentence(mb: number): string {
  const parts: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < mb * 1e6; i++) {
    const clause = CLAUSES[i % CLAUSES.length]!;
    parts.push(clause);
    bytes += Buffer.byteLength(clause) + 3;
  }
  return `全年${parts.join('，')}。`;
}
const SAMPLES = join(ROOT, 'corpus/expected');
const sampleText = readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(SAMPLES, f), 'utf8')).join('\n');
function longReport(mb: number): string {
  const copies = Math.max(1, Math.round((mb * 1e6) / Buffer.byteLength(sampleText)));
  return Array.from({ length: copies }, () => sampleText).join('\n');
}

loadFigureData();
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(`figure stage, median of ${RUNS} runs; load average at start ${load()}`);
figureSeconds(longReport(0.2)); // warm-up
const samples = longReport(1);
console.log(`sample reports, 1 MB: ${(samples.length / figureSeconds(samples) / 1e6).toFixed(2)} M characters/s (target ≥ 0.88)`);
const sizes = values.sizes.split(',').map(Number).filter((n) => n > 0);
console.log('| MB | long sentence s/MB | long report s/MB |');
console.log('|---:|---:|---:|');
const rows = sizes.map((mb) => ({ mb, sentence: figureSeconds(longSentence(mb)) / mb, report: figureSeconds(longReport(mb)) / mb }));
for (const r of rows) console.log(`| ${r.mb} | ${r.sentence.toFixed(2)} | ${r.report.toFixed(2)} |`);
if (rows.length >= 2) {
  const [a, b] = [rows[0]!, rows.at(-1)!];
  console.log(`s/MB at ${b.mb} MB / at ${a.mb} MB: long sentence ${(b.sentence / a.sentence).toFixed(2)}, long report ${(b.report / a.report).toFixed(2)} (linear: about 1)`);
}
