// Turns the quantities of a document into typed figures: each takes the category of the nearest cue word in
// its sentence whose rule accepts its unit; then refiners share one value among coordinated cues and attach
// the period and subject the sentence gives.
import type { Evidence, FigureRecord, Span } from '../model/document.js';
import { originalEvidence, type NormalizedText } from '../normalize/index.js';
import type { Sentence } from '../segment/index.js';
import { loadCues, type CueDictionary } from './cues.js';
import type { Quantity } from './quantities.js';
import { firstStartingAt, withoutContained } from './contained.js';
import { coordinatedCues } from './refiners/coordination.js';
import { PeriodFinder } from './refiners/period.js';
import { subjectOf } from './refiners/subject.js';
import { CATEGORIES, isPercent, RULES, type FigureCategory } from './rules/index.js';

/**
 * A figure: `metric` is the cue as written (满意率, 捐款), `subject` who or what is counted (果农), `period` the
 * time its sentence claims (全年, 两年来), `quantity` where the number alone stands.
 */
export type Figure = FigureRecord;

/** A cue word found in normalized text. */
export interface Cue extends Span {
  category: FigureCategory;
  word: string;
}

const CLAUSE_BREAK = /[，,；;。！？!?\n]/;
const CLAUSE_BREAKS = /[，,；;]/g;
const CLAUSE_BREAK_CHARS = '，,；;';
/** Each quantity between a cue and its figure makes that cue this much less likely to be the figure's. */
const INTERVENING_PENALTY = 12;
/** So does each clause break (，；) between them. */
const CLAUSE_PENALTY = 15;
/** A weak cue (提高, 占) counts as this much farther. */
const WEAK_PENALTY = 8;
/** A cue scored farther than this is not the figure's. */
const MAX_SCORE = 40;
/** A cue after the quantity must stand this close. */
const MAX_AFTER = 16;
/** A cue after the quantity ("组织150名干部进行了业务培训") counts as this much farther than one before it. */
const AFTER_PENALTY = 3;

/**
 * Cue words in `[from, to)`, found at every place (overlapping); a cue inside a longer one gives way, so 率 in
 * 满意率 and 活动 in 志愿服务活动 are not cues of their own.
 */
export function findCues(text: string, from: number, to: number, dictionary: CueDictionary): Cue[] {
  const slice = text.slice(from, to);
  const cues: Cue[] = [];
  for (const entry of dictionary.categories) {
    for (const word of entry.words) {
      for (let i = slice.indexOf(word); i >= 0; i = slice.indexOf(word, i + 1)) {
        cues.push({ category: entry.category, word, start: from + i, end: from + i + word.length });
      }
    }
  }
  const kept = withoutContained(cues);
  // A bare 率 that no longer cue covers takes the word it ends: 参训率, 审结率.
  return kept.map((c) => {
    if (c.word !== '率') return c;
    const head = /[\p{Script=Han}]{1,4}$/u.exec(text.slice(Math.max(from, c.start - 4), c.start))?.[0] ?? '';
    return { ...c, word: head + c.word, start: c.start - head.length };
  });
}

/** Spans of time are periods, not figures: 一年来, 3个月, 培训3天. */
const DURATION_UNITS = new Set(['年', '个月', '周', '天', '分钟']);

function vetoed(text: string, cue: Cue, quantity: Quantity, dictionary: CueDictionary): boolean {
  const vetoes = dictionary.categories.find((c) => c.category === cue.category)!.vetoes;
  if (vetoes.length === 0) return false;
  const between = cue.end <= quantity.start ? text.slice(cue.end, quantity.start) : text.slice(quantity.end, cue.start);
  const before = text.slice(Math.max(0, quantity.start - 4), quantity.start);
  return vetoes.some((v) => between.includes(v) || before.includes(v));
}

interface Choice {
  cue: Cue | null;
  category: FigureCategory | 'other';
}

/** How many of `quantities` (sorted by start) other than `except` lie inside `[from, to)`. */
function countWithin(quantities: Quantity[], from: number, to: number, except: Quantity): number {
  let n = 0;
  for (let i = firstStartingAt(quantities, from); i < quantities.length && quantities[i]!.start < to; i++) {
    const q = quantities[i]!;
    if (q !== except && q.end <= to) n++;
  }
  return n;
}

