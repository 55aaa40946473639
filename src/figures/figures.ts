// Turns the quantities of a document into typed figures, in the manner of chrono-node: each quantity takes the
// category of the best cue of its sentence whose rule accepts its unit (`choose`); table cells come from
// `tableFigures`; then refiners take and return the whole list (no-claim numbers out, volunteer activities,
// claims) and the figures are rendered with their coordinated cues, period, subject and evidence.
import type { Claim, Evidence, FigureRecord, Span } from '../model/document.js';
import { firstStartingAt, spansBetween, withoutContained } from './contained.js';
import { originalEvidence, type NormalizedText } from '../normalize/index.js';
import type { Sentence } from '../segment/index.js';
import { loadClaims, type ClaimDictionary } from './claims.js';
import { CLAUSE_BREAK_CHARS, CLAUSE_BREAKS, CLAUSE_OR_SENTENCE_BREAK, CLAUSE_OR_SENTENCE_BREAK_CHARS, clauseEnd, lastIndexOfAny } from './clause.js';
import { isWeakCue, loadCues, type CueDictionary } from './cues.js';
import type { Quantity } from './quantities.js';
import type { PlaceholderMatch } from './placeholders.js';
import { assignClaims, DocumentFrame } from './refiners/claim.js';
import { coordinatedCues } from './refiners/coordination.js';
import { honoredParts } from './refiners/honored-parts.js';
import { disposal } from './refiners/disposal.js';
import { dropNonClaims } from './refiners/non-claims.js';
import { PeriodFinder } from './refiners/period.js';
import { planLevels } from './refiners/plan-levels.js';
import { sloganLists } from './refiners/slogan-lists.js';
import { subjectOf } from './refiners/subject.js';
import { unmarkedBlanks } from './refiners/unmarked-blanks.js';
import { participants } from './refiners/participants.js';
import { mobilised } from './refiners/mobilised.js';
import { roundShare } from './refiners/round-share.js';
import { roundSize } from './refiners/round-size.js';
import { volunteerActivities } from './refiners/volunteer-activities.js';
import { distributed } from './refiners/distributed.js';
import { profileRepeats } from './refiners/profile-repeats.js';
import { gifts } from './refiners/gifts.js';
import { CATEGORIES, isShare, type FigureCategory } from './rules/index.js';
import { findTables, strippedLeadingTab, tableFigures, type TablePlace } from './tables.js';

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

/** A figure before rendering, in normalized text. */
export interface FigureDraft {
  quantity: Quantity;
  sentence: Sentence;
  /** The cues and quantities of its sentence. */
  cues: Cue[];
  inSentence: Quantity[];
  cue: Cue | null;
  category: FigureCategory | 'other';
  claim: Claim;
  /** For a table cell: where its row's first cell and its column's header stand, and what they say. */
  table: TablePlace | null;
}

export interface FigureContext {
  text: string;
  cues: CueDictionary;
  claims: ClaimDictionary;
  /** The period expression before a quantity, each sentence scanned once. */
  periods: PeriodFinder;
  /** The document's placeholders (dictionaries/placeholders.yaml), found once for the findings and the refiners. */
  placeholders: PlaceholderMatch[];
  /** The claim the document's title gives its figures and where its plans sections stand, read once. */
  document: DocumentFrame;
}

/** A refiner takes the whole list of drafts and returns it, changed or filtered. */
export type FigureRefiner = (context: FigureContext, drafts: FigureDraft[]) => FigureDraft[];

const REFINERS: FigureRefiner[] = [dropNonClaims, sloganLists, unmarkedBlanks, volunteerActivities, mobilised, participants, gifts, assignClaims, disposal, planLevels, honoredParts, roundSize, roundShare, distributed, profileRepeats];

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

/** A cue word of the dictionary and its place in the dictionary's order (categories, then their words). */
interface CueWord {
  category: FigureCategory;
  word: string;
  order: number;
}

/**
 * Each dictionary's cue words by the code of their first character, in the dictionary's order; made at its first
 * use. Looked up by code for every character of every sentence: a one-character string per lookup cost more than
 * the lookup.
 */
