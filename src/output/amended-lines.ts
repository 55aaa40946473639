// Turns a document's lines as its worker wrote them and its detected reuse into its amended lines: the lines that
// show reuse are rendered again, with each figure keeping the JSON its worker made (a copied mark added at its
// end), and the others are written back as the bytes they were.
import type { DocumentRecord } from '../model/document.js';
import type { DocumentReuse } from '../model/reuse.js';
import { amendRecord } from '../reuse/amend.js';
import type { DetectedReuse } from '../reuse/index.js';
import { figureLineHead, FORMATS, useFigureJson } from './formats.js';

const DOCUMENTS = FORMATS.findIndex((f) => f.file === 'documents.jsonl');
const FIGURES = FORMATS.findIndex((f) => f.file === 'figures.jsonl');

const text = (line: string | Uint8Array) => (typeof line === 'string' ? line : Buffer.from(line.buffer, line.byteOffset, line.byteLength).toString('utf8'));

/**
 * Each figure's JSON as the worker wrote it in the figures.jsonl line, or undefined when the line does not hold
 * the record's figures one a line (or a figure is marked copied already): then every figure is serialized again.
 * The JSON of a parsed figure serializes back to the same text, so the amended lines are the same either way.
 */
function workerFigureJson(record: DocumentRecord, figuresLine: string): string[] | undefined {
  if (record.figures.some((f) => 'copied' in f)) return undefined;
  const lines = figuresLine.split('\n');
  if (lines.pop() !== '' || lines.length !== record.figures.length) return undefined;
  const head = figureLineHead(record);
  const json: string[] = [];
  for (const line of lines) {
    if (!line.startsWith(head)) return undefined;
    json.push('{' + line.slice(head.length));
  }
  return json;
}

/** The amended lines, in FORMATS order; `reuse` is the document's reuse record (reuseRecord of `detected`). */
export function amendedLines(lines: readonly (string | Uint8Array)[], detected: DetectedReuse, reuse: DocumentReuse): (string | Uint8Array)[] {
  const record = JSON.parse(text(lines[DOCUMENTS]!)) as DocumentRecord;
  const figureJson = workerFigureJson(record, text(lines[FIGURES]!));
  amendRecord(record, detected, reuse);
  if (figureJson) {
    useFigureJson(
      record,
      figureJson.map((json, i) => {
        const copied = record.figures[i]!.copied;
        // A key set on a parsed object goes last: where JSON.stringify of the amended figure puts it.
        return copied ? json.slice(0, -1) + ',"copied":' + JSON.stringify(copied) + '}' : json;
      }),
    );
  }
  return FORMATS.map((format, i) => (format.showsReuse ? format.lines(record) : lines[i]!));
}
