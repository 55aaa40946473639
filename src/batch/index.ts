// Runs a whole batch: finds the documents, analyses them in the worker pool, writes the outputs as they come.
import { availableParallelism } from 'node:os';
import type { DocumentRecord, DocumentSummary } from '../model/document.js';
import { OutputCollector, renderDocument, type OutputKind, type RenderedDocument } from '../output/index.js';
import type { AnalyzeOptions } from '../pipeline.js';
import type { RunSession } from '../store/session.js';
import { discover } from './discover.js';
import { runPool, type PoolOptions } from './pool.js';
import { Progress, type LogMode } from './progress.js';

export { UsageError } from './discover.js';

export interface BatchOptions extends AnalyzeOptions, PoolOptions {
  outDir: string;
  log: LogMode;
  /** The store's side of this run: unchanged files reuse their stored results, analysed ones are saved. */
  session?: RunSession;
  /** Which output files to write. @default all */
  outputs?: readonly OutputKind[];
}

export const DEFAULT_POOL_OPTIONS: PoolOptions = {
  concurrency: availableParallelism(),
  timeoutMs: 120_000,
  memoryMb: 4096,
};

export interface BatchResult {
  /** One summary per document, in path order. */
  records: DocumentSummary[];
  interrupted: boolean;
  seconds: number;
}

export async function runBatch(inputs: string[], options: BatchOptions, signal?: AbortSignal): Promise<BatchResult> {
  const started = Date.now();
  const files = await discover(inputs);
  const output = new OutputCollector(options.outDir, options.outputs);
  await output.start();
  const records: DocumentSummary[] = [];
  const progress = new Progress(files.length, options.log);
  const take = async (documents: RenderedDocument[]) => {
    for (const document of documents) {
      await output.add(document);
      records.push(document.summary);
      progress.document(document.summary);
    }
  };
  try {
    const { reused, fresh } = options.session ? await options.session.sortOut(files) : { reused: [], fresh: files };
    for (const parts of reused) await take(parts.map((p) => renderDocument(p.record, p.text)));
    await runPool(
      fresh,
      { ocr: options.ocr, maxBytes: options.maxBytes, checklist: options.checklist, split: options.split },
      options,
      async (documents) => {
        // The documents.jsonl line is the whole record: the store keeps it, committed before anything is written.
        await options.session?.save(documents.map((d) => ({ record: JSON.parse(d.lines[0]!) as DocumentRecord, text: d.text })));
        await take(documents);
      },
      signal,
    );
  } finally {
    progress.end();
  }
  await output.finish();
  records.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { records, interrupted: signal?.aborted ?? false, seconds: (Date.now() - started) / 1000 };
}