const cueWordsByFirst = new WeakMap<CueDictionary, (CueWord[] | undefined)[]>();

function cueWordIndex(dictionary: CueDictionary): (CueWord[] | undefined)[] {
  let index = cueWordsByFirst.get(dictionary);
  if (!index) {
    index = new Array<CueWord[] | undefined>(0x10000).fill(undefined);
    let order = 0;
    for (const entry of dictionary.categories) {
      for (const word of entry.words) {
        const first = word.charCodeAt(0);
        (index[first] ??= []).push({ category: entry.category, word, order: order++ });
      }
    }
    cueWordsByFirst.set(dictionary, index);
  }
  return index;
}

/**
 * Cue words in `[from, to)`, found at every place (overlapping), in text order; a cue inside a longer one gives
 * way, so 率 in 满意率 and 活动 in 志愿服务活动 are not cues of their own. One pass over the characters looks up
 * the words starting with each (searching the sentence once per word cost a tenth of the figure stage).
 */
export function findCues(text: string, from: number, to: number, dictionary: CueDictionary): Cue[] {
  const index = cueWordIndex(dictionary);
  const found: (Cue & { order: number; at: number })[] = [];
  for (let i = from; i < to; i++) {
    const words = index[text.charCodeAt(i)];
    if (!words) continue;
    for (const { category, word, order } of words) {
      if (i + word.length <= to && text.startsWith(word, i) && (!NAME_END.test(text[i + word.length] ?? '') || countedName(text, i, i + word.length))) found.push({ category, word, start: i, end: i + word.length, order, at: i });
    }
  }
  const kept = withoutContained(found);
  // A bare 率 that no longer cue covers takes the word it ends: 参训率, 审结率.
  const widened = kept.map((c) => {
    if (c.word !== '率') return c;
    const head = /[\p{Script=Han}]{1,4}$/u.exec(text.slice(Math.max(from, c.start - RATE_HEAD), c.start))?.[0] ?? '';
    return { ...c, word: head + c.word, start: c.start - head.length };
  });
  // At one place the cues keep the dictionary's order, each word's places in text order.
  widened.sort((a, b) => a.start - b.start || a.order - b.order || a.at - b.at);
  return widened.map(({ category, word, start, end }) => ({ category, word, start, end }));
}

/**
 * A closing quote or book-title mark right after a cue word: the word ends a name (“云山发布”客户端, 《…操作手册》，被…在全市
 * 7个高山站推广), it counts nothing.
 */
const NAME_END = /^[”」』》]$/u;
/**
 * …unless a count follows the mark or stands right before its opening one: the name is then what is counted
 * (组织“关员讲堂”8期, 印发《…手册》1.5万册, 发放了3万份《致全县家长的一封信》).
 */
function countedName(text: string, start: number, end: number): boolean {
  if (COUNT_START.test(text.slice(end + 1, end + 1 + COUNT_START_REACH))) return true;
  // …or after the list of titles the name opens (发放《…知识手册》、《…常识》等4000余份): the titles are what is counted.
  if (text[end] === '》') {
    const list = TITLES_THEN_COUNT.exec(text.slice(end + 1, end + 1 + TITLES_REACH));
    if (list) return true;
  }
  const from = Math.max(0, start - NAME_REACH);
  const open = lastIndexOfAny(text.slice(from, start), OPEN_MARKS);
  return open >= 0 && COUNT_END.test(text.slice(Math.max(0, from + open - COUNT_REACH), from + open));
}
/** A count opening right after the mark, an approximation or sum word allowed before it (《…公开信》近1000张, 》约2000份, 》共300份). */
const COUNT_START = /^(?:[近约共计达逾超]|累计|合计|总计)?[\d一二三四五六七八九十两]/u;
const COUNT_START_REACH = 3;
/** More book titles joined to a name and then 等 and a count (、《…》、《…》等4000余份). */
const TITLES_THEN_COUNT = /^(?:[、和及]《[^》\n]{1,30}》)+等?[\d一二三四五六七八九十两]/u;
/** How far after a name's closing mark the list of titles and its count are looked for. */
const TITLES_REACH = 120;
/** A count and its measure word ending right before a name's opening mark (3万份《). */
const COUNT_END = /[\d一二三四五六七八九十两百千万][余多]?[\p{Script=Han}]{0,2}$/u;
const OPEN_MARKS = '“「『《';
/** How far before a cue word the name's opening mark, and before that the count, are looked for. */
const NAME_REACH = 30;
const COUNT_REACH = 6;

