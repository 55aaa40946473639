// Reads tab-separated rows (from .docx, .doc, PDF layout, HTML or text) as tables: a header cell's unit and cue
// (捐款（万元）, 参与人次, 次数) apply to the cells below it, a row's first cell names the subject, the line that
// introduces the table may name its topic, a 合计 row is a total, each cell figure's span is the cell's text, and
// header cells alone are never figures. The words it reads by are data (dictionaries/figures/tables.yaml).
import type { Claim, Span } from '../model/document.js';
import type { Sentence } from '../segment/index.js';
import type { NormalizedText } from '../normalize/index.js';
import { SENTENCE_END_CHARS } from './clause.js';
import type { Cue, FigureContext, FigureDraft } from './figures.js';
import { findCues } from './figures.js';
import type { Quantity } from './quantities.js';
import { extractQuantities } from './quantities.js';
import type { FigureCategory } from './rules/index.js';
import { loadTableWords, type TableWords } from './table-words.js';
import { loadUnits } from './units.js';

export interface Cell extends Span {
  text: string;
}

export interface Table extends Span {
  /** The last sentence of the line right before the table when it introduces it (全年志愿服务情况如下：). */
  caption: Span | null;
  header: Cell[];
  rows: Cell[][];
}

/** Where a table figure came from: its row's first cell, its column's header, and what they say. */
export interface TablePlace {
  row: Span;
  col: Span;
  /** The row is a total (合计) of the rows above it. */
  total: boolean;
  /** The period its header (2023年) or the caption (全年) names. */
  period: string | null;
  /** What it measures: the header, or the row's first cell when the header names a year (纳税人满意率 | 2023年). */
  metric: Span;
}

function cellsOf(text: string, start: number, end: number): Cell[] {
  const cells: Cell[] = [];
  let at = start;
  for (const part of text.slice(start, end).split('\t')) {
    const lead = part.length - part.trimStart().length;
    const trimmed = part.trim();
    cells.push({ start: at + lead, end: at + lead + trimmed.length, text: trimmed });
    at += part.length + 1;
  }
  return cells;
}

const NUMERIC_CELL = /^[-−]?[\d.,]+[%％‰]?$/u;
/** A cell of a template left blank where a number goes (××, XX, __). */
const BLANK_CELL = /^(?:[×xX*＊]{1,6}|[_＿]{1,8})$/u;
const SENTENCE_END = new RegExp(`[${SENTENCE_END_CHARS}]`, 'gu');
const LINE_END_SENTENCE = new RegExp(`[${SENTENCE_END_CHARS}]\\s*$`, 'u');
const YEAR_START = /^(?:19|20)\d{2}年/u;

/** A header names columns: most of its cells are no number, a year (2022年, 2024年实际) being a label. */
function namesColumns(header: Cell[], words: TableWords): boolean {
  const numbers = header.filter((c) => NUMERIC_CELL.test(c.text) ? !words.yearHeader.test(c.text) : /^\d/.test(c.text) && !YEAR_START.test(c.text)).length;
  return numbers * 2 < header.length;
}

/** The last sentence of the line before `lineStart` when it introduces a table (ends in 如下：, or is a short title). */
function captionBefore(text: string, lineStart: number, words: TableWords): Span | null {
  if (lineStart === 0) return null;
  const end = lineStart - 1;
  const start = text.lastIndexOf('\n', end - 1) + 1;
  const line = text.slice(start, end);
  if (line.trim() === '' || line.includes('\t')) return null;
  // The last sentence, leaving out a sentence end that closes the line itself.
  const body = line.replace(LINE_END_SENTENCE, '');
  let from = 0;
  for (const m of body.matchAll(SENTENCE_END)) from = m.index + m[0].length;
  const last = line.slice(from);
  if (!words.captionEndings.test(last.trimEnd()) && last.trim().length >= words.captionLength) return null;
  return { start: start + from, end };
}

/**
 * Runs of two or more lines holding tabs whose first line names the columns. Normalization strips a line's leading
 * tab like any indent, so `emptyFirstCell` says from the original text whether a line began with an empty cell
 * (\t2023年\t2024年): the header's years then stay over their columns.
 */
export function findTables(text: string, words: TableWords = loadTableWords(), emptyFirstCell: (lineStart: number) => boolean = () => false): Table[] {
  if (!text.includes('\t')) return [];
  const tables: Table[] = [];
  let run: Cell[][] = [];
  let runStart = 0;
  let runEnd = 0;
  const close = () => {
    if (run.length >= 2 && namesColumns(run[0]!, words)) {
      const [header, ...rows] = run;
      tables.push({ start: runStart, end: runEnd, caption: captionBefore(text, runStart, words), header: header!, rows });
    }
    run = [];
  };
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const lineEnd = lineStart + line.length;
    if (line.includes('\t') && line.trim() !== '') {
      if (run.length === 0) runStart = lineStart;
      const cells = cellsOf(text, lineStart, lineEnd);
      run.push(emptyFirstCell(lineStart) ? [{ start: lineStart, end: lineStart, text: '' }, ...cells] : cells);
      runEnd = lineEnd;
    } else close();
    lineStart = lineEnd + 1;
  }
  close();
  return tables;
}

