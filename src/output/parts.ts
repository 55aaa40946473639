// Turns each analysed document into bytes in its worker's part files (one per output format), and the part
// files back into the output files in path order: the batch's main thread moves bytes, it never renders.
import { appendFileSync, closeSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomicSync } from './atomic.js';
import { FORMATS, type OutputFormat } from './formats.js';

/** Where one document's lines are: in which worker's part files, and the byte range in each format's file. */
export interface Placement {
  part: number;
  /** Offset and length of the document's lines in each format's part file, in FORMATS order. */
  ranges: [number, number][];
}

export const PARTS_DIR = '.parts';

const partFile = (partsDir: string, part: number, format: number) => join(partsDir, `${part}.${format}`);

/**
 * A worker's writer: appends each document's lines to its own part files, which no other thread touches. Each
 * append opens and closes its file: a worker stopped for a timeout leaves no open descriptor behind.
 */
export class PartWriter {
  private readonly sizes: number[];

  constructor(
    private readonly partsDir: string,
    readonly part: number,
  ) {
    mkdirSync(partsDir, { recursive: true });
    FORMATS.forEach((_, i) => writeFileSync(partFile(partsDir, part, i), ''));
    this.sizes = FORMATS.map(() => 0);
  }

  /** Writes the text of record and the rendered lines; `partial` gets the documents.jsonl line at once. */
  write(lines: string[], text: { path: string; content: string } | null, partial: string): Placement {
    if (text) writeFileAtomicSync(text.path, text.content);
    appendFileSync(partial, lines[0]!);
    return this.append(lines);
  }

  /** Appends a document's lines (in FORMATS order), as text or as the bytes read back, and says where they are. */
  append(lines: (string | Uint8Array)[]): Placement {
    const ranges = lines.map((line, i): [number, number] => {
      const bytes = typeof line === 'string' ? Buffer.from(line) : line;
      appendFileSync(partFile(this.partsDir, this.part, i), bytes);
      const at = this.sizes[i]!;
      this.sizes[i] = at + bytes.length;
      return [at, bytes.length];
    });
    return { part: this.part, ranges };
  }
}

/**
 * Reads back the lines a worker wrote for one document, in FORMATS order, as bytes (to amend them after the batch:
 * the lines the amendment leaves as they were are written again without being decoded).
 */
export function readPlacedBytes(partsDir: string, placement: Placement): Buffer[] {
  return placement.ranges.map((_, i) => readPlacedRange(partsDir, placement, i));
}

/** One document's lines for the joined files: where a worker wrote them, or the lines themselves. */
export type PlacedLines = { placement: Placement } | { lines: string[] };

/**
 * Writes each output file (with its header) from the documents' lines in the order given, each through a
 * temporary file and a rename; consecutive ranges of one part file are read in one go.
 */
export async function joinParts(partsDir: string, outDir: string, documents: PlacedLines[], include: (format: OutputFormat) => boolean = () => true): Promise<void> {
  for (const [i, format] of FORMATS.entries()) {
    if (!include(format)) continue;
    const target = join(outDir, format.file);
    const temp = `${target}.${process.pid}.tmp`;
    const out = openSync(temp, 'w');
    const parts = new Map<number, number>();
    try {
      if (format.header) writeSync(out, format.header);
      for (let k = 0; k < documents.length; k++) {
        const d = documents[k]!;
        if ('lines' in d) {
          writeSync(out, d.lines[i]!);
          continue;
        }
        // A run of documents that sit one after another in the same part file is copied as one block.
        let [start, length] = d.placement.ranges[i]!;
        while (k + 1 < documents.length) {
          const next = documents[k + 1]!;
          if (!('placement' in next) || next.placement.part !== d.placement.part || next.placement.ranges[i]![0] !== start + length) break;
          length += next.placement.ranges[i]![1];
          k++;
        }
        let fd = parts.get(d.placement.part);
        if (fd === undefined) parts.set(d.placement.part, (fd = openSync(partFile(partsDir, d.placement.part, i), 'r')));
        copyRange(fd, out, start, length);
      }
    } catch (e) {
      closeSync(out);
      rmSync(temp, { force: true });
      throw e;
    } finally {
      for (const fd of parts.values()) closeSync(fd);
    }
    closeSync(out);
    renameSync(temp, target);
  }
}

const COPY_BLOCK = 1 << 20;
const buffer = Buffer.allocUnsafe(COPY_BLOCK);

function copyRange(from: number, to: number, start: number, length: number): void {
  for (let done = 0; done < length; ) {
    const n = readSync(from, buffer, 0, Math.min(COPY_BLOCK, length - done), start + done);
    if (n === 0) throw new Error(`a part file ends before its recorded range (${start}+${length})`);
    writeSync(to, buffer, 0, n);
    done += n;
  }
}


/** One document's line in one format's part file, read back (the store keeps the documents.jsonl line). */
export function readPlacedLine(partsDir: string, placement: Placement, format: number): string {
  return readPlacedRange(partsDir, placement, format).toString('utf8');
}

function readPlacedRange(partsDir: string, placement: Placement, format: number): Buffer {
  const [start, length] = placement.ranges[format]!;
  const fd = openSync(partFile(partsDir, placement.part, format), 'r');
  try {
    const bytes = Buffer.allocUnsafe(length);
    for (let done = 0; done < length; ) {
      const n = readSync(fd, bytes, done, length - done, start + done);
      if (n === 0) throw new Error(`a part file ends before its recorded range (${start}+${length})`);
      done += n;
    }
    return bytes;
  } finally {
    closeSync(fd);
  }
}
