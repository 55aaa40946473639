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
import { isWeakCue } from './cues.js';

export interface Cell extends Span {
  text: string;
}

export interface Table extends Span {
  /** The last sentence of the line right before the table when it introduces it (全年志愿服务情况如下：). */
  caption: Span | null;
  header: Cell[];
  /**
   * Over a two-row header, the cell of the upper row each column stands under (志愿服务 over 次数 and 人次, 2023年
   * over 次数 and 金额), merged across the columns it spans; null for a column whose header fills both rows.
   */
  groups: (Cell | null)[];
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

/**
 * How a line separates its cells: tabs (.docx, .doc, PDF layout, HTML), or bars (`项目 | 次数 |`, a web page's or a
 * Markdown table kept as text) when it holds two or more and no tab; null for a line of running text.
 */
function separatorOf(line: string): '\t' | '|' | null {
  if (line.includes('\t')) return '\t';
  let bars = 0;
  for (const c of line) if (c === '|' && ++bars >= 2) return '|';
  return null;
}

/** A Markdown rule under a header (|---|:---:|): part of the table, but no row. */
const BAR_RULE = /^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-{0,}:?\s*\|?\s*$/u;

function cellsOf(text: string, start: number, end: number, separator: '\t' | '|'): Cell[] {
  const cells: Cell[] = [];
  let at = start;
  for (const part of text.slice(start, end).split(separator)) {
    const lead = part.length - part.trimStart().length;
    const trimmed = part.trim();
    cells.push({ start: at + lead, end: at + lead + trimmed.length, text: trimmed });
    at += part.length + 1;
  }
  // The bars that open and close a row (| 项目 | 次数 |) stand outside its first and last cells.
  if (separator === '|') {
    if (cells.length > 0 && cells[0]!.text === '' && /^\s*\|/u.test(text.slice(start, end))) cells.shift();
    if (cells.length > 0 && cells.at(-1)!.text === '' && /\|\s*$/u.test(text.slice(start, end))) cells.pop();
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

/**
 * A header of two rows: the upper row leaves cells empty where a cell merged across columns stood (项目 | 志愿服务 |
 * | 捐赠) or the lower row leaves its first cell empty under a cell merged down (| 次数 | 人次 | 金额（万元）), and the
 * lower row holds no number. Each column is then headed by its lower cell under the upper cell to its left, or by
 * the upper cell alone where the lower one is empty.
 */
function splitHeader(upper: Cell[], lower: Cell[], words: TableWords): { header: Cell[]; groups: (Cell | null)[] } | null {
  const merged = upper.slice(1).some((c) => c.text === '') || lower[0]?.text === '';
  if (!merged || !namesColumns(lower, words) || lower.some((c) => NUMERIC_CELL.test(c.text))) return null;
  if (lower.length < 2 || lower.slice(1).every((c) => c.text === '')) return null;
  const width = Math.max(upper.length, lower.length);
  const header: Cell[] = [];
  const groups: (Cell | null)[] = [];
  let group: Cell | null = null;
  for (let i = 0; i < width; i++) {
    const top = upper[i];
    const bottom = lower[i];
    if (i > 0 && top && top.text !== '') group = top;
    if (i === 0) {
      header.push(top && top.text !== '' ? top : bottom!);
      groups.push(null);
    } else if (bottom && bottom.text !== '') {
      header.push(bottom);
      groups.push(group);
    } else {
      header.push(top ?? bottom!);
      groups.push(null);
    }
  }
  return { header, groups };
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
 * Runs of two or more lines holding tabs, or bars (| 项目 | 次数 |, with or without a Markdown rule under the header),
 * whose first line names the columns. Normalization strips a line's leading
 * tab like any indent, so `emptyFirstCell` says from the original text whether a line began with an empty cell
 * (\t2023年\t2024年): the header's years then stay over their columns.
 */
export function findTables(text: string, words: TableWords = loadTableWords(), emptyFirstCell: (lineStart: number) => boolean = () => false): Table[] {
  if (!text.includes('\t') && !text.includes('|')) return [];
  const tables: Table[] = [];
  let run: Cell[][] = [];
  let runStart = 0;
  let runEnd = 0;
  const close = () => {
    if (run.length >= 2 && namesColumns(run[0]!, words)) {
      const caption = captionBefore(text, runStart, words);
      const split = run.length >= 3 ? splitHeader(run[0]!, run[1]!, words) : null;
      if (split) tables.push({ start: runStart, end: runEnd, caption, ...split, rows: run.slice(2) });
      else tables.push({ start: runStart, end: runEnd, caption, header: run[0]!, groups: run[0]!.map(() => null), rows: run.slice(1) });
    }
    run = [];
  };
  let lineStart = 0;
  let runSeparator: '\t' | '|' | null = null;
  for (const line of text.split('\n')) {
    const lineEnd = lineStart + line.length;
    const separator = line.trim() === '' ? null : separatorOf(line);
    if (separator !== runSeparator) close();
    runSeparator = separator;
    if (separator === '|' && BAR_RULE.test(line)) {
      if (run.length > 0) runEnd = lineEnd;
    } else if (separator !== null) {
      if (run.length === 0) runStart = lineStart;
      const cells = cellsOf(text, lineStart, lineEnd, separator);
      run.push(separator === '\t' && emptyFirstCell(lineStart) ? [{ start: lineStart, end: lineStart, text: '' }, ...cells] : cells);
      runEnd = lineEnd;
    }
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

/**
 * The one category of the cues that can hold the quantity, when they are of one: a caption naming volunteers and
 * the causes they serve (志愿服务队…围绕助学、助农开展服务) has one topic for a count of times, as 助学 counts no 次.
 */
function onlyAccepting(context: FigureContext, cues: Cue[], quantity: Quantity): FigureCategory | null {
  const categories = new Set(cues.filter((cue) => context.cues.byCategory.get(cue.category)!.accepts(quantity, cue.word)).map((c) => c.category));
  return categories.size === 1 ? [...categories][0]! : null;
}

/**
 * A caption names a topic when its cues are of one category only (志愿服务情况如下, not 志愿服务及公益活动情况). A topic
 * that gives way (活动 to 志愿服务) takes the category it yields to when the caption's line names that one too:
 * 组建志愿服务队…。各项公益活动情况见下表 lists the volunteer team's activities.
 */
function captionTopic(context: FigureContext, caption: Span | null): Cue[] {
  if (!caption) return [];
  const cues = strongCuesIn(context, caption);
  if (new Set(cues.map((c) => c.category)).size !== 1) return [];
  const to = context.cues.givesWay.get(cues[0]!.category);
  if (!to) return cues;
  const yielded = strongCuesIn(context, { start: lineStartOf(context, caption), end: caption.start }).filter((c) => c.category === to);
  return yielded.length > 0 ? yielded : cues;
}

/** The cues in a span but the weak ones: a weak cue (开展 in 志愿服务开展情况) names no topic. */
function strongCuesIn(context: FigureContext, span: Span): Cue[] {
  return cuesIn(context, span).filter((c) => !isWeakCue(context.cues, c));
}

/** Where the line holding a caption starts: the caption is its last sentence. */
const lineStartOf = (context: FigureContext, caption: Span) => context.text.lastIndexOf('\n', caption.start - 1) + 1;

/** A caption naming what the unit gave (公益支出, 慈善): its money cells are donations, whatever their row names. */
function namesGifts(context: FigureContext, words: TableWords, caption: Span | null): boolean {
  if (!caption) return false;
  const line = context.text.slice(caption.start, caption.end);
  return words.giftCaptions.some((w) => line.includes(w));
}

/** What a table says about the category of its cells, besides each cell's header and row. */
interface TableTopic {
  cues: Cue[];
  /** The caption names gifts (公益支出情况如下): money is donated. */
  gifts: boolean;
  /** The caption's strong cues, of whatever categories. */
  captionCues: Cue[];
  /** Every category the caption's line names, one topic or several (志愿服务及公益活动情况见下表). */
  named: Set<FigureCategory>;
}

/** The categories of the strong cues in the line of the caption. */
function namedInLine(context: FigureContext, caption: Span | null): Set<FigureCategory> {
  if (!caption) return new Set();
  return new Set(strongCuesIn(context, { start: lineStartOf(context, caption), end: caption.end }).map((c) => c.category));
}

/**
 * The header's cue first (捐款), then the row's (献血, 义诊), then the caption's topic; a column counting times or
 * sessions (次数, 场次) with no cue counts activities. As in running text, an activity done by volunteers (a
 * row of activities under a caption about volunteer service) is a volunteer figure. Money under a caption about
 * gifts is donated, even in a row that names building work (乡村道路修缮). A column of the people served (受益人数,
 * 服务旅客) counts beneficiaries: no volunteers or activities, only its header's cue or a row's of `served-by`.
 */
function cellCategory(context: FigureContext, words: TableWords, quantity: Quantity, cues: { header: Cue[]; row: Cue[]; topic: TableTopic; served: boolean; participants: boolean }): FigureCategory | 'other' {
  const fromHeader = firstAccepting(context, cues.header, quantity);
  if (cues.served) return fromHeader ?? firstAccepting(context, cues.row.filter((c) => words.servedBy.has(c.category)), quantity) ?? 'other';
  if (!fromHeader && cues.topic.gifts && quantity.unitKind === 'money') return 'donation';
  const category = fromHeader ?? firstAccepting(context, cues.row, quantity) ?? firstAccepting(context, cues.topic.cues, quantity) ?? onlyAccepting(context, cues.topic.captionCues, quantity);
  const to = category ? context.cues.givesWay.get(category) : undefined;
  // The people taking part (参与人次) in activities of a table about volunteer service, among other topics, are
  // the volunteers; the activities themselves stay activities there.
  const yields = cues.topic.cues[0]?.category === to || (cues.participants && to !== undefined && cues.topic.named.has(to));
  if (to && yields && context.cues.byCategory.get(to)!.accepts(quantity)) return to;
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

/** The claim a header names (2024年目标, 计划投入, 上年); null leaves the cell to the claim refiner. */
function headerClaim(header: string, words: TableWords): Claim | null {
  return words.claimHeaders.find((h) => h.words.some((w) => header.includes(w)))?.claim ?? null;
}

/** The year a label starts with (2023年, 2023年度, 2024年实际), or null. */
function yearOf(label: string): number | null {
  const m = YEAR_START.exec(label);
  return m ? Number(label.slice(0, 4)) : null;
}

/**
 * Labels (header cells, or rows' first cells) that name an earlier year than the latest one reported: a table
 * of 2022年 and 2023年 compares the report year with its baseline, so the earlier years are background. A label
 * that names a target or plan (2025年目标) is no reported year.
 */
function baselineLabels(labels: string[], words: TableWords): boolean[] {
  const years = labels.map((l) => (headerClaim(l, words) === null ? yearOf(l) : null));
  const reported = years.filter((y): y is number => y !== null);
  if (reported.length < 2) return labels.map(() => false);
  const latest = Math.max(...reported);
  return years.map((y) => y !== null && y < latest);
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
    // Under a two-row header the upper cell (志愿服务, 捐款（万元）, 2023年) says what its lower cells leave unsaid.
    const columns = table.header.map((h, i) => {
      const own = headerUnit(h.text, words);
      const group = table.groups[i];
      return own.unit === null && group ? headerUnit(group.text, words) : own;
    });
    const index = table.header.map((h) => words.indexHeaders.has(h.text));
    // A first column of row numbers (序号) leaves the subject to the cell after it.
    const subjectColumn = index[0] && table.header.length > 2 ? 1 : 0;
    const headerCues = table.header.map((h, i) => [...cuesIn(context, h), ...(table.groups[i] ? cuesIn(context, table.groups[i]!) : [])]);
    const served = table.header.map((h) => words.servedHeaders.some((w) => h.text.includes(w)));
    const participants = table.header.map((h) => words.participantHeaders.some((w) => h.text.startsWith(w)));
    const topic: TableTopic = { cues: captionTopic(context, table.caption), captionCues: table.caption ? strongCuesIn(context, table.caption) : [], gifts: namesGifts(context, words, table.caption), named: namedInLine(context, table.caption) };
    const labels = table.header.map((h, i) => (yearOf(h.text) === null && table.groups[i] ? table.groups[i]!.text : h.text));
    const baselineColumns = baselineLabels(labels, words);
    const baselineRows = baselineLabels(table.rows.map((r) => r[subjectColumn]?.text ?? ''), words);
    const captionPeriod = periodIn(context, table.caption);
    let above: Cell | undefined;
    for (const [r, row] of table.rows.entries()) {
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
        const category = cellCategory(context, words, quantity, { header: headerCues[i]!, row: rowCues, topic, served: served[i]!, participants: participants[i]! });
        const group = table.groups[i];
        const byYear = isPeriodHeader(context, words, head.text);
        const groupPeriod = group && isPeriodHeader(context, words, group.text) ? group.text : null;
        const period = byYear ? head.text : (periodIn(context, head) ?? groupPeriod ?? captionPeriod);
        const row = { start: first.start, end: first.end };
        const col = { start: head.start, end: head.end };
        const place: TablePlace = { row, col, total, period, metric: byYear ? row : col };
        const claim = headerClaim(head.text, words) ?? (group ? headerClaim(group.text, words) : null) ?? (baselineColumns[i] || baselineRows[r] ? 'background' : 'achieved');
        drafts.push({ quantity, sentence, cues: [], inSentence: [], cue: null, category, claim, table: place });
      });
    }
  }
  return drafts;
}
