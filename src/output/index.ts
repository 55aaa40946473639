// The output writers, each with the same signature: the output folder and every record, in path order.
import type { DocumentRecord } from '../model/document.js';
import { writeFiguresCsv, writeFiguresJsonl, writeHonorsJsonl } from './figures.js';

export { DocumentsWriter, DOCUMENTS_FILE, textPath } from './documents.js';

export type OutputWriter = (outDir: string, records: DocumentRecord[]) => Promise<void>;

/** Written after documents.jsonl, from the same sorted records. */
export const WRITERS: OutputWriter[] = [writeFiguresJsonl, writeHonorsJsonl, writeFiguresCsv];