/** How many characters a bare 率 takes in front of it. */
const RATE_HEAD = 4;

/** How far before a cue word its `vetoes-before` count. */
const VETO_BEFORE_REACH = 8;
/** How far after a cue word its `vetoes-after` are looked for. */
const VETO_AFTER_REACH = 6;
/**
 * How far after a count its cue's `vetoes-after` are looked for when the cue stands before it (两位干警分别荣获): far
 * enough for the contest the winners won at (4名职工在全省粮食行业职业技能竞赛中获奖).
 */
const VETO_AFTER_COUNT_REACH = 24;

/**
 * A cue word that starts a place noun (活动室), or a count of places after the cue (活动…解决了4个村组的问题): no
 * event is counted. Places before the cue (在8个社区开展义诊) host one event each, so they still count events.
 */
function isPlaceNoun(text: string, cue: Cue, quantity: Quantity, dictionary: CueDictionary): boolean {
  const { nounTails, placeHeads, weak } = dictionary.byCategory.get(cue.category)!;
  // Only a noun cue starts a facility noun: after a verb (召开馆务会, 召开站务会) the word is its object's.
  if (!weak.has(cue.word) && nounTails.some((w) => text.startsWith(w, cue.end))) return true;
  return cue.end <= quantity.start && placeHeads.some((w) => text.startsWith(w, quantity.end));
}

/**
 * A clause opening with a whole area (全市累计共有78万人次参与无偿献血; 全县…募集善款) tells the area's total, which the
 * unit reports or coordinates: the clause of the cue or of the count, whichever comes first.
 */
function areaFigure(text: string, cue: Cue, quantity: Quantity, dictionary: CueDictionary): boolean {
  const { areaSubjects } = dictionary.byCategory.get(cue.category)!;
  if (!areaSubjects) return false;
  const first = Math.min(cue.start, quantity.start);
  const lead = text.slice(Math.max(0, first - AREA_CLAUSE_REACH), first);
  const cut = lastIndexOfAny(lead, CLAUSE_OR_SENTENCE_BREAK_CHARS);
  // The text's start opens a clause too.
  if (cut < 0 && first > AREA_CLAUSE_REACH) return false;
  return areaSubjects.test(lead.slice(cut + 1).trimStart());
}
/** How far back the clause's start is looked for. */
const AREA_CLAUSE_REACH = 40;

function vetoed(text: string, cue: Cue, quantity: Quantity, dictionary: CueDictionary): boolean {
  const { vetoes: all, vetoesBefore, vetoesAfter, talks } = dictionary.byCategory.get(cue.category)!;
  // A talk on safety (安全用电知识宣讲, 消防安全讲座) is an event: the word of its topic is no veto of the talk word.
  const vetoes = talks.cues.has(cue.word) ? all.filter((v) => !talks.topics.has(v)) : all;
  if (isPlaceNoun(text, cue, quantity, dictionary)) return true;
  if (areaFigure(text, cue, quantity, dictionary)) return true;
  if (vetoesAfter.length > 0) {
    // After the cue when the count comes first (3名志工获得…); after the count when the cue does
    // (…志愿服务，张某、李某两位干警分别荣获…): either way the verb tells who was honored.
    const [from, reach] = quantity.end <= cue.start ? [cue.end, VETO_AFTER_REACH] : [quantity.end, VETO_AFTER_COUNT_REACH];
    const trail = text.slice(from, clauseEnd(text, from, from + reach));
    if (vetoesAfter.some((v) => trail.includes(v))) return true;
  }
  if (vetoesBefore.length > 0) {
    const lead = text.slice(Math.max(0, cue.start - VETO_BEFORE_REACH), cue.start);
    // Only within the cue's clause: 接收 in an earlier clause says nothing of this one's gift.
    const clause = lead.slice(lead.search(/[^，,；;。！？!?\n]*$/u));
    if (vetoesBefore.some((v) => clause.includes(v))) return true;
  }
  if (vetoes.length === 0) return false;
  const between = cue.end <= quantity.start ? text.slice(cue.end, quantity.start) : text.slice(quantity.end, cue.start);
  const before = text.slice(Math.max(0, quantity.start - 4), quantity.start);
  return vetoes.some((v) => between.includes(v) || before.includes(v));
}

