// Collects each analysed document's rendered output lines and text of record as the batch goes, and writes
// every output file in path order at the end.
import { appendFile, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { DocumentSummary } from '../model/document.js';
import type { ReuseInput } from '../reuse/index.js';
import { writeFileAtomic } from './atomic.js';
import { FORMATS } from './formats.js';

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
  /** What the batch's reuse stage needs of the document (analysed documents only). */
  reuse?: ReuseInput;
}

/**
 * Each finished document's documents.jsonl line is appended to a partial file at once, so an interrupted or
 * crashed run keeps it; `finish` writes every output file in path order (each through a temporary file and a
 * rename) and removes the partial file.
 */
export class OutputCollector {
  private readonly documents: { path: string; lines: string[] }[] = [];

  constructor(readonly outDir: string) {}

  async start(): Promise<void> {
    await mkdir(join(this.outDir, 'texts'), { recursive: true });
    await rm(join(this.outDir, PARTIAL_FILE), { force: true });
  }

  async add(document: RenderedDocument): Promise<void> {
    if (document.summary.status === 'ok') await writeFileAtomic(textPath(this.outDir, document.summary.id), document.text);
    await appendFile(join(this.outDir, PARTIAL_FILE), document.lines[0]!);
    this.documents.push({ path: document.summary.path, lines: document.lines });
  }

  /** Each document's path and lines, for stages that amend records after the batch (reuse): set `lines`. */
  entries(): readonly { path: string; lines: string[] }[] {
    return this.documents;
  }

  async finish(): Promise<void> {
    const sorted = [...this.documents].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const [i, format] of FORMATS.entries()) {
      await writeFileAtomic(join(this.outDir, format.file), (format.header ?? '') + sorted.map((d) => d.lines[i]).join(''));
    }
    await rm(join(this.outDir, PARTIAL_FILE), { force: true });
  }
}
