// Scores figures, honors and placeholders against gold sets: precision, recall and F1 per category (all twelve
// and `other` when the set annotates them, with `claim` agreement), value/unit/qualifier accuracy, honor field
// accuracy, placeholder recall, sections and genre, and each document's title and unit where a set has meta.jsonl.
//   npm run eval -- [--gold DIR]… [--verbose]   (honor scoring: scripts/eval-honors.ts)
// Without --gold: ../shared/gold, corpus/gold and corpus/gold-2 … gold-6, and the annotated public pages in ../scratch/public-pages* and ../scratch/pages-*, those that exist.
// A gold folder holds essays/*.txt and figures.jsonl, honors.jsonl, placeholders.jsonl (see its GUIDE.md).
// A set whose figures carry `claim` annotates every category; it is scored on achieved claims (what
// figures.csv carries) and, separately, on all claims with claim agreement. Older sets annotate six categories
// with no claim: they are scored on those six, over figures of every claim.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { scriptArgs } from './lib/script-args.js';
import { extractFigureFindings, type FigureFindings } from '../src/figures/index.js';
import { normalize } from '../src/normalize/index.js';
import { segment } from '../src/segment/index.js';
import { checkSections } from '../src/sections/index.js';
import { analyzeStructure } from '../src/structure/index.js';
import { lineBlocks } from '../src/ingest/text-lines.js';
import { printHonorScore, scoreHonors } from './eval-honors.js';

const SCORED = ['satisfaction', 'rate', 'donation', 'investment', 'training', 'volunteer'] as const;
const ALL_CATEGORIES = [...SCORED, 'activity', 'publicity', 'assistance', 'personnel', 'workload', 'other'] as const;

const USAGE = 'usage: npm run eval -- [--gold DIR]… [--verbose]   (a gold folder holds essays/*.txt and figures.jsonl, honors.jsonl, placeholders.jsonl, sections.jsonl)';
const values = scriptArgs(
  { gold: { type: 'string', multiple: true }, verbose: { type: 'boolean', default: false } },
  USAGE,
);
const ROOT = new URL('../', import.meta.url).pathname;
// ../shared sits beside the main checkout; a worktree under wt/ finds it one level further up.
const beside = (dir: string) => [join(ROOT, '..', dir), join(ROOT, '../..', dir)].find((d) => existsSync(d));
// Annotated public pages stay outside the repository: every ../scratch/public-pages* or ../scratch/pages-* folder.
const scratch = beside('scratch');
const pageSets = scratch === undefined ? [] : readdirSync(scratch).filter((name) => /^(public-)?pages(-\d+)?$/.test(name)).sort().map((name) => join(scratch, name));
const golds = values.gold ?? [beside('shared/gold'), ...['gold', 'gold-2', 'gold-3', 'gold-4', 'gold-5', 'gold-6'].map((name) => join(ROOT, 'corpus', name)), ...pageSets].filter((d): d is string => d !== undefined && existsSync(join(d, 'essays')));

interface GoldFigure { doc: string; category: string; value: number | null; unit: string; qualifier: string; valueMax: number | null; text: string; claim?: string; table?: { row: string; col: string } | null }

/**
 * A table cell of a gold set: its text runs from the start of its row to the end of the cell (纳税人满意率\t98.1%),
 * so it holds a tab; a set may also name the row and column (`table`).
 */
const isCell = (g: GoldFigure) => g.text.includes('\t') || (g.table ?? null) !== null;
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

type OurFigure = FigureFindings['figures'][number];

interface Accuracy { matched: number; value: number; unit: number; qualifier: number; located: number }

/**
 * Pairs gold and found figures of one document: same category and value, the found span overlapping a place
 * of the gold text. Counts into `tallies` per category; `accuracy` counts unit and qualifier on matched pairs and
 * value on pairs located by category and place alone.
 */
/**
 * Units are compared in one script: ours are the normalized (simplified) measure word, so that 户 and 戶 are one
 * unit across reports; a gold set copies the unit as written (戶 in a traditional report).
 */
function sameUnit(ours: string | null, gold: string | null): boolean {
  return ours === gold || (ours !== null && gold !== null && normalize(ours).text === normalize(gold).text);
}

