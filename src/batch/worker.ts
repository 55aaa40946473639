// Worker thread body: analyses the documents the pool sends and posts back their records and texts.
import { parentPort } from 'node:worker_threads';
import { render, summarize } from '../output/index.js';
import { analyzeDocument, loadResources, type AnalyzeOptions } from '../pipeline.js';

export interface WorkRequest {
  seq: number;
  file: string;
  path: string;
  options: AnalyzeOptions;
  /** The page files of a grouped image submission. */
  pages?: string[];
}

// The pool starts a document's clock only after this: loading the parsers is not the document's time.
loadResources();
parentPort!.postMessage({ ready: true });

parentPort!.on('message', async (request: WorkRequest) => {
  const analysed = await analyzeDocument(request.file, request.path, request.options, request.pages);
  // Rendering here spreads the formatting over the workers and sends strings, cheap to pass, not object trees.
  const documents = analysed.map(({ record, text }) => ({ summary: summarize(record), lines: render(record), text }));
  parentPort!.postMessage({ seq: request.seq, documents });
});
