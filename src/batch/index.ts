// Runs a whole batch: finds the documents, analyses them in the worker pool, writes the outputs as they come.
import { availableParallelism } from 'node:os';
import type { DocumentRecord } from '../model/document.js';
import { DocumentsWriter, WRITERS } from '../output/index.js';
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
  records: DocumentRecord[];
  interrupted: boolean;
  seconds: number;
}

export async function runBatch(inputs: string[], options: BatchOptions, signal?: AbortSignal): Promise<BatchResult> {
  const started = Date.now();
  const files = await discover(inputs);
  const writer = new DocumentsWriter(options.outDir);
  await writer.start();
  const progress = new Progress(files.length, options.log);
  try {
    await runPool(
      files,
      { ocr: options.ocr, maxBytes: options.maxBytes },
      options,
      async ({ record, text }) => {
        await writer.add(record, text);
        progress.document(record);
      },
      signal,
    );
  } finally {
    progress.end();
  }
  const records = await writer.finish();
  for (const write of WRITERS) await write(options.outDir, records);
  return { records, interrupted: signal?.aborted ?? false, seconds: (Date.now() - started) / 1000 };
}