/** Whether the original line that normalized text's `lineStart` begins had a tab among the blanks stripped before it. */
export function strippedLeadingTab(original: string, norm: NormalizedText): (lineStart: number) => boolean {
  return (lineStart) => {
    if (lineStart >= norm.text.length) return false;
    for (let i = norm.map.startOf(lineStart) - 1; i >= 0; i--) {
      const c = original[i]!;
      if (c === '\t') return true;
      if (c === '\n' || (c !== ' ' && c !== '\u3000')) return false;
    }
    return false;
  };
}

interface HeaderUnit {
  unit: string | null;
  kind: Quantity['unitKind'];
  scale: number;
}

const NO_UNIT: HeaderUnit = { unit: null, kind: null, scale: 1 };

/** 捐款（万元） → 元 ×10 000; 参与人次 → 人次; 次数 → 次; 满意率 → %; 2023年 → none (a label). */
export function headerUnit(header: string, words: TableWords = loadTableWords()): HeaderUnit {
  if (words.yearHeader.test(header)) return NO_UNIT;
  const bracket = /[（(]([^）)]+)[）)]\s*$/u.exec(header);
  let word = bracket ? bracket[1]!.trim() : header;
  if (words.percentHeaders.has(word) || (!bracket && words.percentEndings.some((e) => header.endsWith(e)))) return { unit: '%', kind: 'percent', scale: 1 };
  if (!bracket) word = stripSuffix(word, words.countSuffixes);
  const scaleWord = [...words.scales.keys()].find((s) => word.startsWith(s) && word.length > s.length);
  const scale = scaleWord ? words.scales.get(scaleWord)! : 1;
  const rest = scaleWord ? word.slice(scaleWord.length) : word;
  const units = loadUnits();
  for (let i = 0; i < rest.length; i++) {
    const m = units.match(rest, i);
    // A header ending in a time word (上半年, 第一季度) names a period, not a unit.
    if (m && i + m.length === rest.length) return m.kind === 'date' ? NO_UNIT : { unit: m.kind === 'money' ? '元' : m.unit, kind: m.kind, scale };
  }
  return NO_UNIT;
}

function stripSuffix(word: string, suffixes: string[]): string {
  const suffix = suffixes.find((s) => word.endsWith(s) && word.length > s.length);
  return suffix ? word.slice(0, -suffix.length) : word;
}

/** The categories whose cues stand in `span`, in the dictionary's order (as at equal distance in a sentence). */
function cuesIn(context: FigureContext, span: Span): Cue[] {
  return findCues(context.text, span.start, span.end, context.cues).sort((a, b) => context.cues.byCategory.get(a.category)!.rank - context.cues.byCategory.get(b.category)!.rank);
}

function firstAccepting(context: FigureContext, cues: Cue[], quantity: Quantity): FigureCategory | null {
  return cues.find((cue) => context.cues.byCategory.get(cue.category)!.accepts(quantity, cue.word))?.category ?? null;
}

/** A caption names a topic when its cues are of one category only (志愿服务情况如下, not 志愿服务及公益活动情况). */
function captionTopic(context: FigureContext, caption: Span | null): Cue[] {
  if (!caption) return [];
  // A weak cue (开展 in 志愿服务开展情况) names no topic.
  const cues = cuesIn(context, caption).filter((c) => !context.cues.byCategory.get(c.category)!.weak.has(c.word));
  return new Set(cues.map((c) => c.category)).size === 1 ? cues : [];
}

/**
 * The header's cue first (捐款), then the row's (献血, 义诊), then the caption's topic; a column counting times or
 * sessions (次数, 场次) with no cue counts activities. As in running text, an activity done by volunteers (a
 * row of activities under a caption about volunteer service) is a volunteer figure.
 */
function cellCategory(context: FigureContext, words: TableWords, quantity: Quantity, cues: { header: Cue[]; row: Cue[]; topic: Cue[] }): FigureCategory | 'other' {
  const category = firstAccepting(context, cues.header, quantity) ?? firstAccepting(context, cues.row, quantity) ?? firstAccepting(context, cues.topic, quantity);
  const to = category ? context.cues.givesWay.get(category) : undefined;
  if (to && cues.topic[0]?.category === to && context.cues.byCategory.get(to)!.accepts(quantity)) return to;
  if (category) return category;
  if (words.countFallback.has(quantity.unit ?? '')) return 'activity';
  return quantity.unitKind === 'percent' ? 'rate' : 'other';
}

/** A cell's quantity: a bare number takes the unit and scale of its column (or of its row's first cell, in a table
 * of metrics by year); a cell with a unit of its own (12次, 98.1%) keeps it. */
