// Scores reuse detection on the benchmark made by make-reuse-bench.ts with PAN's plagdet (character-level macro
// precision and recall over both sides of each case, granularity), per kind of edit; counts controls with any
// flagged passage and passages made of formula alone; checks each document's reuse ratio against the truth.
//   npm run eval:reuse -- [--bench .bench/reuse]     (builds the bench first when it is missing)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { spawnSync } from 'node:child_process';
import { extract, loadIngestData } from '../src/ingest/index.js';
import { loadNormalizeRules, normalize } from '../src/normalize/index.js';
import { findReuse, loadReuseResources, reuseInputOf, reuseRecord, type ReuseInput } from '../src/reuse/index.js';
import type { TruthCase, TruthDocument } from './make-reuse-bench.js';

const { values } = parseArgs({ options: { bench: { type: 'string', default: '.bench/reuse' } } });
const ROOT = new URL('../', import.meta.url).pathname;
const BENCH = join(ROOT, values.bench!);
if (!existsSync(join(BENCH, 'truth.json'))) {
  const made = spawnSync('npx', ['tsx', join(ROOT, 'scripts/make-reuse-bench.ts'), '--out', values.bench!], { stdio: 'inherit' });
  if (made.status !== 0) process.exit(made.status ?? 1);
}
const truth = JSON.parse(readFileSync(join(BENCH, 'truth.json'), 'utf8')) as { sources: string[]; documents: TruthDocument[] };

loadIngestData();
loadNormalizeRules();
const resources = loadReuseResources();
const texts = new Map<string, string>();
async function inputOf(file: string, kind: 'batch' | 'templates'): Promise<ReuseInput> {
  const bytes = readFileSync(join(BENCH, file));
  const extraction = await extract(bytes, file, { ocr: false, maxBytes: 50_000_000 });
  texts.set(file, extraction.text);
  return reuseInputOf({ id: file, path: file, kind, unit: null }, extraction.text, normalize(extraction.text));
}
const prepareStarted = performance.now();
const batch = await Promise.all(truth.documents.map((d) => inputOf(d.file, 'batch')));
const templates = await Promise.all(truth.sources.map((f) => inputOf(f, 'templates')));
const prepareMs = performance.now() - prepareStarted;
for (const d of truth.documents) {
  const raw = readFileSync(join(BENCH, d.file), 'utf8');
  if (texts.get(d.file) !== raw) throw new Error(`${d.file}: the text of record differs from the file; truth offsets would not apply`);
}
const started = performance.now();
const detected = findReuse({ batch, templates }, resources);
const reuseMs = performance.now() - started;

interface Detection { start: number; end: number; source: string; sourceStart: number; sourceEnd: number }
const overlap = (a0: number, a1: number, b0: number, b1: number) => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
const detects = (r: Detection, s: TruthCase) => r.source === s.source && overlap(r.start, r.end, s.start, s.end) > 0 && overlap(r.sourceStart, r.sourceEnd, s.sourceStart, s.sourceEnd) > 0;

/** Union length of [start, end) intervals. */
function unionLength(intervals: [number, number][]): number {
  const sorted = intervals.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  let total = 0;
  let end = -Infinity;
  for (const [a, b] of sorted) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return total;
}
/** |∪_r (s ⊓ r)| / |s| over both sides, the PAN case recall. */
function coveredShare(s: TruthCase | Detection, by: (TruthCase | Detection)[]): number {
  const hits = by.filter((r) => detects(r as Detection, s as TruthCase) || detects(s as Detection, r as TruthCase));
  const susp = unionLength(hits.map((r) => [Math.max(r.start, s.start), Math.min(r.end, s.end)]));
  const src = unionLength(hits.map((r) => [Math.max(r.sourceStart, s.sourceStart), Math.min(r.sourceEnd, s.sourceEnd)]));
  return (susp + src) / (s.end - s.start + (s.sourceEnd - s.sourceStart));
}
function plagdet(cases: TruthCase[], detections: Detection[]) {
  const recall = cases.length === 0 ? (detections.length === 0 ? 1 : 0) : cases.reduce((sum, s) => sum + coveredShare(s, detections), 0) / cases.length;
  const precision = detections.length === 0 ? (cases.length === 0 ? 1 : 0) : detections.reduce((sum, r) => sum + coveredShare(r, cases), 0) / detections.length;
  const detected = cases.map((s) => detections.filter((r) => detects(r, s)).length).filter((n) => n > 0);
  const granularity = detected.length === 0 ? 1 : detected.reduce((a, b) => a + b, 0) / detected.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, granularity, plagdet: f1 / Math.log2(1 + granularity), cases: cases.length, detections: detections.length };
}

