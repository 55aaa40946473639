// Loads the measure words of dictionaries/units.yaml and matches the longest one at a place in the text.
import { loadYamlDictionary, type DictionaryData, type Zod } from '../dictionary/index.js';
import { oncePerFile } from '../dictionary/once-per-file.js';
import { escapeRegExp } from '../dictionary/word-pattern.js';

const fileSchema = (z: Zod) =>
  z.strictObject({
    money: z.array(z.string().min(1)).min(1),
    count: z.array(z.string().min(1)).min(1),
    measure: z.array(z.string().min(1)).min(1),
    bracketed: z.array(z.string().min(1)),
    date: z.array(z.string().min(1)).min(1),
    'counted-in-kuai': z.array(z.string().min(1)),
    'kuai-phrase-heads': z.array(z.string().min(1)),
    'spans-within': z.strictObject({
      units: z.array(z.string().min(1)).min(1),
      after: z.array(z.string().min(1)).min(1),
      'not-after': z.array(z.string().min(1)),
      'not-before': z.array(z.string().min(1)),
    }),
    'held-editions': z.strictObject({
      units: z.array(z.string().min(1)).min(1),
      verbs: z.array(z.string().min(1)).min(1),
      each: z.array(z.string().min(1)),
      ordinal: z.array(z.string().min(1)),
      runs: z.array(z.string().min(1)),
    }),
    implied: z.array(z.strictObject({ after: z.array(z.string().min(1)).min(1), unit: z.string().min(1) })),
    'implied-before': z.array(z.string().min(1)),
    'per-population': z.array(z.strictObject({ base: z.array(z.string().min(1)).min(1), unit: z.string().min(1) })),
  });

export type UnitKind = 'money' | 'count' | 'measure' | 'date';

export interface UnitMatch {
  /** The unit as written, with its bracketed variant: `篇(次)`. */
  unit: string;
  kind: UnitKind;
  length: number;
}

/** Words that may stand between an implying word and its number (人口约, 人口达, 人口为). */
const IMPLIED_GLUE = '(?:约|达|为|近|共|计|有)?\\s*';
/** How far after a day limit a rate it conditions (七日内回复率, 7日内回复比例) is looked for. */
const RATE_CONDITION_REACH = 10;
/** How far before a count of editions its verb is looked for. */
const EDITION_REACH = 20;
/** How far before a number its implying word is looked for. */
const IMPLIED_REACH = 8;
/** How many characters a rate's name may hold between its population base and 率 (千人口献血率: 2). */
const RATE_NAME = 6;
/** Words between a rate's name and its number (达到, 为 …). */
const RATE_GLUE = '(?:达到|达|为|是|提高到|提高至|提升到|提升至|上升到|上升至)?\\s*';
/** How far before a bare number a per-population rate is looked for: its base, name and glue. */
const PER_POPULATION_REACH = 20;

/** How many Han characters after 块 the head of its noun phrase is looked for in. */
const KUAI_PHRASE = 12;

export class Units {
  private readonly entries: { unit: string; kind: UnitKind }[];
  /** The entries by their first character, in the entries' order (longest first): a place looks only at its own. */
  private readonly byFirst = new Map<string, { unit: string; kind: UnitKind }[]>();
  private readonly bracket: RegExp;
  private readonly kuaiNouns: string[];
  private readonly kuaiHeads: string[];
  private readonly impliedUnits: { after: RegExp; unit: string }[];
  /** Nouns a scaled count may stand right before as its unit (66万用户), longest first. */
  private readonly impliedNouns: string[];
  private readonly perPopulationRates: { before: RegExp; unit: string }[];
  private readonly heldEditions: { units: Set<string>; held: RegExp; runs: string[] };
  private readonly spansWithin: { units: Set<string>; after: RegExp; notAfter: RegExp | null; notBefore: RegExp | null };

  constructor(data: DictionaryData<typeof fileSchema>) {
    const kinds: UnitKind[] = ['date', 'money', 'count', 'measure'];
    const seen = new Set<string>();
    this.entries = kinds
      .flatMap((kind) => data[kind].map((unit) => ({ unit, kind })))
      // 年 is listed as a measure (3年) and handled as a date by the year check; the date list wins otherwise.
      .filter((e) => (seen.has(e.unit) ? false : (seen.add(e.unit), true)))
      .sort((a, b) => b.unit.length - a.unit.length);
    for (const e of this.entries) {
      const same = this.byFirst.get(e.unit[0]!);
      if (same) same.push(e);
      else this.byFirst.set(e.unit[0]!, [e]);
    }
    const variants = [...data.bracketed].sort((a, b) => b.length - a.length).join('|');
    this.bracket = new RegExp(`^\\((?:${variants})\\)`);
    this.kuaiNouns = data['counted-in-kuai'];
    this.kuaiHeads = data['kuai-phrase-heads'];
    const within = data['spans-within'];
    this.spansWithin = {
      units: new Set(within.units),
      after: new RegExp(`^(?:${within.after.map(escapeRegExp).join('|')})`, 'u'),
      notAfter: within['not-after'].length > 0 ? new RegExp(`(?:${within['not-after'].map(escapeRegExp).join('|')})\\s*$`, 'u') : null,
      notBefore: within['not-before'].length > 0 ? new RegExp(`^[^,，。;；!?！？\\n]{0,${RATE_CONDITION_REACH}}?(?:${within['not-before'].map(escapeRegExp).join('|')})`, 'u') : null,
    };
    const editions = data['held-editions'];
    const verbs = `(?:${editions.verbs.map(escapeRegExp).join('|')})[^。!?！？\\n]*`;
    const held = editions.each.length > 0 ? `(?:${verbs}|${editions.each.map(escapeRegExp).join('|')})` : verbs;
    const ordinal = editions.ordinal.length > 0 ? `(?<!${editions.ordinal.map(escapeRegExp).join('|')})` : '';
    this.heldEditions = { units: new Set(editions.units), held: new RegExp(`${held}${ordinal}$`, 'u'), runs: editions.runs };
    this.impliedNouns = [...data['implied-before']].sort((a, b) => b.length - a.length);
    this.perPopulationRates = data['per-population'].map(({ base, unit }) => ({ before: new RegExp(`(?:${base.map(escapeRegExp).join('|')})[\\p{Script=Han}]{0,${RATE_NAME}}率${RATE_GLUE}$`, 'u'), unit }));
    this.impliedUnits = data.implied.map(({ after, unit }) => ({ after: new RegExp(`(?:${after.map(escapeRegExp).join('|')})${IMPLIED_GLUE}$`, 'u'), unit }));
  }

