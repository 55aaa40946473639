// Turns a document's lines as its worker wrote them and its detected reuse into its amended lines. The lines that
// show reuse are made again, and the figures, the bulk of them, stay the bytes their worker wrote: only their spans
// are read, and a copied mark goes in at the end of a copied one's JSON. The other lines are written back as read.
import type { DocumentRecord, Span } from '../model/document.js';
import type { DocumentReuse } from '../model/reuse.js';
import { amendRecord } from '../reuse/amend.js';
import type { DetectedReuse } from '../reuse/index.js';
import { DOCUMENT_LINE_END, documentLineHead, figureLineHead, FORMATS } from './formats.js';

const DOCUMENTS = FORMATS.findIndex((f) => f.file === 'documents.jsonl');
const FIGURES = FORMATS.findIndex((f) => f.file === 'figures.jsonl');

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const NEWLINE = 0x0a;
const FIGURES_KEY = Buffer.from(',"figures":[');
const LINE_END = Buffer.from(DOCUMENT_LINE_END);
const COMMA = Buffer.from(',');
const OPEN_BRACE = Buffer.from('{');

const bytesOf = (line: string | Uint8Array): Buffer => (typeof line === 'string' ? Buffer.from(line) : Buffer.from(line.buffer, line.byteOffset, line.byteLength));
const textOf = (line: string | Uint8Array) => (typeof line === 'string' ? line : bytesOf(line).toString('utf8'));

/** Where the string opening at `at` (a quote) closes: the next quote not escaped. */
function stringEnd(bytes: Buffer, at: number): number {
  for (let q = bytes.indexOf(QUOTE, at + 1); ; q = bytes.indexOf(QUOTE, q + 1)) {
    if (q < 0) return -1;
    let escapes = 0;
    while (bytes[q - 1 - escapes] === BACKSLASH) escapes++;
    if (escapes % 2 === 0) return q;
  }
}

/**
 * The top-level `start` and `end` of the JSON object in bytes [from, to), read without decoding it; null when
 * either is missing or not a whole number, or when the object has a `copied` key already.
 */
function spanOf(bytes: Buffer, from: number, to: number): Span | null {
  let depth = 0;
  let start = -1;
  let end = -1;
  for (let i = from; i < to; i++) {
    const c = bytes[i]!;
    if (c === QUOTE) {
      const close = stringEnd(bytes, i);
      if (close < 0 || close >= to) return null;
      if (depth === 1 && bytes[close + 1] === COLON) {
        const key = close - i - 1;
        if (key === 6 && bytes.toString('latin1', i + 1, close) === 'copied') return null;
        if (key === 5 || key === 3) {
          const name = bytes.toString('latin1', i + 1, close);
          if (name === 'start' || name === 'end') {
            let n = close + 2;
            let value = 0;
            while (bytes[n]! >= 0x30 && bytes[n]! <= 0x39) value = value * 10 + bytes[n++]! - 0x30;
            if (n === close + 2 || (bytes[n] !== 0x2c && bytes[n] !== 0x7d)) return null;
            if (name === 'start') start = value;
            else end = value;
          }
        }
      }
      i = close;
    } else if (c === 0x7b || c === 0x5b) depth++; // { [
    else if (c === 0x7d || c === 0x5d) depth--; // } ]
  }
  return start >= 0 && end >= 0 ? { start, end } : null;
}

/** A figure's JSON bytes with its copied mark added at the end, where serializing the amended figure puts it. */
function withCopied(json: Buffer, copied: unknown): Buffer {
  return Buffer.concat([json.subarray(0, json.length - 1), Buffer.from(',"copied":' + JSON.stringify(copied) + '}')]);
}

/**
 * The amended documents.jsonl and figures.jsonl lines made from the bytes the worker wrote, or null when the lines
 * are not as a worker writes them (then the record is parsed and rendered whole).
 */
