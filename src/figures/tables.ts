// Reads tab-separated rows (from .docx, .doc, PDF layout or text) as tables: the header cell's unit and cue
// (捐款（万元）, 参与人次) apply to the cells below it, a row's first cell names the subject, each cell figure's
// span is the cell's text, and header cells alone are never figures.
import type { Span } from '../model/document.js';
import type { Sentence } from '../segment/index.js';
import type { FigureContext, FigureDraft } from './figures.js';
import { findCues } from './figures.js';
import type { Quantity } from './quantities.js';
import { extractQuantities } from './quantities.js';
import type { FigureCategory } from './rules/index.js';
import { loadUnits } from './units.js';

interface Cell extends Span {
  text: string;
}

export interface Table extends Span {
  header: Cell[];
  rows: Cell[][];
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

const NUMERIC_CELL = /^[-\d.,%％]+$/;

/** Runs of two or more lines holding tabs whose first line names the columns. */
export function findTables(text: string): Table[] {
  if (!text.includes('\t')) return [];
  const tables: Table[] = [];
  let run: Cell[][] = [];
  let runStart = 0;
  let runEnd = 0;
  const close = () => {
    if (run.length >= 2) {
      const [header, ...rows] = run;
      // A header names columns: most of its cells hold no number.
      if (header!.filter((c) => /\d/.test(c.text)).length * 2 < header!.length) tables.push({ start: runStart, end: runEnd, header: header!, rows });
    }
    run = [];
  };
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const lineEnd = lineStart + line.length;
    if (line.includes('\t') && line.trim() !== '') {
      if (run.length === 0) runStart = lineStart;
      run.push(cellsOf(text, lineStart, lineEnd));
      runEnd = lineEnd;
    } else close();
    lineStart = lineEnd + 1;
  }
  close();
  return tables;
}

interface ColumnUnit {
  unit: string | null;
  kind: Quantity['unitKind'];
  scale: number;
}

/** 捐款（万元） → 元 ×10 000; 参与人次 → 人次; 次数 → 次; 满意率 → %. */
function columnUnit(header: string): ColumnUnit {
  const units = loadUnits();
  const bracket = /[（(]([^）)]+)[）)]\s*$/u.exec(header);
  const word = bracket ? bracket[1]!.trim() : header.replace(/数$/u, '');
  if (/^(?:%|％|百分比)$/u.test(word) || /率$/u.test(header)) return { unit: '%', kind: 'percent', scale: 1 };
  const scale = /^万/u.test(word) && word.length > 1 ? 1e4 : /^亿/u.test(word) && word.length > 1 ? 1e8 : 1;
  const rest = scale === 1 ? word : word.slice(1);
  for (let i = 0; i < rest.length; i++) {
    const m = units.match(rest, i);
    if (m && i + m.length === rest.length) return { unit: m.kind === 'money' ? '元' : m.unit, kind: m.kind === 'date' ? 'measure' : m.kind, scale };
  }
  return { unit: null, kind: null, scale };
}

/** The row's cues first (献血, 义诊), then the header's (捐款): the first whose rule takes the unit. */
function cellCategory(context: FigureContext, quantity: Quantity, row: Cell, head: Cell): { category: FigureCategory | 'other' } {
  for (const cell of [row, head]) {
    // In the dictionary's order of categories, as at equal distance in a sentence.
    const cues = findCues(context.text, cell.start, cell.end, context.cues).sort((a, b) => context.cues.byCategory.get(a.category)!.rank - context.cues.byCategory.get(b.category)!.rank);
    for (const cue of cues) {
      if (context.cues.byCategory.get(cue.category)!.accepts(quantity, cue.word)) return { category: cue.category };
    }
  }
  // A column counting times or sessions (次数, 场次) counts activities.
  if (['次', '场', '场次', '期'].includes(quantity.unit ?? '')) return { category: 'activity' };
  return { category: quantity.unitKind === 'percent' ? 'rate' : 'other' };
}

/** One draft a numeric cell; a cell with its own unit (12次) keeps it. */
export function tableFigures(context: FigureContext, tables: Table[], sentences: Sentence[]): FigureDraft[] {
  const drafts: FigureDraft[] = [];
  for (const table of tables) {
    const columns = table.header.map((h) => columnUnit(h.text));
    for (const row of table.rows) {
      const sentence = sentences.find((s) => s.norm.start <= row[0]!.start && row[0]!.start < s.norm.end);
      if (!sentence) continue;
      row.forEach((cell, i) => {
        if (i === 0 || cell.text === '' || !table.header[i]) return;
        let quantity: Quantity | undefined;
        const column = columns[i]!;
        if (NUMERIC_CELL.test(cell.text)) {
          const n = Number(cell.text.replace(/[,%％]/g, ''));
          if (!Number.isFinite(n) || column.unit === null && !/%/.test(cell.text)) return;
          const value = Math.round(n * column.scale * 100) / 100;
          const percent = /%|％/.test(cell.text);
          quantity = { start: cell.start, end: cell.end, text: cell.text, value, valueMax: null, unit: percent ? '%' : column.unit, unitKind: percent ? 'percent' : column.kind, qualifier: 'exact', placeholder: false, number: { start: cell.start, end: cell.end } };
        } else {
          const found = extractQuantities(cell.text).filter((q) => q.unit !== null);
          if (found.length !== 1) return;
          const q = found[0]!;
          quantity = { ...q, start: cell.start + q.start, end: cell.start + q.end, number: { start: cell.start + q.number.start, end: cell.start + q.number.end } };
        }
        const { category } = cellCategory(context, quantity, row[0]!, table.header[i]!);
        drafts.push({ quantity, sentence, cues: [], inSentence: [], cue: null, category, claim: 'achieved', table: { row: row[0]!.text, col: table.header[i]!.text }, tableCells: { row: row[0]!, col: table.header[i]! } });
      });
    }
  }
  return drafts;
}
