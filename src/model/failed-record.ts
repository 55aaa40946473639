// Turns a document that could not be analysed (its path, its bytes when they were read, the error) into its record:
// the pipeline's for a file it cannot read, the batch's for a timeout or a crash, without loading the pipeline.
import type { DocumentRecord } from './document.js';
import { documentId, sha256Of } from './document-id.js';
import { DOCUMENT_SCHEMA } from './vocabulary.js';

/** The record of a document that could not be analysed; also used by the batch for timeouts and crashes. */
export function failedRecord(path: string, bytes: Buffer | undefined, error: DocumentRecord['error'], ms: number): DocumentRecord {
  const sha256 = bytes ? sha256Of(bytes) : null;
  return {
    schema: DOCUMENT_SCHEMA,
    id: documentId(path, sha256),
    path,
    sha256,
    bytes: bytes?.length ?? null,
    format: 'unknown',
    status: 'failed',
    error,
    chars: 0,
    script: null,
    ocr: false,
    ocrPages: [],
    pages: null,
    encoding: null,
    paragraphs: 0,
    sentences: 0,
    genre: null,
    title: null,
    unit: null,
    period: null,
    structure: { headings: [], essays: [] },
    checklistName: null,
    checklist: [],
    figures: [],
    honors: [],
    placeholders: [],
    findings: [],
    warnings: [],
    ms: Math.round(ms),
  };
}