function matchFigures(doc: string, text: string, gold: GoldFigure[], ours: OurFigure[], tallies: Map<string, Tally>, accuracy: Accuracy | null, misses: string[] | null, label: string): [GoldFigure, OurFigure][] {
  const used = new Set<number>();
  const pairs: [GoldFigure, OurFigure][] = [];
  const t = (category: string) => {
    if (!tallies.has(category)) tallies.set(category, tally());
    return tallies.get(category)!;
  };
  for (const g of gold) {
    const places = occurrences(text, g.text);
    // A cell is matched by the cell: our figure must be a table figure ending where the gold text ends, in the
    // row and column the set names; anything else by overlapping a place of the gold text.
    const cell = isCell(g);
    const sameCell = (f: OurFigure) => f.table !== null && places.some((p) => p.start <= f.start && f.end === p.end) && (!g.table || (f.table.row === g.table.row && f.table.col === g.table.col));
    const near = (f: OurFigure) => f.category === g.category && (cell ? sameCell(f) : places.some((p) => overlaps(p, f)));
    const i = ours.findIndex((f, k) => !used.has(k) && near(f) && f.value === g.value);
    if (accuracy) {
      const located = i >= 0 ? i : ours.findIndex((f, k) => !used.has(k) && near(f));
      if (located >= 0) {
        accuracy.located++;
        if (ours[located]!.value === g.value) accuracy.value++;
      }
    }
    if (i >= 0) {
      used.add(i);
      pairs.push([g, ours[i]!]);
      t(g.category).tp++;
      if (accuracy) {
        accuracy.matched++;
        if (sameUnit(ours[i]!.unit, g.unit)) accuracy.unit++;
        else misses?.push(`${doc} unit: ${g.text} gold ${g.unit}, ours ${ours[i]!.unit}`);
        if (ours[i]!.qualifier === g.qualifier && ours[i]!.valueMax === g.valueMax) accuracy.qualifier++;
        else misses?.push(`${doc} qualifier: ${g.text} gold ${g.qualifier}, ours ${ours[i]!.qualifier}`);
      }
    } else {
      t(g.category).fn++;
      misses?.push(`${doc} ${label}missed ${g.category} ${g.value}: ${g.text}`);
    }
  }
  ours.forEach((f, k) => {
    if (used.has(k)) return;
    t(f.category).fp++;
    misses?.push(`${doc} ${label}extra ${f.category} ${f.value}${f.unit ?? ''}: ${f.text}`);
  });
  return pairs;
}

/** Table cells among the scored figures: gold cells matched, missed, and our table figures left over. */
function countCells(into: Tally, gold: GoldFigure[], ours: OurFigure[], pairs: [GoldFigure, OurFigure][]) {
  const matched = pairs.filter(([g]) => isCell(g)).length;
  into.tp += matched;
  into.fn += gold.filter(isCell).length - matched;
  into.fp += ours.filter((f) => f.table !== null).length - pairs.filter(([, f]) => f.table !== null).length;
}

function printFigureTable(title: string, tallies: Map<string, Tally>) {
  console.log(`\n${title}\n`);
  console.log('| category | gold | found | precision | recall | F1 |');
  console.log('|---|---:|---:|---:|---:|---:|');
  const all = tally();
  for (const [category, t] of tallies) {
    all.tp += t.tp;
    all.fp += t.fp;
    all.fn += t.fn;
    const p = t.tp / (t.tp + t.fp);
    const r = t.tp / (t.tp + t.fn);
    console.log(`| ${category} | ${t.tp + t.fn} | ${t.tp + t.fp} | ${pct(p)} | ${pct(r)} | ${pct(f1(p, r))} |`);
  }
  const p = all.tp / (all.tp + all.fp);
  const r = all.tp / (all.tp + all.fn);
  console.log(`| **all categories** | ${all.tp + all.fn} | ${all.tp + all.fp} | ${pct(p)} | ${pct(r)} | ${pct(f1(p, r))} |`);
}

