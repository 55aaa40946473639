// Turns the rows of a table a plain-text file lines up with runs of spaces (项目    次数    金额（万元）) into
// tab-separated rows, the form every other reader gives tables in; normalization would otherwise close the gaps.
import type { Block } from '../model/document.js';

/** A gap between two cells: two or more blanks, ASCII or full-width (one full-width blank often parts a date from a title). */
const GAP = /[ \u3000]{2,}/gu;
/** A row of an aligned table has at least this many cells; two cells are a label and its value, not a table. */
const MIN_CELLS = 3;
/** Cells of the rows of one table; a cell merged or left empty can cost a row one. */
const CELL_SLACK = 1;

function cellCount(line: string): number {
  const body = line.trim();
  if (body === '') return 0;
  return body.split(GAP).length;
}

/** A first row names columns: none of its cells is a bare number. */
function namesColumns(line: string): boolean {
  return line
    .trim()
    .split(GAP)
    .every((c) => !/^[-−]?[\d.,]+[%％‰]?$/u.test(c));
}

/**
 * Runs of two or more lines of at least three cells each (the first naming the columns, the others within one
 * cell of its count) get their inner gaps replaced by one tab each; the line's indent stays. Every other line is
 * kept as it is, so a text without such a run comes back unchanged.
 */
export function tabAlignedColumns(text: string): string {
  if (!/\S[ \u3000]{2,}\S/u.test(text)) return text;
  const lines = text.split('\n');
  const counts = lines.map((l) => (l.includes('\t') ? 0 : cellCount(l)));
  for (let i = 0; i < lines.length; ) {
    const width = counts[i]!;
    if (width < MIN_CELLS || !namesColumns(lines[i]!)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < lines.length && counts[end]! >= MIN_CELLS - CELL_SLACK && Math.abs(counts[end]! - width) <= CELL_SLACK) end++;
    if (end - i >= 2) {
      for (let k = i; k < end; k++) {
        const line = lines[k]!;
        const indent = line.length - line.trimStart().length;
        lines[k] = line.slice(0, indent) + line.slice(indent).trimEnd().replace(GAP, '\t');
      }
    }
    i = end;
  }
  return lines.join('\n');
}

/** Blocks of a plain text, a line holding tabs being a table row. */
export function markTableRows(text: string, blocks: Block[]): Block[] {
  return blocks.map((b) => (text.slice(b.start, b.end).includes('\t') ? { ...b, kind: 'table-row' } : b));
}