/** The cues of a sentence that can be a quantity's: those within reach, in the order of `cues.all`. */
function cuesNear(cues: SentenceCues, quantity: Quantity): Cue[] {
  // A cue before the quantity scores at least its distance; one after it must stand within MAX_AFTER.
  const from = quantity.start - MAX_SCORE - cues.longest;
  const near: number[] = [];
  for (let i = firstStartingAt(cues.byStart, from); i < cues.byStart.length && cues.byStart[i]!.start <= quantity.end + MAX_AFTER; i++) {
    near.push(cues.order.get(cues.byStart[i]!)!);
  }
  return near.sort((a, b) => a - b).map((i) => cues.all[i]!);
}

/** A sentence's cues, with an index by position so that each quantity looks only at the cues near it. */
interface SentenceCues {
  all: Cue[];
  byStart: Cue[];
  order: Map<Cue, number>;
  longest: number;
}

function indexCues(all: Cue[]): SentenceCues {
  return {
    all,
    byStart: [...all].sort((a, b) => a.start - b.start),
    order: new Map(all.map((c, i) => [c, i])),
    longest: all.reduce((n, c) => Math.max(n, c.end - c.start), 0),
  };
}

function choose(text: string, quantity: Quantity, sentenceCues: SentenceCues, quantities: Quantity[], dictionary: CueDictionary): Choice {
  const cues = sentenceCues.all;
  let best: { cue: Cue; score: number; order: number } | undefined;
  for (const cue of cuesNear(sentenceCues, quantity)) {
    const rule = RULES.find((r) => r.category === cue.category)!;
    if (!rule.accepts(quantity)) continue;
    let score: number;
    if (cue.end <= quantity.start) {
      score = quantity.start - cue.end;
      if (score > MAX_SCORE) continue; // penalties only add to it
      score += INTERVENING_PENALTY * countWithin(quantities, cue.end, quantity.start, quantity);
      const between = text.slice(cue.end, quantity.start);
      const breaks = between.match(CLAUSE_BREAKS) ?? [];
      // The quantity's own clause has a predicate of its own: an earlier clause's cue is not its cue.
      if (breaks.length > 0 && dictionary.predicates.test(between.slice(between.search(/[，,；;][^，,；;]*$/u)))) continue;
      score += CLAUSE_PENALTY * breaks.length;
    } else if (cue.start >= quantity.end) {
      const between = text.slice(quantity.end, cue.start);
      if (between.length > MAX_AFTER || CLAUSE_BREAK.test(between) || countWithin(quantities, quantity.end, cue.start, quantity) > 0) continue;
      score = cue.start - quantity.end + AFTER_PENALTY;
    } else {
      continue;
    }
    if (dictionary.categories.find((c) => c.category === cue.category)!.weak.has(cue.word)) score += WEAK_PENALTY;
    if (score > MAX_SCORE) continue;
    if (vetoed(text, cue, quantity, dictionary)) continue;
    const order = CATEGORIES.indexOf(cue.category);
    if (!best || score < best.score || (score === best.score && (order < best.order || cue.word.length > best.cue.word.length))) {
      best = { cue, score, order };
    }
  }
  if (best?.cue.category === 'activity') {
    // 志愿服务队开展劝导活动36次: an activity of volunteers is a volunteer figure.
    let clauseStart = best.cue.start;
    while (clauseStart > 0 && !CLAUSE_BREAK_CHARS.includes(text[clauseStart - 1]!)) clauseStart--;
    const byVolunteers = cues.find((c) => c.category === 'volunteer' && c.start >= clauseStart && c.end <= best!.cue.start);
    if (byVolunteers && RULES.find((r) => r.category === 'volunteer')!.accepts(quantity)) return { cue: byVolunteers, category: 'volunteer' };
  }
  if (best) return { cue: best.cue, category: best.cue.category };
  if (isPercent(quantity)) return { cue: null, category: 'rate' };
  return { cue: null, category: 'other' };
}