  /** Whether a date unit (日) at `[numberStart, unitEnd)` counts days within a limit (7日内), not a day of a month. */
  spanWithin(text: string, unit: string, numberStart: number, unitEnd: number): boolean {
    const { units, after, notAfter, notBefore } = this.spansWithin;
    if (!units.has(unit) || !after.test(text.slice(unitEnd, unitEnd + 3))) return false;
    if (notBefore !== null && notBefore.test(text.slice(unitEnd, unitEnd + RATE_CONDITION_REACH + 4))) return false;
    return notAfter === null || !notAfter.test(text.slice(Math.max(0, numberStart - 3), numberStart));
  }

  /** Whether a date unit (届) at a number starting at `numberStart` counts editions held (举办…一届, 各1届), not an ordinal. */
  editionsHeld(text: string, unit: string, numberStart: number): boolean {
    const { units, held, runs } = this.heldEditions;
    if (!units.has(unit)) return false;
    const clause = text.slice(Math.max(0, numberStart - EDITION_REACH), numberStart).split(/[,，;；]/u).at(-1)!;
    return held.test(clause) && !runs.some((r) => clause.includes(r));
  }

  /** The unit a word right before a number implies when none is written (常住人口34.02万: 人), or null. */
  implied(text: string, numberStart: number): string | null {
    const before = text.slice(Math.max(0, numberStart - IMPLIED_REACH), numberStart);
    return this.impliedUnits.find((i) => i.after.test(before))?.unit ?? null;
  }

  /** The unit of a bare number right after a rate per a population base (千人口献血率达到12.4: 人/千人), or null. */
  perPopulation(text: string, numberStart: number): string | null {
    const before = text.slice(Math.max(0, numberStart - PER_POPULATION_REACH), numberStart);
    if (!before.includes('率')) return null;
    return this.perPopulationRates.find((r) => r.before.test(before))?.unit ?? null;
  }

  /** The noun right at `at` that a scaled count with no measure word counts (66万用户: 用户), or null. */
  impliedNoun(text: string, at: number): string | null {
    return this.impliedNouns.find((n) => text.startsWith(n, at)) ?? null;
  }

  /** 块 next to a thing counted in 块 (展板40块, 40块展板) is a count; elsewhere (三五百块) it is money. */
  private kuaiKind(text: string, numberStart: number, unitEnd: number): UnitKind {
    const before = text.slice(Math.max(0, numberStart - 6), numberStart);
    const after = text.slice(unitEnd, unitEnd + 4);
    if (this.kuaiNouns.some((n) => before.includes(n) || after.startsWith(n))) return 'count';
    // A longer noun phrase after 块 (15块新制作的公示牌, 30余块松动的井盖) is counted by its head.
    const phrase = /^\p{Script=Han}*/u.exec(text.slice(unitEnd, unitEnd + KUAI_PHRASE))![0];
    return this.kuaiHeads.some((h) => phrase.includes(h)) ? 'count' : 'money';
  }

  /** Whether `unit` is one of the file's measure words. */
  has(unit: string): boolean {
    return this.entries.some((e) => e.unit === unit);
  }

  /** The longest unit starting at `at`, with a bracketed variant right after it when there is one. */
  match(text: string, at: number, numberStart = at): UnitMatch | null {
    for (const entry of this.byFirst.get(text[at]!) ?? []) {
      if (text.startsWith(entry.unit, at)) {
        const bracket = this.bracket.exec(text.slice(at + entry.unit.length, at + entry.unit.length + 6));
        const unit = bracket ? entry.unit + bracket[0] : entry.unit;
        const kind = entry.unit === '块' ? this.kuaiKind(text, numberStart, at + unit.length) : entry.kind;
        return { unit, kind, length: unit.length };
      }
    }
    return null;
  }
}

const unitsOnce = oncePerFile((file: string) => new Units(loadYamlDictionary(file, fileSchema)));

export function loadUnits(file = 'units.yaml'): Units {
  return unitsOnce(file);
}
