// Turns the table lines of a laid-out page (cells parted by tabs, each cell with its x extent) into rows of one
// column count: a row that leaves a cell empty gets an empty cell there, so that its numbers stay under their
// headers (a PDF draws nothing for an empty cell, and the gap alone does not say how many columns it spans).

/** A cell of a line, in page units. */
export interface CellExtent {
  x0: number;
  x1: number;
}

export interface TableLine {
  text: string;
  /** One extent a tab-separated cell of `text`; absent on lines that are no table row. */
  cells?: CellExtent[];
}

/** How far a cell stands from a column: the nearest of its left edges, right edges and centres. */
function distance(cell: CellExtent, column: CellExtent): number {
  const mid = (e: CellExtent) => (e.x0 + e.x1) / 2;
  return Math.min(Math.abs(cell.x0 - column.x0), Math.abs(cell.x1 - column.x1), Math.abs(mid(cell) - mid(column)));
}

/**
 * Each cell of a row goes to the nearest column at or after the previous cell's, in order; a row's cells never
 * outnumber the columns, so the assignment always fits.
 */
function alignRow(cells: string[], extents: CellExtent[], columns: CellExtent[]): string {
  const out: string[] = columns.map(() => '');
  let from = 0;
  cells.forEach((cell, i) => {
    const left = cells.length - i - 1;
    let best = from;
    for (let c = from; c < columns.length - left; c++) if (distance(extents[i]!, columns[c]!) < distance(extents[i]!, columns[best]!)) best = c;
    out[best] = cell;
    from = best + 1;
  });
  return out.join('\t');
}

/** The lines with each run of table lines aligned to the columns of its widest row. */
export function alignTableColumns<T extends TableLine>(lines: T[]): T[] {
  const out = [...lines];
  for (let i = 0; i < out.length; ) {
    if (!out[i]!.cells) {
      i++;
      continue;
    }
    let end = i;
    while (end < out.length && out[end]!.cells) end++;
    const run = out.slice(i, end);
    const widest = run.reduce((a, b) => (b.cells!.length > a.cells!.length ? b : a));
    const columns = widest.cells!;
    for (let k = i; k < end; k++) {
      const line = out[k]!;
      const texts = line.text.split('\t');
      if (texts.length === line.cells!.length && texts.length < columns.length) out[k] = { ...line, text: alignRow(texts, line.cells!, columns) };
    }
    i = end;
  }
  return out;
}
