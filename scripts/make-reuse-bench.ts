// Builds the reuse benchmark: synthetic submissions that splice passages copied from source texts (verbatim,
// and with each light edit) into independently generated text, independent control documents, a template
// folder, and truth.json with every copied passage's spans on both sides.
//   npm run make:reuse-bench -- [--out .bench/reuse] [--n 300] [--controls 100] [--seed 7]
//                               [--sources DIR]… [--hosts DIR]… [--real-controls DIR]…
// Sources are ../shared/seeds when present and corpus/expected, or the .txt files of each --sources folder. The
// independent text is drawn word by word from jieba's dictionary, so it shares no run of characters with the
// sources beyond common phrases; with --hosts it is real report text instead (each stretch of a host used once,
// so no two submissions share it), and --real-controls adds every real report of those folders as a control:
// a check on reports the detector never saw, with the formulae real reports share. Hosts, controls and sources
// must be independent of each other. The output folder is git-ignored: built from seeds, it must never be
// committed.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as OpenCC from 'opencc-js';
import { IndependentText } from './lib/independent-text.js';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: '.bench/reuse' },
    n: { type: 'string', default: '300' },
    controls: { type: 'string', default: '100' },
    seed: { type: 'string', default: '7' },
    sources: { type: 'string', multiple: true },
    hosts: { type: 'string', multiple: true },
    'real-controls': { type: 'string', multiple: true },
  },
});
const ROOT = new URL('../', import.meta.url).pathname;
const OUT = join(ROOT, values.out!);

export const OBFUSCATIONS = ['verbatim', 'traditional', 'taiwan', 'punctuation', 'names', 'numbers', 'insert', 'drop'] as const;
type Obfuscation = (typeof OBFUSCATIONS)[number];

export interface TruthCase {
  start: number;
  end: number;
  source: string;
  sourceStart: number;
  sourceEnd: number;
  obfuscation: Obfuscation;
}

export interface TruthDocument {
  file: string;
  kind: 'suspicious' | 'control';
  obfuscation: Obfuscation | null;
  cases: TruthCase[];
}

const gen = new IndependentText(Number(values.seed));
const random = () => gen.random();
const pick = <T>(list: readonly T[]): T => gen.pick(list);
const between = (lo: number, hi: number) => gen.between(lo, hi);
const words = gen.words;
const sentence = () => gen.sentence();
const textFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ file: f, text: unify(readFileSync(join(dir, f), 'utf8')) }));
const unify = (text: string) => text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');

// Real host text, cut at sentence ends into stretches that are each handed out once.
const hostStretches: string[] = [];
for (const dir of values.hosts ?? []) {
  for (const { text } of textFiles(dir)) {
    let stretch = '';
    for (const s of text.match(/[^。！？\n]+[。！？]?\n?|\n/gu) ?? []) {
      stretch += s;
      if (stretch.length >= 300) hostStretches.push(stretch), (stretch = '');
    }
    if (stretch.trim().length >= 60) hostStretches.push(stretch);
  }
}
for (let i = hostStretches.length - 1; i > 0; i--) {
  const j = Math.floor(gen.random() * (i + 1));
  [hostStretches[i], hostStretches[j]] = [hostStretches[j]!, hostStretches[i]!];
}
function independentText(chars: number): string {
  if (!values.hosts?.length) return gen.text(chars);
  // Real text is scarce: stretches of it run shorter than generated text, so more submissions fit.
  chars = Math.round(chars * 0.4);
  let text = '';
  while (text.length < chars) {
    const stretch = hostStretches.pop();
    if (stretch === undefined) throw new Error(`the --hosts folders hold too little text for ${values.n} submissions: give more hosts or a smaller --n`);
    text += stretch;
  }
  return text;
}

// --- sources ------------------------------------------------------------------------------------------------
const sources: { file: string; text: string }[] = [];
const seedDir = join(ROOT, '../shared/seeds');
const altSeedDir = '/work/shared/seeds';
const sourceDirs = values.sources ?? [existsSync(seedDir) ? seedDir : altSeedDir, join(ROOT, 'corpus/expected')];
for (const dir of sourceDirs) {
  if (!existsSync(dir)) continue;
  sources.push(...textFiles(dir));
}
if (sources.length === 0) throw new Error(`no source texts (.txt) in ${sourceDirs.join(', ')}`);

// --- edits -------------------------------------------------------------------------------------------------------
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'twp' });
const NAME = /\p{Script=Han}{2,4}?(?:市|县|区|镇|街道|社区|村|局|公司|医院|学校|银行|中心)/gu;
const SUFFIX = /(市|县|区|镇|街道|社区|村|局|公司|医院|学校|银行|中心)$/u;

function swapNames(text: string): string {
  let swapped = text.replace(NAME, (name) => (random() < 0.6 ? pick(words.ns!) + (SUFFIX.exec(name)?.[1] ?? '') : name));
  // Where the passage names nobody, a name-sized stretch is swapped every 60–140 characters all the same.
  let out = '';
  let i = 0;
  while (i < swapped.length) {
    const next = i + between(60, 140);
    if (next + 4 >= swapped.length) break;
    out += swapped.slice(i, next) + pick(words.ns!);
    i = next + between(2, 4);
  }
  swapped = out + swapped.slice(i);
  return swapped;
}
function changeNumbers(text: string): string {
  return text.replace(/(?:19|20)\d\d(?=年)/g, () => String(between(2008, 2024))).replace(/\d+(?:\.\d+)?/g, (m) => (m.length === 4 ? m : String(between(1, 999))));
}
function punctuation(text: string): string {
  const swap: Record<string, string> = { '，': ', ', ',': '，', '。': '. ', '、': ',', '：': ':', '；': ';', '“': '"', '”': '"' };
  return [...text].map((c) => (swap[c] !== undefined && random() < 0.7 ? swap[c] : random() < 0.03 ? c + ' ' : c)).join('');
}
const SENTENCE = /[^。！？\n]+[。！？]?\n?/gu;
function sentences(text: string): string[] {
  return text.match(SENTENCE) ?? [text];
}
function obfuscate(passage: string, how: Obfuscation): string {
  switch (how) {
    case 'names': return swapNames(passage);
    case 'numbers': return changeNumbers(passage);
    case 'punctuation': return punctuation(passage);
    case 'insert': {
      const s = sentences(passage);
      const at = between(1, Math.max(1, s.length - 1));
      return [...s.slice(0, at), sentence(), ...s.slice(at)].join('');
    }
    case 'drop': {
      const s = sentences(passage);
      if (s.length < 3) return passage;
      const at = between(1, s.length - 2);
      return [...s.slice(0, at), ...s.slice(at + 1)].join('');
    }
    default: return passage;
  }
}

