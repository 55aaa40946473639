// Turns the lines of a laid-out page that belong to a table (cells parted by tabs, each cell with its x extent,
// and the short pieces of cells that wrap onto more lines) into rows of one column count: each piece goes under the
// column nearest it and into the row whose band of lines it starts in, a wrapped cell is joined, and a row that
// leaves a cell empty gets an empty cell there, so that its numbers stay under their headers. A PDF draws nothing
// for an empty cell, and writes a table cell by cell, so a wrapped first cell comes before the row's numbers.

/** A cell of a line, in page units. */
export interface CellExtent {
  x0: number;
  x1: number;
}

export interface TableLine {
  text: string;
  x0: number;
  x1: number;
  /** Top of the line, y growing downwards. */
  y: number;
  size: number;
  /** One extent a tab-separated cell of `text`; absent on lines of one piece. */
  cells?: CellExtent[];
}

/** A piece of a wrapped cell is short and ends no sentence. */
const MAX_PIECE = 20;
const SENTENCE_END = /[。！？!?；;]$/u;

interface Piece extends CellExtent {
  text: string;
  y: number;
  size: number;
}

/** How far a cell stands from a column: the nearest of its left edges, right edges and centres. */
function distance(cell: CellExtent, column: CellExtent): number {
  const mid = (e: CellExtent) => (e.x0 + e.x1) / 2;
  return Math.min(Math.abs(cell.x0 - column.x0), Math.abs(cell.x1 - column.x1), Math.abs(mid(cell) - mid(column)));
}

function nearestColumn(piece: CellExtent, columns: CellExtent[]): number {
  let best = 0;
  for (let c = 1; c < columns.length; c++) if (distance(piece, columns[c]!) < distance(piece, columns[best]!)) best = c;
  return best;
}

function piecesOf(line: TableLine): Piece[] {
  const texts = line.text.split('\t');
  const extents = line.cells && line.cells.length === texts.length ? line.cells : [{ x0: line.x0, x1: line.x1 }];
  if (extents.length !== texts.length) return [{ text: line.text, x0: line.x0, x1: line.x1, y: line.y, size: line.size }];
  return texts.map((text, i) => ({ text, ...extents[i]!, y: line.y, size: line.size }));
}

/** A wrapped piece joins its cell with a space between Latin letters or digits, else directly (CJK). */
function join(a: string, b: string): string {
  if (a === '') return b;
  return /[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b;
}

/**
 * The rows of a table region. Pieces on one baseline (within half a line) form a band; a band of two pieces or
 * more starts a row, a band of one piece continues the row above (the next line of a wrapped cell).
 */
function rebuild(region: TableLine[]): TableLine[] {
  const widest = region.reduce((a, b) => ((b.cells?.length ?? 1) > (a.cells?.length ?? 1) ? b : a));
  const columns = widest.cells!;
  const pieces = region.flatMap(piecesOf).sort((a, b) => a.y - b.y);
  const rows: { cells: string[]; y: number; size: number; x0: number; x1: number }[] = [];
  for (let i = 0; i < pieces.length; ) {
    let end = i + 1;
    while (end < pieces.length && pieces[end]!.y - pieces[i]!.y <= pieces[i]!.size * 0.5) end++;
    const band = pieces.slice(i, end).sort((a, b) => a.x0 - b.x0);
    let row = rows[rows.length - 1];
    if (band.length >= 2 || !row) {
      row = { cells: columns.map(() => ''), y: band[0]!.y, size: band[0]!.size, x0: Infinity, x1: -Infinity };
      rows.push(row);
    }
    for (const piece of band) {
      const c = nearestColumn(piece, columns);
      row.cells[c] = join(row.cells[c]!, piece.text);
      row.x0 = Math.min(row.x0, piece.x0);
      row.x1 = Math.max(row.x1, piece.x1);
    }
    i = end;
  }
  return rows.map((r) => ({ text: r.cells.join('\t'), x0: r.x0, x1: r.x1, y: r.y, size: r.size, cells: columns }));
}

/** Whether a line of one piece can be part of a table cell beside lines whose widest cell is `widestCell` wide. */
function isPiece(line: TableLine, widestCell: number): boolean {
  const text = line.text.trim();
  return !line.cells && text.length <= MAX_PIECE && !SENTENCE_END.test(text) && line.x1 - line.x0 <= widestCell + line.size;
}

/**
 * The page's lines with each table region (two table lines or more, and the pieces of wrapped cells between and
 * right after them) rebuilt as rows; every other line as it was.
 */
export function alignTableColumns<T extends TableLine>(lines: T[]): TableLine[] {
  const out: TableLine[] = [];
  for (let i = 0; i < lines.length; ) {
    if (!lines[i]!.cells) {
      out.push(lines[i]!);
      i++;
      continue;
    }
    let widestCell = Math.max(...lines[i]!.cells!.map((c) => c.x1 - c.x0));
    let last = i;
    let tableLines = 1;
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j]!;
      if (line.cells) {
        widestCell = Math.max(widestCell, ...line.cells.map((c) => c.x1 - c.x0));
        tableLines++;
        last = j;
      } else if (isPiece(line, widestCell) && line.y - lines[j - 1]!.y <= lines[j - 1]!.size * 1.8) {
        last = j;
      } else break;
    }
    if (tableLines < 2) {
      out.push(lines[i]!);
      i++;
      continue;
    }
    // Pieces after the last table line continue a wrapped cell of the last row only beyond the first column: a
    // short line under the first column (单位：万元) is a note after the table.
    const columns = lines.slice(i, last + 1).reduce((a, b) => ((b.cells?.length ?? 1) > (a.cells?.length ?? 1) ? b : a)).cells!;
    while (!lines[last]!.cells && nearestColumn(lines[last]!, columns) === 0) last--;
    out.push(...rebuild(lines.slice(i, last + 1)));
    i = last + 1;
  }
  return out;
}