/** How far a cue stands from a quantity, in characters with penalties; null when it cannot be the quantity's. */
function cueDistance(text: string, quantity: Quantity, cue: Cue, inSentence: Quantity[], dictionary: CueDictionary): number | null {
  let score: number;
  if (cue.end <= quantity.start) {
    if (quantity.start - cue.end > MAX_SCORE) return null;
    const between = text.slice(cue.end, quantity.start);
    if (headOfConjunctBefore(text, quantity, cue, inSentence, between)) return null;
    const breaks = between.match(CLAUSE_BREAKS) ?? [];
    // The quantity's own clause has a predicate of its own: an earlier clause's cue is not its cue.
    if (breaks.length > 0 && dictionary.predicates.test(between.slice(lastIndexOfAny(between, CLAUSE_BREAK_CHARS)))) return null;
    score = quantity.start - cue.end;
    // A count written right after another (共计12项15场, 8批次320人次) counts the same events in another measure:
    // the count it is glued to stands in no way between it and their cue.
    const before = inSentence[firstStartingAt(inSentence, quantity.start) - 1];
    const glued = before && before.end === quantity.start && before.start >= cue.end ? 1 : 0;
    score += INTERVENING_PENALTY * (spansBetween(inSentence, quantity, cue.end, quantity.start) - glued);
    score += CLAUSE_PENALTY * breaks.length;
  } else if (cue.start >= quantity.end) {
    const between = text.slice(quantity.end, cue.start);
    if (between.length > MAX_AFTER || CLAUSE_OR_SENTENCE_BREAK.test(between) || spansBetween(inSentence, quantity, quantity.end, cue.start) > 0) return null;
    score = cue.start - quantity.end + AFTER_PENALTY;
  } else {
    return null;
  }
  if (isWeakCue(dictionary, cue)) score += WEAK_PENALTY;
  return score > MAX_SCORE ? null : score;
}

/** The stretch between a conjunct's head noun (and the words after it: 志愿服务支队志愿者代表) and the next count: no count, no break, then 、. */
const CONJUNCT_TAIL = /^[^,，;；。！？!?\n、\d]{0,12}、$/u;
/** A count's own head noun right after it (40名环卫工人…代表). */
const OWN_HEAD = /^[\p{Script=Han}]{2}/u;
/** How far before the cue the previous conjunct's count may end (50名“金叶”志愿服务支队志愿者). */
const CONJUNCT_REACH = 20;

/**
 * A cue that is the head noun of the conjunct before (50名…志愿者代表、40名环卫工人代表): its count stands before it, a 、
 * parts it from this count, and this count has a head noun of its own. The cue names the other people.
 */
function headOfConjunctBefore(text: string, quantity: Quantity, cue: Cue, inSentence: Quantity[], between: string): boolean {
  if (!CONJUNCT_TAIL.test(between) || !OWN_HEAD.test(text.slice(quantity.end, quantity.end + 2))) return false;
  const previous = inSentence[firstStartingAt(inSentence, cue.start) - 1];
  return previous !== undefined && previous.end <= cue.start && cue.start - previous.end <= CONJUNCT_REACH && !CLAUSE_OR_SENTENCE_BREAK.test(text.slice(previous.end, cue.start));
}