const byFile = new Map(truth.documents.map((d, i) => [d.file, { doc: d, result: detected[i]! }]));
const groups: Record<string, { cases: TruthCase[]; detections: Detection[] }> = {};
const group = (name: string) => (groups[name] ??= { cases: [], detections: [] });
let controlsFlagged = 0;
let ratioOk = 0;
let ratioDocs = 0;
const ratioMisses: string[] = [];
let formulaOnly = 0;
for (const { doc, result } of byFile.values()) {
  const record = reuseRecord(result);
  const detections: Detection[] = record.passages.map((p) => ({ start: p.start, end: p.end, source: p.source.path, sourceStart: p.source.start, sourceEnd: p.source.end }));
  if (doc.kind === 'control') {
    if (detections.length > 0) controlsFlagged++;
  }
  const names = doc.kind === 'control' ? ['controls'] : [doc.obfuscation!, ['verbatim', 'traditional', 'taiwan', 'punctuation'].includes(doc.obfuscation!) ? 'verbatim+normalization' : 'light edits'];
  for (const name of [...names, 'all']) {
    group(name).cases.push(...doc.cases.map((c) => ({ ...c, doc: doc.file })).map((c) => ({ ...c, source: `${c.doc}→${c.source}` })));
    group(name).detections.push(...detections.map((r) => ({ ...r, source: `${doc.file}→${r.source}` })));
  }
  // Truth ratio: the document's reuse characters inside a true case, over all its reuse characters.
  const text = result.entry.text;
  let inside = 0;
  for (let i = 0; i < text.chars.length; i++) {
    const at = text.origin[2 * i]!;
    if (doc.cases.some((c) => c.start <= at && at < c.end)) inside++;
  }
  const trueRatio = text.chars.length ? inside / text.chars.length : 0;
  ratioDocs++;
  if (Math.abs(trueRatio - record.ratio) <= 0.02) ratioOk++;
  else ratioMisses.push(`${doc.file} ${doc.obfuscation ?? 'control'} truth ${(100 * trueRatio).toFixed(1)} found ${(100 * record.ratio).toFixed(1)}`);
  // A passage that is formula for most of its length and matches no case.
  for (const p of result.passages) {
    let formula = 0;
    for (let i = p.aStart; i < p.aEnd; i++) formula += result.entry.mask[i]!;
    const hitsCase = doc.cases.some((c) => overlap(c.start, c.end, text.origin[2 * p.aStart]!, text.origin[2 * p.aEnd - 1]!) > 0);
    if (!hitsCase && formula >= 0.5 * (p.aEnd - p.aStart)) formulaOnly++;
  }
}
// Every passage found, per document, for looking into the misses.
writeFileSync(join(BENCH, 'detections.json'), JSON.stringify(Object.fromEntries([...byFile.values()].map(({ doc, result }) => [doc.file, reuseRecord(result).passages]))));
const fmt = (x: number) => x.toFixed(3);
process.stdout.write(`reuse bench ${BENCH}: ${truth.documents.length} documents, ${truth.sources.length} templates\n`);
process.stdout.write(`${'edit'.padEnd(24)} ${'cases'.padStart(6)} ${'dets'.padStart(6)}  precision  recall  granularity  plagdet\n`);
for (const [name, g] of Object.entries(groups)) {
  if (name === 'controls') continue;
  const s = plagdet(g.cases, g.detections);
  process.stdout.write(`${name.padEnd(24)} ${String(s.cases).padStart(6)} ${String(s.detections).padStart(6)}  ${fmt(s.precision).padStart(9)}  ${fmt(s.recall).padStart(6)}  ${fmt(s.granularity).padStart(11)}  ${fmt(s.plagdet).padStart(7)}\n`);
}
const controls = truth.documents.filter((d) => d.kind === 'control').length;
process.stdout.write(`controls with any flagged passage: ${controlsFlagged} of ${controls} (${((100 * controlsFlagged) / Math.max(1, controls)).toFixed(1)} %)\n`);
process.stdout.write(`passages of formula alone (matching no case): ${formulaOnly}\n`);
process.stdout.write(`reuse ratio within 2 points of truth: ${ratioOk} of ${ratioDocs} (${((100 * ratioOk) / ratioDocs).toFixed(1)} %)\n`);
for (const miss of ratioMisses.slice(0, 8)) process.stdout.write(`  ${miss}\n`);
process.stdout.write(`time: reading + normalizing ${Math.round(prepareMs)} ms, reuse stage ${Math.round(reuseMs)} ms\n`);
