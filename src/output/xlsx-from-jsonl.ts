// Turns a run's documents.jsonl into its wenshen.xlsx, in this thread or in a thread of its own, so that the
// batch's main thread goes on to the report meanwhile.
import { join } from 'node:path';
import { fileLines } from './file-lines.js';
import { Worker } from 'node:worker_threads';
import type { DocumentRecord } from '../model/document.js';
import { writeXlsx } from './xlsx.js';
import type { XlsxThreadReply } from './xlsx-thread.js';
import { threadEntry } from '../thread-entry.js';

const ENTRY = threadEntry(import.meta.url, 'xlsx-thread');

/** Writes `<outDir>/wenshen.xlsx` from `<outDir>/documents.jsonl` (the line is the whole record), in path order. */
export async function writeXlsxFromJsonl(outDir: string): Promise<void> {
  await writeXlsx(outDir, (async function* () {
    for await (const line of fileLines(join(outDir, 'documents.jsonl'))) if (line.trim()) yield JSON.parse(line) as DocumentRecord;
  })());
}

/**
 * writeXlsxFromJsonl in a worker thread; resolves once the workbook is written. A thread that cannot run (or
 * dies) leaves the workbook to this thread: the file is the same, only written later.
 */
export function writeXlsxInThread(outDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const worker = new Worker(ENTRY, { workerData: { outDir } });
    const settle = (error?: XlsxThreadReply['error']) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      if (error) reject(Object.assign(new Error(error.message), error.code ? { code: error.code } : {}));
      else resolve();
    };
    worker.on('message', (reply: XlsxThreadReply) => settle(reply.error));
    const here = () => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      writeXlsxFromJsonl(outDir).then(resolve, reject);
    };
    worker.on('error', here);
    worker.on('exit', here);
  });
}
