// Collects each analysed document's rendered output lines and text of record as the batch goes, and writes
// every output file in path order at the end.
import { appendFile, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic.js';
import type { DocumentRecord, DocumentSummary } from '../model/document.js';
import { FORMATS, OUTPUT_KINDS, type OutputKind } from './formats.js';
import { writeXlsx } from './xlsx.js';

const PARTIAL_FILE = 'documents.partial.jsonl';

/** Where a document's text of record is written; its spans index into this file's content. */
export function textPath(outDir: string, id: string): string {
  return join(outDir, 'texts', `${id}.txt`);
}

/** What a worker hands back for one document: a summary for the run and its lines in every format. */
export interface RenderedDocument {
  summary: DocumentSummary;
  /** One entry per format of FORMATS, in that order. */
  lines: string[];
  text: string;
}

/**
 * Each finished document's documents.jsonl line is appended to a partial file at once, so an interrupted or
 * crashed run keeps it; `finish` writes every output file in path order (each through a temporary file and a
 * rename) and removes the partial file.
 */
export class OutputCollector {
  private readonly documents: { path: string; lines: string[] }[] = [];

  constructor(
    private readonly outDir: string,
    private readonly kinds: readonly OutputKind[] = OUTPUT_KINDS,
  ) {}

  async start(): Promise<void> {
    await mkdir(join(this.outDir, 'texts'), { recursive: true });
    await rm(join(this.outDir, PARTIAL_FILE), { force: true });
  }

  async add(document: RenderedDocument): Promise<void> {
    if (document.summary.status === 'ok') await writeFileAtomic(textPath(this.outDir, document.summary.id), document.text);
    await appendFile(join(this.outDir, PARTIAL_FILE), document.lines[0]!);
    this.documents.push({ path: document.summary.path, lines: document.lines });
  }

  async finish(): Promise<void> {
    const sorted = [...this.documents].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const [i, format] of FORMATS.entries()) {
      if (!this.kinds.includes(format.kind)) continue;
      await writeFileAtomic(join(this.outDir, format.file), (format.header ?? '') + sorted.map((d) => d.lines[i]).join(''));
    }
    // The documents.jsonl line is the whole record.
    if (this.kinds.includes('xlsx')) await writeXlsx(this.outDir, sorted.map((d) => JSON.parse(d.lines[0]!) as DocumentRecord));
    await rm(join(this.outDir, PARTIAL_FILE), { force: true });
  }
}