function score(goldDir: string) {
  const essays = readdirSync(join(goldDir, 'essays')).filter((f) => f.endsWith('.txt')).sort();
  const goldFigures = readJsonl<GoldFigure>(join(goldDir, 'figures.jsonl'));
  const allCategories = goldFigures.some((g) => g.claim !== undefined);
  const goldCategories = new Set(goldFigures.map((g) => g.category));
  const allClaimTally = new Map<string, Tally>(ALL_CATEGORIES.map((c) => [c, tally()]));
  const accuracy: Accuracy = { matched: 0, value: 0, unit: 0, qualifier: 0, located: 0 };
  let claimRight = 0;
  let claimTotal = 0;
  // The issue's reading of "over all categories": a claimed figure found at its place with its value, whatever
  // category either side gives it; category agreement is then counted on those pairs.
  const anyCategoryTally = new Map<string, Tally>([['any', tally()]]);
  let categoryRight = 0;
  const goldPlaceholders = readJsonl<GoldPlaceholder>(join(goldDir, 'placeholders.jsonl'));
  const figureTally = new Map<string, Tally>((allCategories ? ALL_CATEGORIES : SCORED).map((c) => [c, tally()]));
  const placeholderTally = tally();
  const cellTally = tally();
  const misses: string[] = [];

  for (const file of essays) {
    const doc = basename(file, '.txt');
    const text = readFileSync(join(goldDir, 'essays', file), 'utf8');
    const norm = normalize(text);
    const found: FigureFindings = extractFigureFindings(text, norm, segment(text, norm).sentences);

    const docGold = goldFigures.filter((g) => g.doc === doc);
    // Categories the set does not annotate count as `other` there (assistance, personnel, workload in a set of
    // nine categories).
    const inSet = (f: OurFigure): OurFigure => (allCategories && !goldCategories.has(f.category) ? { ...f, category: 'other' } : f);
    found.figures = found.figures.map(inSet);
    const achieved = (f: { claim?: string | null }) => (f.claim ?? 'achieved') === 'achieved';
    if (allCategories) {
      // What a reviewer sees: achieved claims on both sides, every category.
      const reviewed = matchFigures(doc, text, docGold.filter(achieved), found.figures.filter(achieved), figureTally, accuracy, misses, '');
      countCells(cellTally, docGold.filter(achieved), found.figures.filter(achieved), reviewed);
      const categoryOf = new Map<object, string>();
      const uncategorized = <T extends { category: string }>(x: T): T => {
        const y = { ...x, category: 'any' };
        categoryOf.set(y, x.category);
        return y;
      };
      const located = matchFigures(doc, text, docGold.filter(achieved).map(uncategorized), found.figures.filter(achieved).map(uncategorized), anyCategoryTally, null, null, '');
      for (const [g, f] of located) if (categoryOf.get(g) === categoryOf.get(f)) categoryRight++;
      // Every claim: does the figure carry the claim the annotator gave it?
      const pairs = matchFigures(doc, text, docGold, found.figures, allClaimTally, null, null, '');
      for (const [g, f] of pairs) {
        claimTotal++;
        if ((f.claim ?? 'achieved') === g.claim) claimRight++;
        else misses.push(`${doc} claim: ${g.text} gold ${g.claim}, ours ${f.claim}`);
      }
    } else {
      const ours = found.figures.filter((f) => (SCORED as readonly string[]).includes(f.category));
      countCells(cellTally, docGold, ours, matchFigures(doc, text, docGold, ours, figureTally, accuracy, misses, ''));
    }

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

  console.log(`\n## ${goldDir} (${essays.length} essays)`);
  printFigureTable(allCategories ? 'figures, achieved claims, every category (what figures.csv carries):' : 'figures, the six annotated categories:', figureTally);
  const honorRow = (label: string, t: Tally) => {
    const p = t.tp / (t.tp + t.fp);
    const r = t.tp / (t.tp + t.fn);
    console.log(`| **${label}** | ${t.tp + t.fn} | ${t.tp + t.fp} | ${pct(p)} | ${pct(r)} | ${pct(f1(p, r))} |`);
  };
  console.log('\n| | gold | found | precision | recall | F1 |\n|---|---:|---:|---:|---:|---:|');
  honorRow('placeholders', placeholderTally);
  if (cellTally.tp + cellTally.fn + cellTally.fp > 0) honorRow('table cells (of the figures above)', cellTally);
  const m = accuracy.matched;
  console.log(`\non matched figures: unit ${accuracy.unit}/${m} = ${pct(accuracy.unit / m)}, qualifier (and valueMax) ${accuracy.qualifier}/${m} = ${pct(accuracy.qualifier / m)}; value right on ${accuracy.value}/${accuracy.located} = ${pct(accuracy.value / accuracy.located)} of figures located by category and place`);
  if (allCategories) {
    const any = anyCategoryTally.get('any')!;
    const [p, r] = [any.tp / (any.tp + any.fp), any.tp / (any.tp + any.fn)];
    console.log(`\nachieved claims located whatever the category: gold ${any.tp + any.fn}, found ${any.tp + any.fp}, precision ${pct(p)}, recall ${pct(r)}, F1 ${pct(f1(p, r))}; category agrees on ${categoryRight}/${any.tp} = ${pct(categoryRight / any.tp)}`);
    printFigureTable('figures, every claim (achieved, target, plan, rule, background):', allClaimTally);
    console.log(`\nclaim agreement on figures matched over every claim: ${claimRight}/${claimTotal} = ${pct(claimRight / claimTotal)}`);
  }
  if (values.verbose) for (const m of misses) console.log(`  - ${m}`);
}

/** A set's meta.jsonl: each document's own title and unit as the text writes them, or null where it names none. */
interface GoldMeta { doc: string; title: string | null; unit: string | null }

/**
 * Titles and units compare without spaces, closing marks (a title line's trailing 。 or --) and a compilation site's
 * number of the essay (…工作总结篇1, …范文第1篇, …总结1, …_第1页), which the pipeline leaves out of the title.
 */
const bare = (s: string) =>
  normalize(s)
    .text.replace(/\s+/gu, '')
    .replace(/(?:范文)?(?:篇[一二三四五六七八九十\d]+|第[一二三四五六七八九十\d]+篇|_第\d+页|\d)$/u, '')
    .replace(/[\-—|:：。]+$/u, '');

/** A unit "named" only as the text's own voice (我校, 本局) names none. */
const PRONOUN_UNIT = /^[我本][\p{Script=Han}]{1,2}$/u;

/**
 * Title and unit against meta.jsonl: right when ours is the gold text (or both are null); part when one holds
 * the other (市林业局 for 临沂市林业局, a title cut at a subtitle); else wrong (ours names another line: site chrome, a
 * byline) or missed (ours null). Precision is over what we give, recall over what the gold gives.
 */
function scoreMeta(goldDir: string) {
  const gold = readJsonl<GoldMeta>(join(goldDir, 'meta.jsonl'));
  if (gold.length === 0) return;
  const misses: string[] = [];
  const found = gold.map((g) => {
    const text = readFileSync(join(goldDir, 'essays', `${g.doc}.txt`), 'utf8');
    const structure = analyzeStructure(text, normalize(text), lineBlocks(text));
    return { title: structure.title?.text ?? null, unit: structure.unit?.text ?? null };
  });
  for (const field of ['title', 'unit'] as const) {
    let right = 0;
    let part = 0;
    let bothNull = 0;
    let ours = 0;
    let golds = 0;
    gold.forEach((g, i) => {
      const have = found[i]![field];
      const raw = g[field];
      const want = field === 'unit' && raw !== null && PRONOUN_UNIT.test(raw) ? null : raw;
      if (have !== null) ours++;
      if (want !== null) golds++;
      if (have === null && want === null) bothNull++;
      else if (have !== null && want !== null && bare(have) === bare(want)) right++;
      else {
        if (have !== null && want !== null && (bare(have).includes(bare(want)) || bare(want).includes(bare(have)))) part++;
        misses.push(`${g.doc} ${field}: gold ${want ?? '-'}, ours ${have ?? '-'}`);
      }
    });
    const [p, r] = [right / ours, right / golds];
    const [pp, rp] = [(right + part) / ours, (right + part) / golds];
    console.log(`${field}: gold ${golds}, found ${ours}, exact precision ${pct(p)}, recall ${pct(r)}, F1 ${pct(f1(p, r))}; counting parts (one holds the other) P ${pct(pp)} R ${pct(rp)}; right on ${right + bothNull}/${gold.length} documents (null where the gold is null counts)`);
  }
  if (values.verbose) for (const m of misses) console.log(`  - ${m}`);
}

/** `sections` is null for a page cut short (a stored web page's excerpt): only its genre is scored. */
interface GoldSections { doc: string; genre: string; sections: Record<string, string> | null }

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
  let sectioned = 0;
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
    if (g.sections === null) continue;
    if (result.items.some((item) => g.sections![item.id] !== undefined)) sectioned++;
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
  console.log(`\nsections${sectioned < gold.length ? ` (checked on ${sectioned} of ${gold.length} documents: the others are cut short or of a genre without a checklist)` : ''}: exact status ${exact}/${total} = ${pct(exact / total)}; present-vs-missing on R and E sections ${presence}/${presenceTotal} = ${pct(presence / presenceTotal)}; genre ${genreRight}/${gold.length}${genreMisses.length > 0 ? ` (wrong: ${genreMisses.join(', ')})` : ''}`);
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
  scoreMeta(dir);
}