/** The figures of a document; quantities and sentences are in normalized text. */
export function extractFigures(original: string, norm: NormalizedText, sentences: Sentence[], quantities: Quantity[]): Figure[] {
  const dictionary = loadCues(CATEGORIES);
  const text = norm.text;
  const figures: Figure[] = [];
  const periods = new PeriodFinder(text, dictionary.periods);
  let si = 0;
  // The cues and quantities of the sentence at hand, found once for all its quantities.
  let current: { index: number; cues: SentenceCues; quantities: Quantity[] } | undefined;
  // Quantities come in text order; the check keeps the windowed lookups below exact if a reader ever changes that.
  const sorted = quantities.every((q, i) => i === 0 || quantities[i - 1]!.start <= q.start);
  const ordered = sorted ? quantities : [...quantities].sort((a, b) => a.start - b.start);
  for (const quantity of quantities) {
    if (quantity.unit === null && !quantity.placeholder) continue; // a bare number claims nothing
    if (quantity.unit !== null && DURATION_UNITS.has(quantity.unit)) continue;
    while (si < sentences.length - 1 && sentences[si]!.norm.end <= quantity.start) si++;
    const sentence = sentences[si];
    if (!sentence || quantity.start < sentence.norm.start) continue;
    if (current?.index !== si) {
      current = {
        index: si,
        cues: indexCues(findCues(text, sentence.norm.start, sentence.norm.end, dictionary)),
        quantities: quantitiesWithin(ordered, sentence.norm.start, sentence.norm.end),
      };
    }
    const { cues, quantities: inSentence } = current;
    const choice = choose(text, quantity, cues, inSentence, dictionary);
    const coordinated = choice.cue && (choice.category === 'rate' || choice.category === 'satisfaction') ? coordinatedCues(text, choice.cue, cues.all) : choice.cue ? [choice.cue] : [];
    const evidenceStart = Math.min(quantity.start, ...coordinated.map((c) => c.start));
    const evidenceEnd = Math.max(quantity.end, ...coordinated.map((c) => c.end));
    const evidence = originalEvidence(original, norm, evidenceStart, evidenceEnd);
    const isPermille = quantity.unit === '‰';
    const value = quantity.value === null ? null : isPermille ? quantity.value / 10 : quantity.value;
    const valueMax = quantity.valueMax === null ? null : isPermille ? quantity.valueMax / 10 : quantity.valueMax;
    const shared = {
      subject: subjectOf(text, quantity, choice.cue),
      value,
      valueMax,
      unit: isPermille ? '%' : quantity.unit,
      qualifier: quantity.qualifier,
      period: periods.before(sentence.norm.start, sentence.norm.end, quantity.start),
      placeholder: quantity.placeholder,
      text: evidence.text,
      start: evidence.start,
      end: evidence.end,
      span: { start: evidence.start, end: evidence.end },
      sentence: sentenceWindow(original, sentence, evidence),
      quantity: originalEvidence(original, norm, quantity.start, quantity.end),
    };
    if (coordinated.length === 0) figures.push({ category: choice.category, metric: null, ...shared });
    for (const cue of coordinated) figures.push({ category: cue.category, metric: cue.word, ...shared });
  }
  return figures;
}


/** The quantities of `sorted` (by start) inside `[start, end)`. */
function quantitiesWithin(sorted: Quantity[], start: number, end: number): Quantity[] {
  const out: Quantity[] = [];
  for (let i = firstStartingAt(sorted, start); i < sorted.length && sorted[i]!.start < end; i++) {
    if (sorted[i]!.end <= end) out.push(sorted[i]!);
  }
  return out;
}

/**
 * A figure's quoted sentence: the whole sentence up to SENTENCE_WINDOW characters; a longer one (a list of
 * hundreds of figures joined by commas) is cut to the evidence and CONTEXT characters either side, with its
 * own span, so that output grows with the input and not with its square.
 */
export const SENTENCE_WINDOW = 400;
const CONTEXT = 100;

export function sentenceWindow(original: string, sentence: Evidence, evidence: Span): Evidence {
  if (sentence.end - sentence.start <= SENTENCE_WINDOW) return { text: sentence.text, start: sentence.start, end: sentence.end };
  let start = Math.max(sentence.start, evidence.start - CONTEXT);
  let end = Math.min(sentence.end, evidence.end + CONTEXT);
  // Never cut a surrogate pair in two.
  if (start > sentence.start && isLowSurrogate(original.charCodeAt(start))) start--;
  if (end < sentence.end && isLowSurrogate(original.charCodeAt(end))) end++;
  return { text: original.slice(start, end), start, end };
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
