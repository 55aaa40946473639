// Runs a whole batch: finds the documents, analyses them in the worker pool, writes the outputs into the run's
// own folder as they come (or, when nothing they are made of changed, takes the last run's: carry-over.ts), and
// publishes the run when it ends (interrupted runs never replace complete ones).
import { readFileSync } from 'node:fs';
import type { DocumentRecord, DocumentSummary } from '../model/document.js';
import type { RunSummary } from '../model/run.js';
import { RUN_SCHEMA } from '../model/vocabulary.js';
import { OutputCollector, renderDocument, type OutputKind, type RenderedDocument } from '../output/index.js';
import { textPath } from '../output/documents.js';
import { readPlacedLine } from '../output/parts.js';
import { createRunFolder, newRunId, publishRun } from '../output/run-folder.js';
import type { AnalyzeOptions } from '../pipeline.js';
import { withoutReuse, type AmendedRecord, type RunSession, type StoredPart } from '../store/session.js';
import { Handover } from './handover.js';
import { discover, type DiscoverOptions, type InputFile } from './discover.js';
import type { runPool } from './pool.js';
import { displayName } from './display-name.js';
import { checkOutDir, unwritable } from './out-dir.js';
import type { PoolOptions } from './pool.js';
import { Progress, type LogMode } from './progress.js';
import { MemoryWatch, type MemoryPeaks } from './memory.js';
import { WorkerUseWatch } from './worker-use.js';
import type { ReuseInput } from '../reuse/index.js';
import type { ReuseStageOptions } from './reuse.js';
import { carryOver, carrySource, outputShape, writeSummaries } from './carry-over.js';
import { join } from 'node:path';

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
  /**
   * Called once when the batch knows it has files to analyse, before it analyses the first (the command line
   * starts loading the pipeline then; an unchanged re-run never loads it).
   */
  onAnalysis?: () => void | Promise<void>;
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
  /** The largest heaps of the main thread and of each worker (`--log json` prints them). */
  memory: MemoryPeaks;
}

/**
 * The whole record and text of record of a finished document, from its lines or from its worker's files; the
 * documents.jsonl line is the record's JSON, which the store keeps as it is.
 */
function storedOf(document: RenderedDocument, partsDir: string, runFolder: string): { record: DocumentRecord; text: string; json: string } {
  const line = 'lines' in document ? document.lines[0]! : readPlacedLine(partsDir, document.placement, 0);
  const record = JSON.parse(line) as DocumentRecord;
  const json = line.endsWith('\n') ? line.slice(0, -1) : line;
  if ('lines' in document) return { record, text: document.text, json };
  return { record, text: record.status === 'ok' ? readFileSync(textPath(runFolder, record.id), 'utf8') : '', json };
}

/** A stored record whose reuse stands, rendered as the reuse stage wrote it (see runReuseStage). */
function renderKept(record: DocumentRecord, text: string, withReuseField: (line: string, reuse: NonNullable<DocumentRecord['reuse']>) => string): RenderedDocument {
  if (!record.reuse || record.reuse.passages.length > 0) return renderDocument(record, text);
  const rendered = renderDocument(withoutReuse(record), text);
  const lines = 'lines' in rendered ? [...rendered.lines] : [];
  lines[0] = withReuseField(lines[0]!, record.reuse);
  return { ...rendered, summary: { ...rendered.summary, reuse: record.reuse }, lines };
}

/** Stored documents' reuse inputs: their kept reuse texts, else made again from their texts of record. */
async function storedReuseInputs(parts: StoredPart[], session: RunSession | undefined): Promise<ReuseInput[]> {
  const kept = session ? await session.reuseInputs(parts) : [];
  const [{ reuseInputOf }, { normalize }] = await Promise.all([import('../reuse/index.js'), import('../normalize/index.js')]);
  return parts.flatMap((p, i) => {
    if (p.record.status !== 'ok') return [];
    const input = kept[i] ?? reuseInputOf({ id: p.record.id, path: p.record.path, kind: 'batch', unit: p.record.unit?.text ?? null }, p.text, normalize(p.text));
    return [input];
  });
}

/**
 * Every document's final documents.jsonl record, once the reuse stage has amended them, one at a time and each
 * after a turn of the event loop (the store takes them while the report's threads are kept busy).
 */
async function* finalRecords(output: OutputCollector): AsyncGenerator<AmendedRecord> {
  for (const e of output.entries()) {
    await new Promise<void>((resolve) => setImmediate(resolve));
    yield { record: JSON.parse('lines' in e ? e.lines[0]! : readPlacedLine(output.partsDir, e.placement, 0)) as DocumentRecord };
  }
}