function amendedFromBytes(documentLine: Buffer, figuresLine: Buffer, detected: DetectedReuse, reuse: DocumentReuse): { record: DocumentRecord; documents: Buffer; figures: Buffer } | null {
  // Each figures.jsonl line is the head (id and path) and the figure's JSON without its opening brace.
  const lines: [number, number][] = [];
  for (let from = 0; from < figuresLine.length; ) {
    const at = figuresLine.indexOf(NEWLINE, from);
    if (at < 0) return null;
    lines.push([from, at]);
    from = at + 1;
  }
  if (lines.length === 0) return null;
  const first = JSON.parse(figuresLine.toString('utf8', lines[0]![0], lines[0]![1])) as { id: string; path: string };
  const head = Buffer.from(figureLineHead(first));
  let figuresBytes = lines.length - 1;
  for (const [from, to] of lines) {
    if (to - from <= head.length || !figuresLine.subarray(from, from + head.length).equals(head)) return null;
    figuresBytes += to - from - head.length + 1;
  }
  // In the documents.jsonl line the same figures' JSON, joined by commas, ends the line.
  const figuresAt = documentLine.length - LINE_END.length - figuresBytes;
  if (figuresAt < FIGURES_KEY.length || !documentLine.subarray(documentLine.length - LINE_END.length).equals(LINE_END)) return null;
  if (!documentLine.subarray(figuresAt - FIGURES_KEY.length, figuresAt).equals(FIGURES_KEY)) return null;
  const pieces: Buffer[] = [];
  const spans: Span[] = [];
  let at = figuresAt;
  for (const [from, to] of lines) {
    const length = to - from - head.length + 1;
    const piece = documentLine.subarray(at, at + length);
    if (piece[0] !== OPEN_BRACE[0] || !piece.subarray(1).equals(figuresLine.subarray(from + head.length, to))) return null;
    const span = spanOf(piece, 0, piece.length);
    if (!span) return null;
    pieces.push(piece);
    spans.push(span);
    at += length + 1;
  }
  const rest = JSON.parse(documentLine.toString('utf8', 0, figuresAt - FIGURES_KEY.length) + '}') as Omit<DocumentRecord, 'figures'>;
  if (rest.id !== first.id || rest.path !== first.path || 'figures' in rest) return null;
  // The figures as amending reads them (their spans); the marks it sets go into their bytes.
  const record = { ...rest, figures: spans } as DocumentRecord;
  amendRecord(record, detected, reuse);
  const documents: Buffer[] = [Buffer.from(documentLineHead(record))];
  const figures: Buffer[] = [];
  record.figures.forEach((figure, i) => {
    const copied = figure.copied;
    const piece = copied ? withCopied(pieces[i]!, copied) : pieces[i]!;
    if (i > 0) documents.push(COMMA);
    documents.push(piece);
    const [from, to] = lines[i]!;
    figures.push(copied ? Buffer.concat([head, piece.subarray(1), Buffer.from('\n')]) : figuresLine.subarray(from, to + 1));
  });
  documents.push(LINE_END);
  return { record, documents: Buffer.concat(documents), figures: Buffer.concat(figures) };
}

/**
 * The amended lines from the whole record, parsed and rendered again: for lines not shaped as a worker writes them
 * (and a record without figures). A parsed figure serializes back to the text it was read from.
 */
function amendedFromRecord(lines: readonly (string | Uint8Array)[], detected: DetectedReuse, reuse: DocumentReuse): (string | Uint8Array)[] {
  const record = JSON.parse(textOf(lines[DOCUMENTS]!)) as DocumentRecord;
  amendRecord(record, detected, reuse);
  return FORMATS.map((format, i) => (format.showsReuse ? format.lines(record) : lines[i]!));
}

/** The amended lines, in FORMATS order; `reuse` is the document's reuse record (reuseRecord of `detected`). */
export function amendedLines(lines: readonly (string | Uint8Array)[], detected: DetectedReuse, reuse: DocumentReuse): (string | Uint8Array)[] {
  const fromBytes = amendedFromBytes(bytesOf(lines[DOCUMENTS]!), bytesOf(lines[FIGURES]!), detected, reuse);
  if (!fromBytes) return amendedFromRecord(lines, detected, reuse);
  return FORMATS.map((format, i) => (i === DOCUMENTS ? fromBytes.documents : i === FIGURES ? fromBytes.figures : format.showsReuse ? format.lines(fromBytes.record) : lines[i]!));
}
