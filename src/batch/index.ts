// Runs a whole batch: finds the documents, analyses them in the worker pool, writes the outputs into the run's
// own folder as they come, and publishes the run when it ends (interrupted runs never replace complete ones).
import { readFileSync } from 'node:fs';
import type { DocumentRecord, DocumentSummary } from '../model/document.js';
import { RUN_SCHEMA, type RunSummary } from '../model/run.js';
import { OutputCollector, renderDocument, type OutputKind, type RenderedDocument } from '../output/index.js';
import { textPath } from '../output/documents.js';
import { readPlacedLine } from '../output/parts.js';
import { createRunFolder, newRunId, publishRun } from '../output/run-folder.js';
import type { AnalyzeOptions } from '../pipeline.js';
import { storeHistory, writeReport } from '../report/index.js';
import type { RunSession } from '../store/session.js';
import { discover, type DiscoverOptions } from './discover.js';
import { displayName } from './display-name.js';
import { checkOutDir, unwritable } from './out-dir.js';
import { runPool, type PoolOptions } from './pool.js';
import { Progress, type LogMode } from './progress.js';
import { reuseInputOf, type ReuseInput } from '../reuse/index.js';
import { normalize } from '../normalize/index.js';
import { runReuseStage, type ReuseStageOptions } from './reuse.js';

export { UsageError } from './discover.js';

export interface BatchOptions extends AnalyzeOptions, PoolOptions {
  outDir: string;
  log: LogMode;
  /** The store's side of this run: unchanged files reuse their stored results, analysed ones are saved. */
  session?: RunSession;
  /** Which output files to write. @default all */
  outputs?: readonly OutputKind[];
  /** Follow symbolic links leading outside the input folders. @default false */
  followSymlinks?: boolean;
  /** Replaces folder reading in discovery (tests). */
  readFolder?: DiscoverOptions['readFolder'];
  /** Join page images of one stem (`报告_1.jpg`, `报告_2.jpg`) into one document. */
  groupImages?: boolean;
  /** Write the HTML report (<out>/report/) after the other outputs. @default true */
  report?: boolean;
  /** Reuse detection over the batch (with templates and history); off only when `false`. */
  reuse?: ReuseStageOptions | false;
}

export { DEFAULT_POOL_OPTIONS } from './defaults.js';

export interface BatchResult {
  /** One summary per document, in path order. */
  records: DocumentSummary[];
  interrupted: boolean;
  seconds: number;
  /** What run.json says. */
  run: RunSummary;
  /** Where this run's files are: <out>/runs/<run id>. */
  runFolder: string;
  /** The HTML report's index.html in the run's folder, null when it was not written. */
  report: string | null;
}

/** The whole record and text of record of a finished document, from its lines or from its worker's files. */
function storedOf(document: RenderedDocument, partsDir: string, runFolder: string): { record: DocumentRecord; text: string } {
  if ('lines' in document) return { record: JSON.parse(document.lines[0]!) as DocumentRecord, text: document.text };
  const record = JSON.parse(readPlacedLine(partsDir, document.placement, 0)) as DocumentRecord;
  return { record, text: record.status === 'ok' ? readFileSync(textPath(runFolder, record.id), 'utf8') : '' };
}

/** A stored document's reuse text, made again from its text of record so that it joins this run's reuse stage. */
function storedReuseInput(record: DocumentRecord, text: string): ReuseInput | undefined {
  if (record.status !== 'ok') return undefined;
  return reuseInputOf({ id: record.id, path: record.path, kind: 'batch', unit: record.unit?.text ?? null }, text, normalize(text));
}

export async function runBatch(inputs: string[], options: BatchOptions, signal?: AbortSignal): Promise<BatchResult> {
  const started = new Date();
  await checkOutDir(options.outDir);
  const { files, skipped, warnings } = await discover(inputs, { followSymlinks: options.followSymlinks, exclude: [options.outDir], readFolder: options.readFolder, groupImages: options.groupImages });
  const runId = newRunId(started);
  const runFolder = await createRunFolder(options.outDir, runId).catch((e: unknown) => {
    throw unwritable(options.outDir, e);
  });
  const output = new OutputCollector(runFolder, options.outputs);
  await output.start();
  const records: DocumentSummary[] = [];
  const finished = new Set<string>();
  const reuseInputs: ReuseInput[] = [];
  const progress = new Progress(files.length, options.log);
  const take = async (documents: RenderedDocument[]) => {
    for (const document of documents) {
      await output.add(document);
      records.push(document.summary);
      if (document.reuse) reuseInputs.push(document.reuse);
      progress.document(document.summary);
    }
  };
  try {
    if (!signal?.aborted) {
      const { reused, fresh } = options.session ? await options.session.sortOut(files) : { reused: [], fresh: files };
      for (const { path, parts } of reused) {
        await take(parts.map((p) => ({ ...renderDocument(p.record, p.text), reuse: options.reuse === false ? undefined : storedReuseInput(p.record, p.text) })));
        finished.add(path);
      }
      await runPool(
        fresh,
        { ocr: options.ocr, maxBytes: options.maxBytes, checklist: options.checklist, split: options.split, allFigures: options.allFigures },
        options,
        async (documents, input) => {
          // The documents.jsonl line is the whole record: the store keeps it, committed before the run publishes.
          await options.session?.save(documents.map((d) => storedOf(d, output.partsDir, runFolder)));
          await take(documents);
          finished.add(input.path);
        },
        signal,
        { outDir: runFolder, partsDir: output.partsDir },
      );
    }
  } finally {
    progress.end();
  }
  if (options.reuse !== false && !signal?.aborted) {
    const analyzeOptions = { ocr: options.ocr, maxBytes: options.maxBytes, checklist: options.checklist };
    await runReuseStage(reuseInputs, output, options.reuse ?? {}, analyzeOptions, options);
  }
  await output.finish();
  // The report is part of the run: it is published (and replaced) with the run's other outputs. Units' histories
  // come from the store, which holds tonight's documents by now.
  const report = options.report === false ? null : (await writeReport(runFolder, { histories: options.session && storeHistory(options.session.store) })).path;
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
  return { records, interrupted, seconds: (Date.now() - started.getTime()) / 1000, run, runFolder, report };
}
