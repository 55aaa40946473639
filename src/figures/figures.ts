// Turns the quantities of a document into typed figures: each takes the category of the nearest cue word in
// its sentence whose rule accepts its unit; then refiners share one value among coordinated cues and attach
// the period and subject the sentence gives.
import type { FigureRecord, Span } from '../model/document.js';
import { originalEvidence, type NormalizedText } from '../normalize/index.js';
import type { Sentence } from '../segment/index.js';
import { loadCues, type CueDictionary } from './cues.js';
import type { Quantity } from './quantities.js';
import { coordinatedCues } from './refiners/coordination.js';
import { periodBefore } from './refiners/period.js';
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
  const kept = cues.filter((c) => !cues.some((o) => o !== c && o.start <= c.start && o.end >= c.end && o.end - o.start > c.end - c.start));
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

function choose(text: string, quantity: Quantity, cues: Cue[], quantities: Quantity[], dictionary: CueDictionary): Choice {
  let best: { cue: Cue; score: number; order: number } | undefined;
  for (const cue of cues) {
    const rule = RULES.find((r) => r.category === cue.category)!;
    if (!rule.accepts(quantity)) continue;
    let score: number;
    if (cue.end <= quantity.start) {
      score = quantity.start - cue.end;
      score += INTERVENING_PENALTY * quantities.filter((q) => q !== quantity && q.start >= cue.end && q.end <= quantity.start).length;
      const between = text.slice(cue.end, quantity.start);
      const breaks = between.match(CLAUSE_BREAKS) ?? [];
      // The quantity's own clause has a predicate of its own: an earlier clause's cue is not its cue.
      if (breaks.length > 0 && dictionary.predicates.test(between.slice(between.search(/[，,；;][^，,；;]*$/u)))) continue;
      score += CLAUSE_PENALTY * breaks.length;
    } else if (cue.start >= quantity.end) {
      const between = text.slice(quantity.end, cue.start);
      if (between.length > MAX_AFTER || CLAUSE_BREAK.test(between) || quantities.some((q) => q.start >= quantity.end && q.end <= cue.start)) continue;
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
  let si = 0;
  // The cues and quantities of the sentence at hand, found once for all its quantities.
  let current: { index: number; cues: Cue[]; quantities: Quantity[] } | undefined;
  for (const quantity of quantities) {
    if (quantity.unit === null && !quantity.placeholder) continue; // a bare number claims nothing
    if (quantity.unit !== null && DURATION_UNITS.has(quantity.unit)) continue;
    while (si < sentences.length - 1 && sentences[si]!.norm.end <= quantity.start) si++;
    const sentence = sentences[si];
    if (!sentence || quantity.start < sentence.norm.start) continue;
    if (current?.index !== si) {
      current = {
        index: si,
        cues: findCues(text, sentence.norm.start, sentence.norm.end, dictionary),
        quantities: quantities.filter((q) => q.start >= sentence.norm.start && q.end <= sentence.norm.end),
      };
    }
    const { cues, quantities: inSentence } = current;
    const choice = choose(text, quantity, cues, inSentence, dictionary);
    const coordinated = choice.cue && (choice.category === 'rate' || choice.category === 'satisfaction') ? coordinatedCues(text, choice.cue, cues) : choice.cue ? [choice.cue] : [];
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
      period: periodBefore(text, sentence.norm.start, quantity.start, dictionary.periods),
      placeholder: quantity.placeholder,
      text: evidence.text,
      start: evidence.start,
      end: evidence.end,
      span: { start: evidence.start, end: evidence.end },
      sentence: { text: sentence.text, start: sentence.start, end: sentence.end },
      quantity: originalEvidence(original, norm, quantity.start, quantity.end),
    };
    if (coordinated.length === 0) figures.push({ category: choice.category, metric: null, ...shared });
    for (const cue of coordinated) figures.push({ category: cue.category, metric: cue.word, ...shared });
  }
  return figures;
}

