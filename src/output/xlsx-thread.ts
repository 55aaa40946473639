// Worker thread body of the workbook thread: writes <outDir>/wenshen.xlsx from <outDir>/documents.jsonl, one
// record at a time, and answers once it is written (or why it was not).
import { parentPort, workerData } from 'node:worker_threads';
import { writeXlsxFromJsonl } from './xlsx-from-jsonl.js';

export interface XlsxThreadReply {
  /** Set when the workbook could not be written: the error's fields (its class does not cross). */
  error?: { message: string; code?: string };
}

const { outDir } = workerData as { outDir: string };
writeXlsxFromJsonl(outDir).then(
  () => parentPort!.postMessage({} satisfies XlsxThreadReply),
  (e: unknown) => parentPort!.postMessage({ error: { message: String((e as Error).message ?? e), code: (e as { code?: string }).code } } satisfies XlsxThreadReply),
);
