// Runs a whole batch: finds the documents, analyses them in the worker pool, writes the outputs as they come.
import { availableParallelism } from 'node:os';
import type { DocumentSummary } from '../model/document.js';
import { OutputCollector } from '../output/index.js';
import type { AnalyzeOptions } from '../pipeline.js';
import { discover } from './discover.js';
import { runPool, type PoolOptions } from './pool.js';
import { Progress, type LogMode } from './progress.js';

export { UsageError } from './discover.js';

export interface BatchOptions extends AnalyzeOptions, PoolOptions {
  outDir: string;
  log: LogMode;
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
  const output = new OutputCollector(options.outDir);
  await output.start();
  const records: DocumentSummary[] = [];
  const progress = new Progress(files.length, options.log);
  try {
    await runPool(
      files,
      { ocr: options.ocr, maxBytes: options.maxBytes, checklist: options.checklist, split: options.split, allFigures: options.allFigures },
      options,
      async (documents) => {
        for (const document of documents) {
          await output.add(document);
          records.push(document.summary);
          progress.document(document.summary);
        }
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
