// Scores figures, honors, placeholders, sections and genre against a gold set: precision, recall and F1 per
// category, qualifier accuracy, honor field accuracy (scripts/eval-honors.ts), placeholder recall, section status
// agreement and genre.
//   npm run eval -- [--gold ../shared/gold] [--gold corpus/gold] [--verbose]
// A gold folder holds essays/*.txt and figures.jsonl, honors.jsonl, placeholders.jsonl (see its GUIDE.md).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { extractFigureFindings, type FigureFindings } from '../src/figures/index.js';
import { normalize } from '../src/normalize/index.js';
import { segment } from '../src/segment/index.js';
import { checkSections } from '../src/sections/index.js';
import { analyzeStructure } from '../src/structure/index.js';
import { lineBlocks } from '../src/ingest/text-lines.js';
import { printHonorScore, scoreHonors } from './eval-honors.js';

const SCORED = ['satisfaction', 'rate', 'donation', 'investment', 'training', 'volunteer'] as const;

const { values } = parseArgs({ options: { gold: { type: 'string', multiple: true }, verbose: { type: 'boolean', default: false } } });
const ROOT = new URL('../', import.meta.url).pathname;
const golds = values.gold ?? [join(ROOT, '../shared/gold'), join(ROOT, 'corpus/gold')].filter((d) => existsSync(d));

interface GoldFigure { doc: string; category: string; value: number | null; unit: string; qualifier: string; valueMax: number | null; text: string }
interface GoldPlaceholder { doc: string; text: string }

const readJsonl = <T>(file: string): T[] => (existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as T) : []);

/** Every occurrence of `needle` in `text`, as spans. */
function occurrences(text: string, needle: string): { start: number; end: number }[] {
  const out = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push({ start: i, end: i + needle.length });
  return out;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const pct = (x: number) => (Number.isNaN(x) ? '   -  ' : `${(100 * x).toFixed(1).padStart(5)}%`);

interface Tally { tp: number; fp: number; fn: number }
const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0 });

function score(goldDir: string) {
  const essays = readdirSync(join(goldDir, 'essays')).filter((f) => f.endsWith('.txt')).sort();
  const goldFigures = readJsonl<GoldFigure>(join(goldDir, 'figures.jsonl'));
  const goldPlaceholders = readJsonl<GoldPlaceholder>(join(goldDir, 'placeholders.jsonl'));
  const figureTally = new Map<string, Tally>(SCORED.map((c) => [c, tally()]));
  const placeholderTally = tally();
  let qualifierRight = 0;
  let qualifierTotal = 0;
  const misses: string[] = [];

  for (const file of essays) {
    const doc = basename(file, '.txt');
    const text = readFileSync(join(goldDir, 'essays', file), 'utf8');
    const norm = normalize(text);
    const found: FigureFindings = extractFigureFindings(text, norm, segment(text, norm).sentences);

    // Figures: a found figure matches a gold one of the same category and value whose text it overlaps.
    const ours = found.figures.filter((f) => (SCORED as readonly string[]).includes(f.category));
    const used = new Set<number>();
    // Gold sets that annotate more categories (other, claims) are scored here on the six only.
    for (const g of goldFigures.filter((g) => g.doc === doc && figureTally.has(g.category))) {
      const places = occurrences(text, g.text);
      const i = ours.findIndex((f, k) => !used.has(k) && f.category === g.category && f.value === g.value && places.some((p) => overlaps(p, f)));
      const t = figureTally.get(g.category)!;
      if (i >= 0) {
        used.add(i);
        t.tp++;
        qualifierTotal++;
        if (ours[i]!.qualifier === g.qualifier && ours[i]!.valueMax === g.valueMax) qualifierRight++;
        else misses.push(`${doc} qualifier: ${g.text} gold ${g.qualifier}, ours ${ours[i]!.qualifier}`);
      } else {
        t.fn++;
        misses.push(`${doc} missed ${g.category} ${g.value}: ${g.text}`);
      }
    }
    ours.forEach((f, k) => {
      if (used.has(k)) return;
      figureTally.get(f.category)!.fp++;
      misses.push(`${doc} extra ${f.category} ${f.value}${f.unit ?? ''}: ${f.text}`);
    });

    // Placeholders: in order of appearance, compared as multisets of their texts.
    const goldTexts = goldPlaceholders.filter((g) => g.doc === doc).map((g) => g.text);
    const ourTexts = found.placeholders.filter((p) => p.kind === 'blank').map((p) => p.text);
    const pool = [...ourTexts];
    for (const t of goldTexts) {
      const i = pool.indexOf(t);
      if (i >= 0) {
        pool.splice(i, 1);
        placeholderTally.tp++;
      } else {
        placeholderTally.fn++;
        misses.push(`${doc} missed placeholder ${t}`);
      }
    }
    placeholderTally.fp += pool.length;
    for (const t of pool) misses.push(`${doc} extra placeholder ${t}`);
  }

  console.log(`\n## ${goldDir} (${essays.length} essays)\n`);
  console.log('| category | gold | found | precision | recall | F1 |');
  console.log('|---|---:|---:|---:|---:|---:|');
  const all = tally();
  for (const [category, t] of figureTally) {
    all.tp += t.tp;
    all.fp += t.fp;
    all.fn += t.fn;
    const p = t.tp / (t.tp + t.fp);
    const r = t.tp / (t.tp + t.fn);
    console.log(`| ${category} | ${t.tp + t.fn} | ${t.tp + t.fp} | ${pct(p)} | ${pct(r)} | ${pct(f1(p, r))} |`);
  }
  const row = (label: string, t: Tally) => {
    const p = t.tp / (t.tp + t.fp);
    const r = t.tp / (t.tp + t.fn);
    console.log(`| **${label}** | ${t.tp + t.fn} | ${t.tp + t.fp} | ${pct(p)} | ${pct(r)} | ${pct(f1(p, r))} |`);
  };
  row('figures, six categories', all);
  row('placeholders', placeholderTally);
  console.log(`\nqualifier (and valueMax) accuracy on matched figures: ${qualifierRight}/${qualifierTotal}`);
  if (values.verbose) for (const m of misses) console.log(`  - ${m}`);
}

