// Writes the per-document outputs: documents.jsonl (sorted by path) and each document's text of record.
import { appendFile, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { DocumentRecord } from '../model/document.js';
import { writeFileAtomic } from './atomic.js';

export const DOCUMENTS_FILE = 'documents.jsonl';
const PARTIAL_FILE = 'documents.partial.jsonl';

/** Where a document's text of record is written; its spans index into this file's content. */
export function textPath(outDir: string, id: string): string {
  return join(outDir, 'texts', `${id}.txt`);
}

/**
 * Collects records as documents finish: each is appended to a partial file at once (so an interrupted run keeps
 * them), and `finish` writes documents.jsonl in path order and removes the partial file.
 */
export class DocumentsWriter {
  private readonly records: DocumentRecord[] = [];

  constructor(private readonly outDir: string) {}

  async start(): Promise<void> {
    await mkdir(join(this.outDir, 'texts'), { recursive: true });
    await rm(join(this.outDir, PARTIAL_FILE), { force: true });
  }

  async add(record: DocumentRecord, text: string): Promise<void> {
    if (record.status === 'ok') await writeFileAtomic(textPath(this.outDir, record.id), text);
    await appendFile(join(this.outDir, PARTIAL_FILE), JSON.stringify(record) + '\n');
    this.records.push(record);
  }

  async finish(): Promise<DocumentRecord[]> {
    const sorted = [...this.records].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    await writeFileAtomic(join(this.outDir, DOCUMENTS_FILE), sorted.map((r) => JSON.stringify(r) + '\n').join(''));
    await rm(join(this.outDir, PARTIAL_FILE), { force: true });
    return sorted;
  }
}
