// Worker thread body of the report's page threads: renders and writes the pages of each documents.jsonl line it
// is sent, and answers with how many pair pages it wrote and which writes failed.
import { parentPort } from 'node:worker_threads';
import { writeDocumentPages, type PagesJob } from './document-pages.js';
import type { ReportDocument } from './input.js';

export interface PagesRequest {
  seq: number;
  line: string;
  job: PagesJob;
}

export interface PagesReply {
  seq: number;
  pairs: number;
  /** The messages of the writes that failed (an Error's fields, not the Error: its class does not cross). */
  failures: { message: string; code?: string }[];
}

parentPort!.on('message', async (request: PagesRequest) => {
  const failures: unknown[] = [];
  const pairs = await writeDocumentPages(JSON.parse(request.line) as ReportDocument, request.job, failures);
  const reply: PagesReply = { seq: request.seq, pairs, failures: failures.map((e) => ({ message: String((e as Error).message ?? e), code: (e as { code?: string }).code })) };
  parentPort!.postMessage(reply);
});
