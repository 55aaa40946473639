// Collects where each analysed document's output lines are as the batch goes (workers write them and the text
// of record themselves), and writes every output file in path order at the end.
import { appendFile, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReuseInput } from '../reuse/index.js';
import { writeFileAtomic } from './atomic.js';
import type { DocumentRecord, DocumentSummary } from '../model/document.js';
import { OUTPUT_KINDS, type OutputKind } from './formats.js';
import { joinParts, PARTS_DIR, readPlacedLine, type Placement, type PlacedLines } from './parts.js';
import { writeXlsx } from './xlsx.js';
import { writeXlsxInThread } from './xlsx-from-jsonl.js';

export const PARTIAL_FILE = 'documents.partial.jsonl';

/** Documents above which the workbook gets a thread of its own: a small run's takes less than starting one. */
const XLSX_THREAD_FROM = 8;

/** Where a document's text of record is written; its spans index into this file's content. */
export function textPath(outDir: string, id: string): string {
  return join(outDir, 'texts', `${id}.txt`);
}

/**
 * What a worker hands back for one document: a summary for the run, and where it wrote the document's lines
 * in every format (or, for a document the pool itself failed, the lines and an empty text).
 */
export type RenderedDocument = { summary: DocumentSummary; reuse?: ReuseInput } & ({ placement: Placement } | { lines: string[]; text: string });

/**
 * Each finished document's documents.jsonl line is appended to a partial file at once, so an interrupted or
 * crashed run keeps it; `finish` writes every output file in path order (each through a temporary file and a
 * rename) and removes the partial file.
 */
export class OutputCollector {
  private readonly documents: ({ path: string } & PlacedLines)[] = [];

  constructor(
    readonly outDir: string,
    private readonly kinds: readonly OutputKind[] = OUTPUT_KINDS,
  ) {}

  async start(): Promise<void> {
    await mkdir(join(this.outDir, 'texts'), { recursive: true });
    await rm(join(this.outDir, PARTIAL_FILE), { force: true });
    await rm(this.partsDir, { recursive: true, force: true });
  }

  /** Where workers write their part files. */
  get partsDir(): string {
    return join(this.outDir, PARTS_DIR);
  }

  async add(document: RenderedDocument): Promise<void> {
    if ('placement' in document) {
      this.documents.push({ path: document.summary.path, placement: document.placement });
      return;
    }
    if (document.summary.status === 'ok') await writeFileAtomic(textPath(this.outDir, document.summary.id), document.text);
    await appendFile(join(this.outDir, PARTIAL_FILE), document.lines[0]!);
    this.documents.push({ path: document.summary.path, lines: document.lines });
  }

  /** Each document's path and lines (or where they are), for stages that amend records after the batch. */
  entries(): ({ path: string } & PlacedLines)[] {
    return this.documents;
  }

  /**
   * Writes every output file in path order. With `xlsxThread`, the workbook is written from documents.jsonl in a
   * thread of its own while the caller goes on: `workbook` resolves once it is written (await it before the run
   * is published). With `keepParts`, the part files stay for `entries` until `removeParts`.
   */
  async finish(options: { xlsxThread?: boolean; keepParts?: boolean } = {}): Promise<{ workbook: Promise<void> }> {
    const sorted = [...this.documents].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    await joinParts(this.partsDir, this.outDir, sorted, (format) => this.kinds.includes(format.kind));
    let workbook = Promise.resolve();
    // The documents.jsonl line is the whole record.
    if (this.kinds.includes('xlsx') && options.xlsxThread && this.kinds.includes('jsonl') && sorted.length > XLSX_THREAD_FROM) {
      workbook = writeXlsxInThread(this.outDir);
      // Awaited by the caller; settled here too, so that a failure while the caller is busy is not unhandled.
      workbook.catch(() => undefined);
    } else if (this.kinds.includes('xlsx')) {
      // One record at a time: the workbook's sheets are deflated as they grow.
      const partsDir = this.partsDir;
      await writeXlsx(this.outDir, (function* () {
        for (const d of sorted) yield JSON.parse('lines' in d ? d.lines[0]! : readPlacedLine(partsDir, d.placement, 0)) as DocumentRecord;
      })());
    }
    if (!options.keepParts) await this.removeParts();
    await rm(join(this.outDir, PARTIAL_FILE), { force: true });
    return { workbook };
  }

  /** Removes the part files (`finish` does, unless asked to keep them for a reader of `entries`). */
  async removeParts(): Promise<void> {
    await rm(this.partsDir, { recursive: true, force: true });
  }
}