/** The nearer cue wins; at equal distance the earlier category, then the longer word. */
function nearer(a: { cue: Cue; score: number }, b: { cue: Cue; score: number } | undefined, dictionary: CueDictionary): boolean {
  if (!b) return true;
  if (a.score !== b.score) return a.score < b.score;
  const order = dictionary.byCategory.get(a.cue.category)!.rank - dictionary.byCategory.get(b.cue.category)!.rank;
  return order < 0 || a.cue.word.length > b.cue.word.length;
}

/** The quantity right before `quantity` when only a level change stands between them (91%提高到96.5%), of the same unit. */
function baselineOf(text: string, quantity: Quantity, inSentence: Quantity[], dictionary: CueDictionary): Quantity | null {
  let i = firstStartingAt(inSentence, quantity.start);
  while (i < inSentence.length && inSentence[i]!.start === quantity.start && inSentence[i] !== quantity) i++;
  if (inSentence[i] !== quantity) i = -1;
  const previous = i > 0 ? inSentence[i - 1]! : null;
  if (!previous || previous.unit !== quantity.unit || previous.end > quantity.start) return null;
  return dictionary.levelChange.test(text.slice(previous.end, quantity.start)) ? previous : null;
}

/**
 * The cue a quantity belongs to, and its category; a percentage with no cue is a rate, anything else `other`.
 * `cues` and `inSentence` are sorted by start: only the cues near enough to score are looked at, so a sentence
 * of thousands of figures costs as much per figure as a short one.
 */
export function choose(text: string, quantity: Quantity, cues: Cue[], inSentence: Quantity[], dictionary: CueDictionary): { cue: Cue | null; category: FigureCategory | 'other' } {
  let best: { cue: Cue; score: number } | undefined;
  const from = quantity.start - MAX_SCORE - dictionary.longestCue - RATE_HEAD;
  for (let i = firstStartingAt(cues, from); i < cues.length && cues[i]!.start <= quantity.end + MAX_AFTER; i++) {
    const cue = cues[i]!;
    if (!dictionary.byCategory.get(cue.category)!.accepts(quantity, cue.word)) continue;
    const score = cueDistance(text, quantity, cue, inSentence, dictionary);
    if (score === null || vetoed(text, cue, quantity, dictionary)) continue;
    if (nearer({ cue, score }, best, dictionary)) best = { cue, score };
  }
  const baseline = best && isWeakCue(dictionary, best.cue) ? baselineOf(text, quantity, inSentence, dictionary) : null;
  if (baseline) {
    const before = choose(text, baseline, cues, inSentence, dictionary);
    if (before.cue && !isWeakCue(dictionary, before.cue)) return before;
  }
  if (best) return { cue: best.cue, category: best.cue.category };
  return { cue: null, category: isShare(quantity) ? 'rate' : 'other' };
}

/** The figures of a document; quantities and sentences are in normalized text. */
export function extractFigures(original: string, norm: NormalizedText, sentences: Sentence[], quantities: Quantity[], placeholders: PlaceholderMatch[]): Figure[] {
  const cues = loadCues(CATEGORIES);
  const claims = loadClaims();
  const context: FigureContext = { text: norm.text, cues, claims, periods: new PeriodFinder(norm.text, cues.periods), placeholders, document: new DocumentFrame(norm.text, claims) };
  const text = norm.text;
  const tables = findTables(text, undefined, strippedLeadingTab(original, norm));
  const inTable = (q: Quantity) => tables.some((t) => q.start >= t.start && q.start < t.end);
  let drafts: FigureDraft[] = [];
  // Quantities come in text order; the check keeps the windowed lookups exact if a reader ever changes that.
  const ordered = quantities.every((q, i) => i === 0 || quantities[i - 1]!.start <= q.start) ? quantities : [...quantities].sort((a, b) => a.start - b.start);
  let si = 0;
  // The cues and quantities of the sentence at hand, found once for all its quantities.
  let current: { index: number; cues: Cue[]; quantities: Quantity[] } | undefined;
  for (const quantity of quantities) {
    if (quantity.unit === null && !quantity.placeholder) continue; // a bare number claims nothing
    while (si < sentences.length - 1 && sentences[si]!.norm.end <= quantity.start) si++;
    const sentence = sentences[si];
    if (!sentence || quantity.start < sentence.norm.start) continue;
    if (tables.length > 0 && inTable(quantity)) continue;
    if (current?.index !== si) {
      current = {
        index: si,
        cues: findCues(text, sentence.norm.start, sentence.norm.end, context.cues),
        quantities: quantitiesWithin(ordered, sentence.norm.start, sentence.norm.end),
      };
    }
    const choice = choose(text, quantity, current.cues, current.quantities, context.cues);
    drafts.push({ quantity, sentence, cues: current.cues, inSentence: current.quantities, ...choice, claim: 'achieved', table: null });
  }
  if (tables.length > 0) {
    drafts = [...drafts, ...tableFigures(context, tables, sentences)].sort((a, b) => a.quantity.start - b.quantity.start);
  }
  for (const refine of REFINERS) drafts = refine(context, drafts);
  return drafts.flatMap((d) => render(original, norm, d, context));
}