/** The worker pool over the files to analyse, loaded only when there are some: it brings the pipeline. */
async function analyse(
  inputs: InputFile[] | AsyncIterable<InputFile>,
  analyzeOptions: AnalyzeOptions,
  poolOptions: PoolOptions,
  onResult: Parameters<typeof runPool>[3],
  signal?: AbortSignal,
  output?: Parameters<typeof runPool>[5],
): Promise<void> {
  if (Array.isArray(inputs) && inputs.length === 0) return;
  const { runPool } = await import('./pool.js');
  await runPool(inputs, analyzeOptions, poolOptions, onResult, signal, output);
}

export async function runBatch(inputs: string[], options: BatchOptions, signal?: AbortSignal): Promise<BatchResult> {
  const started = new Date();
  const memory = new MemoryWatch();
  const workerUse = new WorkerUseWatch();
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
  const storedParts: StoredPart[] = [];
  let replayReuse = false;
  /** The run whose files this one took over, when nothing they are made of changed. */
  let carriedFrom: string | null = null;
  /** What the run's files are made of (see RunSession.outputKey): known early when every file is unchanged. */
  let outputKey: string | null = null;
  const shape = outputShape(options);
  const reuseContext = options.reuse === false ? false : { templates: options.reuse?.templates };
  /** The store's side of the reuse stage, done while the outputs and the report are written. */
  let storing: Promise<void> = Promise.resolve();
  /** The report's records on their way to the store, when the report is written (it reads them anyway). */
  let toStore: Handover<AmendedRecord> | undefined;
  const progress = new Progress(files.length, options.log);
  let phaseStart = Date.now();
  let phaseCpu = process.cpuUsage();
  const phaseEnded = (name: string) => {
    const cpu = process.cpuUsage(phaseCpu);
    progress.phase(name, (Date.now() - phaseStart) / 1000, Math.round((cpu.user + cpu.system) / 1e3) / 1e3);
    phaseStart = Date.now();
    phaseCpu = process.cpuUsage();
  };
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
      let loading: Promise<void> | undefined;
      const analysis = () => {
        if (!loading) (loading = Promise.resolve(options.onAnalysis?.())).catch(() => undefined);
        return loading;
      };
      // The pool starts at the first file to analyse and takes each as the store sorts it out: the workers read
      // while this thread hashes the rest (hashing 200 files kept the second worker waiting 2–4 s).
      const feed = new Handover<InputFile>();
      let pooling: Promise<void> | undefined;
      let sorting: Promise<unknown> = Promise.resolve();
      const toAnalyse = (file: InputFile) => {
        pooling ??= analysis().then(() =>
          analyse(
            feed,
            { ocr: options.ocr, maxBytes: options.maxBytes, checklist: options.checklist, split: options.split, allFigures: options.allFigures },
            options,
            async (documents, input, heap) => {
              memory.worker(heap.worker, heap.bytes, heap.rss);
              workerUse.worker(heap.worker, heap.use);
              // Saved only once every file is sorted out: the store links the reused ones first, as before.
              await sorting;
              // The documents.jsonl line is the whole record: the store keeps it, committed before the run publishes.
              await options.session?.save(documents.map((d) => storedOf(d, output.partsDir, runFolder)));
              await take(documents);
              finished.add(input.path);
            },
            signal,
            { outDir: runFolder, partsDir: output.partsDir },
          ),
        );
        pooling.catch(() => undefined);
        void feed.give(file);
      };
      const sortingOut = options.session ? options.session.sortOut(files, toAnalyse) : Promise.resolve({ reused: [], fresh: files.map((f) => (toAnalyse(f), f)) });
      sorting = sortingOut;
      sorting.catch(() => undefined);
      let sorted: Awaited<typeof sortingOut>;
      try {
        sorted = await sortingOut;
      } catch (e) {
        // The pool stops taking results (they wait for the sorting) and its workers end before the error goes up.
        feed.end();
        await pooling?.catch(() => undefined);
        throw e;
      }
      feed.end();
      // Nothing reuse depends on changed: the stored records, reuse included, are tonight's results.
      replayReuse = options.reuse !== false && options.session !== undefined && (await options.session.reuseUnchanged(sorted.reused, options.reuse?.templates));
      // Nothing the files depend on changed either: the last complete run's files are tonight's.
      const unchanged = options.session !== undefined && sorted.fresh.length === 0 && (replayReuse || options.reuse === false);
      if (unchanged) outputKey = await options.session!.outputKey(reuseContext, shape);
      const source = outputKey ? carrySource(options.outDir, outputKey) : null;
      if (source) {
        records.push(...carryOver(source, runFolder));
        // Each document is still logged (cron logs count the `document` events), as a re-run that writes would.
        for (const record of records) progress.document(record);
        for (const file of files) finished.add(file.path);
        carriedFrom = source.runId;
      }
      if (!source && sorted.fresh.length > 0) await analysis();
      const reused = source ? [] : options.session ? await options.session.load(sorted.reused) : [];
      const withReuseField = replayReuse && reused.length > 0 ? (await import('./reuse.js')).withReuseField : undefined;
      for (const { path, parts } of reused) {
        await take(parts.map((p) => (replayReuse ? renderKept(p.record, p.text, withReuseField!) : renderDocument(withoutReuse(p.record), p.text))));
        storedParts.push(...parts);
        finished.add(path);
      }
      await pooling;
    }
  } finally {
    progress.end();
  }
  phaseEnded('analysis');
  progress.workers(workerUse.shares());
  if (options.reuse !== false && !signal?.aborted && !carriedFrom) {
    const reuse = options.reuse ?? {};
    const session = options.session;
    if (replayReuse && session) {
      const pairs = await session.storedPairs(storedParts);
      const { citedSource, writeKeptReuseOutputs } = await import('../output/reuse.js');
      const kept = storedParts.filter((p) => p.record.reuse).map((p) => ({ id: p.record.id, path: p.record.path, passages: p.record.reuse!.passages, pairs: pairs.get(p.record.id) ?? [] }));
      const cited = new Set(kept.flatMap((k) => k.passages.filter((p) => citedSource(p.source.kind, p.source.id)).map((p) => p.source.id)));
      await writeKeptReuseOutputs(runFolder, kept, await session.sourceTexts([...cited]));
    } else {
      const analyzeOptions = { ocr: options.ocr, maxBytes: options.maxBytes, checklist: options.checklist };
      const batch = [...reuseInputs, ...(await storedReuseInputs(storedParts, session))];
      const stageOptions = { ...reuse, history: reuse.history ?? session?.history, templateCache: reuse.templateCache ?? session?.templates, warnings, afterDetection: () => memory.sample() };
      // Only the pair rows are kept from the detection: the amended lines hold the rest.
      const { runReuseStage } = await import('./reuse.js');
      const { pairs, keepHistory } = await runReuseStage(batch, output, stageOptions, analyzeOptions, options);
      batch.length = 0;
      reuseInputs.length = 0;
      // The store keeps tonight's reuse texts for later nights and what documents.jsonl says (the records as the
      // reuse stage amended them). Neither the other outputs nor the report read them (units' histories are the
      // analysis's), so this thread stores them while the workbook's and the report's threads write: each record
      // as the report has read and parsed it, its line stored as it is. Tonight's batch joins the history first (the
      // report waits for it at its first record): the records' reuse key names the history's documents.
      if (session && options.report !== false) toStore = new Handover<AmendedRecord>();
      const records = toStore ?? finalRecords(output);
      storing = (async () => {
        await keepHistory();
        await session?.saveReuse(records, pairs, reuse.templates);
      })();
      storing.catch(() => undefined);
    }
    phaseEnded('reuse');
  }
  let report: string | null = null;
  if (carriedFrom) report = options.report === false ? null : join(runFolder, 'report', 'index.html');
  else {
    try {
      // The workbook is written in a thread of its own while this one writes the report; the store reads the final
      // records from the part files, kept until it has.
      const { workbook } = await output.finish({ xlsxThread: true, keepParts: true });
      phaseEnded('outputs');
      // The report is part of the run: it is published (and replaced) with the run's other outputs. Units' histories
      // come from the store, which holds tonight's documents by now.
      if (options.report !== false) {
        const { storeHistory, writeReport } = await import('../report/index.js');
        const onDocument = toStore && ((line: string, doc: unknown) => toStore!.give({ record: doc as DocumentRecord, json: line }));
        report = (await writeReport(runFolder, { histories: options.session && storeHistory(options.session.store), threads: options.concurrency, onDocument })).path;
        toStore?.end();
        phaseEnded('report');
      }
      await workbook;
    } catch (e) {
      // The store is left whole (its transaction rolled back) before the error goes up and the caller closes it.
      toStore?.end(e);
      await storing.catch(() => undefined);
      throw e;
    }
    await storing;
    await output.removeParts();
  }
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
    outputKey: interrupted || !options.session ? null : (carriedFrom && outputKey) || (await options.session.outputKey(reuseContext, shape)),
    carriedOverFrom: carriedFrom,
  };
  if (run.outputKey && !carriedFrom) writeSummaries(runFolder, records);
  await publishRun(options.outDir, runId, run);
  const peaks = memory.stop();
  progress.memory(peaks);
  return { records, interrupted, seconds: (Date.now() - started.getTime()) / 1000, run, runFolder, report, memory: peaks };
}
