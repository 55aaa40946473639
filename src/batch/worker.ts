// Worker thread body: analyses the documents the pool sends and posts back their records and texts.
import { parentPort } from 'node:worker_threads';
import { render, summarize } from '../output/index.js';
import { analyzeDocument, loadResources, type AnalyzeOptions } from '../pipeline.js';

export interface WorkRequest {
  seq: number;
  /** A string, or the bytes of a name that is not UTF-8 (they arrive as a Uint8Array). */
  file: string | Uint8Array;
  path: string;
  options: AnalyzeOptions;
}

// The pool starts a document's clock only after this: loading the parsers is not the document's time.
loadResources();
parentPort!.postMessage({ ready: true });

parentPort!.on('message', async (request: WorkRequest) => {
  const file = typeof request.file === 'string' ? request.file : Buffer.from(request.file);
  const analysed = await analyzeDocument(file, request.path, request.options);
  // Rendering here spreads the formatting over the workers and sends strings, cheap to pass, not object trees.
  const documents = analysed.map(({ record, text }) => ({ summary: summarize(record), lines: render(record), text }));
  parentPort!.postMessage({ seq: request.seq, documents });
});