function render(original: string, norm: NormalizedText, d: FigureDraft, context: FigureContext): Figure[] {
  const { quantity, sentence, cue } = d;
  const text = norm.text;
  const coordinated = cue && (d.category === 'rate' || d.category === 'satisfaction') ? respectively(text, quantity, coordinatedCues(text, cue, d.cues, context.cues.byCategory.get(cue.category)!.weak), d.inSentence) : cue ? [cue] : [];
  // A table cell's evidence is the cell itself.
  const evidenceStart = d.table ? quantity.start : Math.min(quantity.start, ...coordinated.map((c) => c.start));
  const evidenceEnd = d.table ? quantity.end : Math.max(quantity.end, ...coordinated.map((c) => c.end));
  const evidence = originalEvidence(original, norm, evidenceStart, evidenceEnd);
  const isPermille = quantity.unit === '‰';
  const value = quantity.value === null ? null : isPermille ? quantity.value / 10 : quantity.value;
  const valueMax = quantity.valueMax === null ? null : isPermille ? quantity.valueMax / 10 : quantity.valueMax;
  const shared = {
    claim: d.claim,
    // A total row (合计) counts the rows above it: it has no subject of its own.
    subject: d.table ? (d.table.total ? null : originalEvidence(original, norm, d.table.row.start, d.table.row.end).text) : subjectOf(text, quantity, cue, context.cues.subject),
    value,
    valueMax,
    unit: isPermille ? '%' : quantity.unit,
    qualifier: quantity.qualifier,
    period: d.table ? d.table.period : context.periods.before(sentence.norm.start, sentence.norm.end, quantity.start),
    placeholder: quantity.placeholder,
    text: evidence.text,
    start: evidence.start,
    end: evidence.end,
    span: { start: evidence.start, end: evidence.end },
    sentence: sentenceWindow(original, sentence, evidence),
    quantity: originalEvidence(original, norm, quantity.start, quantity.end),
    table: d.table ? { row: originalEvidence(original, norm, d.table.row.start, d.table.row.end).text, col: originalEvidence(original, norm, d.table.col.start, d.table.col.end).text, total: d.table.total } : null,
  };
  if (coordinated.length === 0) return [{ category: d.category, metric: d.table ? originalEvidence(original, norm, d.table.metric.start, d.table.metric.end).text : null, ...shared }];
  return coordinated.map((c) => ({ category: c.category, metric: c.word, ...shared }));
}

/**
 * Rates given 分别 (优秀率、合格率分别为38%和96%) pair off in order: each value takes its own cue, where 均 and a bare
 * chain (见面率、反馈率和满意率均达到100%) give every cue the one value.
 */
function respectively(text: string, quantity: Quantity, chain: Cue[], inSentence: Quantity[]): Cue[] {
  if (chain.length < 2) return chain;
  const last = chain[chain.length - 1]!;
  const between = text.slice(last.end, quantity.start);
  const mark = between.indexOf('分别');
  if (mark < 0) return chain;
  const earlier = inSentence.filter((o) => o.start >= last.end + mark && o.end <= quantity.start).length;
  return earlier < chain.length ? [chain[earlier]!] : chain;
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
