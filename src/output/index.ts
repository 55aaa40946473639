// The output stage's public face: rendering a record in every format, collecting and writing the files.
import type { DocumentRecord, DocumentSummary } from '../model/document.js';
import type { RenderedDocument } from './documents.js';
import { FORMATS } from './formats.js';

export { OutputCollector, PARTIAL_FILE, textPath, type RenderedDocument } from './documents.js';
export { PartWriter, type Placement } from './parts.js';
export { FORMATS, OUTPUT_KINDS, type OutputFormat, type OutputKind } from './formats.js';
export { writeXlsx, XLSX_FILE } from './xlsx.js';

/** A record's lines in every format, in FORMATS order. */
export function render(record: DocumentRecord): string[] {
  return FORMATS.map((format) => format.lines(record));
}

/** The record without its long lists: what the batch keeps in memory for its summary. */
export function summarize(record: DocumentRecord): DocumentSummary {
  const { figures, honors, placeholders, findings, structure, ...rest } = record;
  void structure;
  return { ...rest, counts: { figures: figures.length, honors: honors.length, placeholders: placeholders.length, findings: findings.length } };
}

/** What a worker hands back for a record, made here for records that were not analysed now (stored, failed). */
export function renderDocument(record: DocumentRecord, text: string): RenderedDocument {
  return { summary: summarize(record), lines: render(record), text };
}