/** A passage of the source at sentence boundaries, 60–1500 characters. */
function passageOf(text: string, target: number): { start: number; end: number } {
  const starts = [0, ...[...text.matchAll(/[。！？\n]/gu)].map((m) => m.index! + 1)].filter((s) => s < text.length - 60);
  const start = pick(starts);
  let end = start + target;
  const stop = text.slice(end).search(/[。！？\n]/u);
  end = stop < 0 ? text.length : end + stop + 1;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end: Math.min(end, text.length) };
}

// --- documents -----------------------------------------------------------------------------------------------
rmSync(OUT, { recursive: true, force: true });
mkdirSync(join(OUT, 'templates'), { recursive: true });
mkdirSync(join(OUT, 'batch'), { recursive: true });
for (const s of sources) writeFileSync(join(OUT, 'templates', s.file), s.text);

const truth: TruthDocument[] = [];
const written = new Map<string, string>();
const N = Number(values.n);
for (let d = 0; d < N; d++) {
  const file = `sub-${String(d).padStart(4, '0')}.txt`;
  const how = OBFUSCATIONS[d % OBFUSCATIONS.length]!;
  const convert = how === 'traditional' ? toTraditional : how === 'taiwan' ? toTaiwan : (s: string) => s;
  // A few submissions are short ones copied mostly from a long page (containment, not similarity).
  const short = d % 10 === 9;
  const pieces: { text: string; copy?: Omit<TruthCase, 'start' | 'end'> }[] = [{ text: convert(independentText(short ? 150 : between(800, 3000))) }];
  const copies = short ? 1 : between(1, 3);
  for (let c = 0; c < copies; c++) {
    // One copy in eight is taken from an earlier submission of the batch rather than a template.
    const fromBatch = d > 10 && random() < 0.125;
    const sourceFile = fromBatch ? `sub-${String(between(0, d - 1)).padStart(4, '0')}.txt` : undefined;
    const sourceText = fromBatch ? written.get(sourceFile!)! : undefined;
    const source = fromBatch ? { file: `batch/${sourceFile}`, text: sourceText! } : ((s) => ({ file: `templates/${s.file}`, text: s.text }))(pick(sources));
    // From a submission, only its own independent text is taken, so each copied character has one true source.
    const taken = fromBatch ? truth.find((t) => t.file === source.file)!.cases : [];
    let span = passageOf(source.text, short ? between(800, 1500) : between(60, 1200));
    for (let tries = 0; tries < 50 && taken.some((c) => c.start < span.end && span.start < c.end); tries++) span = passageOf(source.text, between(60, 600));
    if (taken.some((c) => c.start < span.end && span.start < c.end)) continue;
    const copied = convert(obfuscate(source.text.slice(span.start, span.end), how));
    pieces.push({ text: copied, copy: { source: source.file, sourceStart: span.start, sourceEnd: span.end, obfuscation: how } });
    pieces.push({ text: '\n' + convert(independentText(short ? 100 : between(300, 2000))) });
  }
  let text = '';
  const cases: TruthCase[] = [];
  for (const piece of pieces) {
    if (piece.copy) cases.push({ start: text.length, end: text.length + piece.text.length, ...piece.copy });
    text += piece.text;
  }
  writeFileSync(join(OUT, 'batch', file), text);
  written.set(file, text);
  truth.push({ file: `batch/${file}`, kind: 'suspicious', obfuscation: how, cases });
}
// A copy between two submissions is reuse seen from both: the source submission holds the mirrored case.
for (const doc of [...truth]) {
  for (const c of doc.cases) {
    if (!c.source.startsWith('batch/')) continue;
    const source = truth.find((t) => t.file === c.source)!;
    source.cases.push({ start: c.sourceStart, end: c.sourceEnd, source: doc.file, sourceStart: c.start, sourceEnd: c.end, obfuscation: c.obfuscation });
  }
}
const controls = (values['real-controls'] ?? []).flatMap((dir) => textFiles(dir).map((t) => t.text));
if (controls.length === 0) for (let d = 0; d < Number(values.controls); d++) controls.push(independentText(between(1500, 6000)));
controls.forEach((text, d) => {
  const file = `control-${String(d).padStart(4, '0')}.txt`;
  writeFileSync(join(OUT, 'batch', file), text);
  truth.push({ file: `batch/${file}`, kind: 'control', obfuscation: null, cases: [] });
});
writeFileSync(join(OUT, 'truth.json'), JSON.stringify({ sources: sources.map((s) => `templates/${s.file}`), documents: truth }, null, 1));
process.stdout.write(`reuse bench: ${N} submissions${values.hosts?.length ? ' on real host text' : ''}, ${controls.length} ${values['real-controls']?.length ? 'real ' : ''}controls, ${sources.length} template sources → ${OUT}\n`);
