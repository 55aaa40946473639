// Scores the honors of a gold folder: precision, recall and F1, and the accuracy of each field (title, awarder,
// year, recipient, level) on the matched honors. Used by scripts/eval.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { extractFigureFindings } from '../src/figures/index.js';
import { normalize } from '../src/normalize/index.js';
import { segment } from '../src/segment/index.js';

/** `level` is optional: older gold sets do not annotate it, and then level accuracy is not printed. */
interface GoldHonor { doc: string; title: string; awarder: string | null; year: string | null; recipient: string; level?: string | null; text: string }

const readJsonl = <T>(file: string): T[] => (existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as T) : []);
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const pct = (x: number) => (Number.isNaN(x) ? '   -  ' : `${(100 * x).toFixed(1).padStart(5)}%`);
const squash = (t: string) => normalize(t).text.replace(/[“”"《》\s]/g, '');

function occurrences(text: string, needle: string): { start: number; end: number }[] {
  const out = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push({ start: i, end: i + needle.length });
  return out;
}

/**
 * Gold sets name levels by administrative rank (municipal, township, null); ours says city, district (街道, 镇, 乡)
 * and internal/unknown for no public level.
 */
const GOLD_LEVEL: Record<string, string> = { municipal: 'city', township: 'district' };
function levelRight(gold: string | null, ours: string): boolean {
  if (gold === null) return ours === 'unknown' || ours === 'internal';
  return (GOLD_LEVEL[gold] ?? gold) === ours;
}

/** Gold `person` (unnamed people) accepts any person recipient; `person:Name` and `unit` must be equal. */
function recipientRight(gold: string, ours: string): boolean {
  return gold === 'person' ? ours === 'person' || ours.startsWith('person:') : gold === ours;
}

export interface HonorScore {
  gold: number;
  found: number;
  tp: number;
  fields: { title: number; awarder: number; year: number; recipient: number; level: number; levelTotal: number };
  misses: string[];
}

/** A found honor matches a gold one of the same document when one title contains the other and the evidence overlaps. */
export function scoreHonors(goldDir: string): HonorScore {
  const essays = readdirSync(join(goldDir, 'essays')).filter((f) => f.endsWith('.txt')).sort();
  const goldHonors = readJsonl<GoldHonor>(join(goldDir, 'honors.jsonl'));
  const score: HonorScore = { gold: 0, found: 0, tp: 0, fields: { title: 0, awarder: 0, year: 0, recipient: 0, level: 0, levelTotal: 0 }, misses: [] };
  for (const file of essays) {
    const doc = basename(file, '.txt');
    const text = readFileSync(join(goldDir, 'essays', file), 'utf8');
    const norm = normalize(text);
    const found = extractFigureFindings(text, norm, segment(text, norm).sentences).honors;
    const gold = goldHonors.filter((g) => g.doc === doc);
    score.gold += gold.length;
    score.found += found.length;
    const used = new Set<number>();
    for (const g of gold) {
      const places = occurrences(text, g.text);
      const gt = squash(g.title);
      const i = found.findIndex((h, k) => {
        if (used.has(k)) return false;
        const ht = squash(h.title);
        return (ht === gt || ht.includes(gt) || gt.includes(ht)) && (places.length === 0 || places.some((p) => overlaps(p, h)));
      });
      if (i < 0) {
        score.misses.push(`${doc} missed honor ${g.title}: ${g.text}`);
        continue;
      }
      used.add(i);
      score.tp++;
      const h = found[i]!;
      const f = score.fields;
      const wrong: string[] = [];
      if (squash(h.title) === gt) f.title++;
      else wrong.push(`title ${h.title}`);
      if ((h.awarder === null ? null : squash(h.awarder)) === (g.awarder === null ? null : squash(g.awarder))) f.awarder++;
      else wrong.push(`awarder ${h.awarder} (gold ${g.awarder})`);
      if (h.year === g.year) f.year++;
      else wrong.push(`year ${h.year} (gold ${g.year})`);
      if (recipientRight(g.recipient, h.recipient)) f.recipient++;
      else wrong.push(`recipient ${h.recipient} (gold ${g.recipient})`);
      if (g.level !== undefined) {
        f.levelTotal++;
        if (levelRight(g.level, h.level)) f.level++;
        else wrong.push(`level ${h.level} (gold ${g.level})`);
      }
      if (wrong.length > 0) score.misses.push(`${doc} honor ${g.title}: ${wrong.join('; ')}`);
    }
    found.forEach((h, k) => {
      if (!used.has(k)) score.misses.push(`${doc} extra honor ${h.title}: ${h.text}`);
    });
  }
  return score;
}

export function printHonorScore(s: HonorScore, verbose: boolean): void {
  const p = s.tp / s.found;
  const r = s.tp / s.gold;
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  const of = (n: number, total = s.tp) => `${n}/${total} = ${pct(n / total).trim()}`;
  console.log(`\nhonors: gold ${s.gold}, found ${s.found}, precision ${pct(p).trim()}, recall ${pct(r).trim()}, F1 ${pct(f1).trim()}`);
  const level = s.fields.levelTotal > 0 ? of(s.fields.level, s.fields.levelTotal) : 'not annotated';
  console.log(`honor fields on matched honors: recipient ${of(s.fields.recipient)}, level ${level}, title exact ${of(s.fields.title)}, awarder ${of(s.fields.awarder)}, year ${of(s.fields.year)}`);
  if (verbose) for (const m of s.misses) console.log(`  - ${m}`);
}
