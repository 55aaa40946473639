// The output stage's public face: rendering a record in every format, collecting and writing the files.
import type { DocumentRecord, DocumentSummary } from '../model/document.js';
import { FORMATS } from './formats.js';

export { OutputCollector, PARTIAL_FILE, textPath, type RenderedDocument } from './documents.js';
export { PartWriter, type Placement } from './parts.js';
export { FORMATS, type OutputFormat } from './formats.js';

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
