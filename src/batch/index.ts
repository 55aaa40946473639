// Runs a whole batch: finds the documents, analyses them in the worker pool, writes the outputs into the run's
// own folder as they come, and publishes the run when it ends (interrupted runs never replace complete ones).
import { availableParallelism } from 'node:os';
import type { DocumentSummary } from '../model/document.js';
import { RUN_SCHEMA, type RunSummary } from '../model/run.js';
import { OutputCollector } from '../output/index.js';
import { createRunFolder, newRunId, publishRun } from '../output/run-folder.js';
import type { AnalyzeOptions } from '../pipeline.js';
import { discover, type DiscoverOptions } from './discover.js';
import { displayName } from './display-name.js';
import { checkOutDir, unwritable } from './out-dir.js';
import { runPool, type PoolOptions } from './pool.js';
import { Progress, type LogMode } from './progress.js';

export { UsageError } from './discover.js';

export interface BatchOptions extends AnalyzeOptions, PoolOptions {
  outDir: string;
  log: LogMode;
  /** Follow symbolic links leading outside the input folders. @default false */
  followSymlinks?: boolean;
  /** Replaces folder reading in discovery (tests). */
  readFolder?: DiscoverOptions['readFolder'];
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
  /** What run.json says. */
  run: RunSummary;
  /** Where this run's files are: <out>/runs/<run id>. */
  runFolder: string;
}

export async function runBatch(inputs: string[], options: BatchOptions, signal?: AbortSignal): Promise<BatchResult> {
  const started = new Date();
  await checkOutDir(options.outDir);
  const { files, skipped, warnings } = await discover(inputs, { followSymlinks: options.followSymlinks, exclude: [options.outDir], readFolder: options.readFolder });
  const runId = newRunId(started);
  const runFolder = await createRunFolder(options.outDir, runId).catch((e: unknown) => {
    throw unwritable(options.outDir, e);
  });
  const output = new OutputCollector(runFolder);
  await output.start();
  const records: DocumentSummary[] = [];
  const finished = new Set<string>();
  const progress = new Progress(files.length, options.log);
  try {
    if (!signal?.aborted) {
      await runPool(
        files,
        { ocr: options.ocr, maxBytes: options.maxBytes, checklist: options.checklist, split: options.split, allFigures: options.allFigures },
        options,
        async (documents, input) => {
          for (const document of documents) {
            await output.add(document);
            records.push(document.summary);
            progress.document(document.summary);
          }
          finished.add(input.path);
        },
        signal,
      );
    }
  } finally {
    progress.end();
  }
  await output.finish();
  records.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const unfinished = files.filter((f) => !finished.has(f.path)).map((f) => f.path);
  const interrupted = (signal?.aborted ?? false) && unfinished.length > 0;
  const failed = records.filter((r) => r.status === 'failed').length;
  const run: RunSummary = {
    schema: RUN_SCHEMA,
    status: interrupted ? 'interrupted' : 'complete',
    runId,
    startedAt: started.toISOString(),
    endedAt: new Date().toISOString(),
    inputs: inputs.map((input) => displayName(input)),
    counts: { found: files.length, records: records.length, ok: records.length - failed, failed, unfinished: unfinished.length, skipped: skipped.length },
    unfinished,
    skipped,
    warnings,
  };
  await publishRun(options.outDir, runId, run);
  return { records, interrupted, seconds: (Date.now() - started.getTime()) / 1000, run, runFolder };
}