function cellQuantity(cell: Cell, column: HeaderUnit, rowUnit: HeaderUnit): Quantity | null {
  if (NUMERIC_CELL.test(cell.text)) {
    const percent = /[%％‰]$/u.test(cell.text);
    const n = Number(cell.text.replace(/[,%％‰]/gu, '').replace('−', '-'));
    const unit = percent ? null : column.unit !== null ? column : rowUnit.unit !== null ? rowUnit : null;
    if (!Number.isFinite(n) || (!percent && unit === null)) return null;
    const value = Math.round(n * (unit?.scale ?? 1) * 100) / 100;
    const span = { start: cell.start, end: cell.end };
    return { ...span, text: cell.text, value, valueMax: null, unit: percent ? (cell.text.endsWith('‰') ? '‰' : '%') : unit!.unit, unitKind: percent ? 'percent' : unit!.kind, qualifier: 'exact', placeholder: false, number: span };
  }
  if (BLANK_CELL.test(cell.text)) {
    const unit = column.unit !== null ? column : rowUnit.unit !== null ? rowUnit : null;
    const span = { start: cell.start, end: cell.end };
    return unit ? { ...span, text: cell.text, value: null, valueMax: null, unit: unit.unit, unitKind: unit.kind, qualifier: 'exact', placeholder: true, number: span } : null;
  }
  const found = extractQuantities(cell.text).filter((q) => q.unit !== null || q.placeholder);
  if (found.length !== 1) return null;
  const q = found[0]!;
  const at = { start: cell.start + q.start, end: cell.start + q.end, number: { start: cell.start + q.number.start, end: cell.start + q.number.end } };
  // A template blank (××) stands for a number in the column's unit.
  const blank = q.unit === null ? (column.unit !== null ? column : rowUnit.unit !== null ? rowUnit : null) : null;
  return blank ? { ...q, ...at, unit: blank.unit, unitKind: blank.kind } : { ...q, ...at };
}

/** The claim a header names (2024年目标, 计划投入); null leaves the cell to the claim refiner. */
function headerClaim(header: string, words: TableWords): Claim | null {
  return words.claimHeaders.find((h) => h.words.some((w) => header.includes(w)))?.claim ?? null;
}

/** A header that names a year or a period and nothing else (2023年, 上半年): a label over the figures below. */
function isPeriodHeader(context: FigureContext, words: TableWords, header: string): boolean {
  if (words.yearHeader.test(header)) return true;
  const periods = context.cues.periods;
  periods.lastIndex = 0;
  return periods.exec(header)?.[0] === header;
}

function periodIn(context: FigureContext, span: Span | null): string | null {
  if (!span) return null;
  const periods = context.cues.periods;
  periods.lastIndex = 0;
  return periods.exec(context.text.slice(span.start, span.end))?.[0] ?? null;
}

/** One draft a figure cell; header cells and the row's first cell are never figures. */
export function tableFigures(context: FigureContext, tables: Table[], sentences: Sentence[]): FigureDraft[] {
  const words = loadTableWords();
  const drafts: FigureDraft[] = [];
  // Tables and their rows come in text order, as sentences do.
  let si = 0;
  for (const table of tables) {
    const columns = table.header.map((h) => headerUnit(h.text, words));
    const index = table.header.map((h) => words.indexHeaders.has(h.text));
    // A first column of row numbers (序号) leaves the subject to the cell after it.
    const subjectColumn = index[0] && table.header.length > 2 ? 1 : 0;
    const headerCues = table.header.map((h) => cuesIn(context, h));
    const topic = captionTopic(context, table.caption);
    const captionPeriod = periodIn(context, table.caption);
    // Years side by side (2022年 | 2023年): the earlier ones are the baseline the last one is compared with.
    const years = table.header.flatMap((h, i) => (words.yearHeader.test(h.text) ? [i] : []));
    const baseline = (i: number) => years.length >= 2 && years.includes(i) && i !== years[years.length - 1];
    let above: Cell | undefined;
    for (const row of table.rows) {
      // An empty first cell sits under a cell merged down over it (vMerge, rowspan): it names the same subject.
      const own = row[subjectColumn] ?? row[0]!;
      const first = own.text === '' && above ? above : own;
      above = first;
      while (si < sentences.length - 1 && sentences[si]!.norm.end <= first.start) si++;
      const sentence = sentences[si];
      if (!sentence || first.start < sentence.norm.start) continue;
      const rowCues = cuesIn(context, first);
      // A row's first cell can say the unit of the bare numbers in columns that name none (培训人次 | 2024年).
      const rowUnit = headerUnit(first.text, words);
      const total = words.totals.has(first.text.replace(/\s+/gu, ''));
      row.forEach((cell, i) => {
        const head = table.header[i];
        if (i <= subjectColumn || index[i] || cell.text === '' || !head) return;
        const quantity = cellQuantity(cell, columns[i]!, rowUnit);
        if (!quantity) return;
        const category = cellCategory(context, words, quantity, { header: headerCues[i]!, row: rowCues, topic });
        const byYear = isPeriodHeader(context, words, head.text);
        const period = byYear ? head.text : (periodIn(context, head) ?? captionPeriod);
        const row = { start: first.start, end: first.end };
        const col = { start: head.start, end: head.end };
        const place: TablePlace = { row, col, total, period, metric: byYear ? row : col };
        drafts.push({ quantity, sentence, cues: [], inSentence: [], cue: null, category, claim: headerClaim(head.text, words) ?? (baseline(i) ? 'background' : 'achieved'), table: place });
      });
    }
  }
  return drafts;
}