interface GoldSections { doc: string; genre: string; sections: Record<string, string> }

/** Checklist statuses against sections.jsonl: exact agreement, present-vs-missing for R and E, confusion, genre. */
function scoreSections(goldDir: string) {
  const gold = readJsonl<GoldSections>(join(goldDir, 'sections.jsonl'));
  if (gold.length === 0) return;
  const statuses = ['headed', 'inline', 'missing'];
  const confusion = new Map<string, number>();
  const perSection = new Map<string, { right: number; total: number }>();
  let exact = 0;
  let total = 0;
  let presence = 0;
  let presenceTotal = 0;
  let genreRight = 0;
  const genreMisses: string[] = [];
  const misses: string[] = [];
  for (const g of gold) {
    const text = readFileSync(join(goldDir, 'essays', `${g.doc}.txt`), 'utf8');
    const norm = normalize(text);
    const segmented = segment(text, norm);
    const structure = analyzeStructure(text, norm, lineBlocks(text));
    const found = extractFigureFindings(text, norm, segmented.sentences);
    const result = checkSections(text, norm, structure, segmented, found.honors);
    if (structure.genre === g.genre) genreRight++;
    else genreMisses.push(`${g.doc} ${structure.genre} (gold ${g.genre})`);
    for (const item of result.items) {
      const want = g.sections[item.id];
      if (want === undefined) continue;
      total++;
      const key = `${want}→${item.status}`;
      confusion.set(key, (confusion.get(key) ?? 0) + 1);
      const s = perSection.get(item.id) ?? { right: 0, total: 0 };
      s.total++;
      if (want === item.status) {
        exact++;
        s.right++;
      } else misses.push(`${g.doc} ${item.id}: gold ${want}, ours ${item.status} (${item.text ?? '-'})`);
      perSection.set(item.id, s);
      if (item.level !== 'O') {
        presenceTotal++;
        if ((want === 'missing') === (item.status === 'missing')) presence++;
      }
    }
  }
  console.log(`\nsections: exact status ${exact}/${total} = ${pct(exact / total)}; present-vs-missing on R and E sections ${presence}/${presenceTotal} = ${pct(presence / presenceTotal)}; genre ${genreRight}/${gold.length}${genreMisses.length > 0 ? ` (wrong: ${genreMisses.join(', ')})` : ''}`);
  console.log(`per section: ${[...perSection].map(([id, s]) => `${id} ${s.right}/${s.total}`).join(', ')}`);
  console.log(`confusion (gold→ours): ${statuses.flatMap((a) => statuses.map((b) => `${a}→${b} ${confusion.get(`${a}→${b}`) ?? 0}`)).join(', ')}`);
  if (values.verbose) for (const m of misses) console.log(`  - ${m}`);
}

if (golds.length === 0) {
  console.error('eval: no gold folder found; pass --gold <dir> (../shared/gold is used when it is there)');
  process.exit(2);
}
for (const dir of golds) {
  score(dir);
  printHonorScore(scoreHonors(dir), values.verbose ?? false);
  scoreSections(dir);
}
