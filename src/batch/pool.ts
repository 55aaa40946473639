// Runs documents in worker processes with bounded concurrency, a per-document time limit and a heap limit from
// each document's size: a parser that hangs, crashes or runs out of memory costs its document an error record,
// never the batch.
import PQueue from 'p-queue';
import type { DocumentRecord } from '../model/document.js';
import { render, summarize, type RenderedDocument } from '../output/index.js';
import { failedRecord } from '../model/failed-record.js';
import type { AnalyzeOptions } from '../pipeline.js';
import type { InputFile } from './discover.js';
import { contentBytes, heapLimitFor } from './heap-limit.js';
import { takeStarted, type Worker } from './worker-start.js';
import type { WorkerOutput, WorkRequest } from './worker.js';
import type { WorkerUse } from './worker-use.js';

export interface PoolOptions {
  /** Documents analysed at once. @default os.availableParallelism() */
  concurrency: number;
  /** Per-document limit in milliseconds; over it the worker is stopped and the document fails with E_TIMEOUT. */
  timeoutMs: number;
  /**
   * Most heap one worker gets, in MB: a document starts under the limit its size calls for (heap-limit.ts) and
   * runs once more under this one when it runs out of memory there; a document that needs more fails with E_TOO_LARGE.
   */
  memoryMb: number;
  /** The heap limit in MB a document starts under, from its content's size and `memoryMb`. @default heapLimitFor */
  heapLimitMb?: (contentBytes: number, memoryMb: number) => number;
}

export { MIN_MEMORY_MB, startWorkerEarly } from './worker-start.js';

/** The documents one input file became: one, or one per essay of a split compilation. */
export type PoolResult = RenderedDocument[];

/**
 * Which worker analysed a file (numbered as they start), its heap afterwards and its process's peak resident memory
 * so far; both are 0 for a failure.
 */
export interface WorkerHeap {
  worker: number;
  bytes: number;
  rss: number;
  /** The worker's totals so far (documents, busy time, CPU); absent for a failure. */
  use?: WorkerUse;
}

function renderedFailure(record: DocumentRecord): PoolResult {
  return [{ summary: summarize(record), lines: render(record), text: '' }];
}

/** Where the workers write the texts and their part files; each worker started gets a part number of its own. */
export interface PoolOutput {
  outDir: string;
  partsDir: string;
}

/** How one attempt at a document ended: its records, out of memory under the worker's limit, or stopped by the run. */
type Attempt = { result: PoolResult; heap: WorkerHeap } | 'out-of-memory' | null;

class Slot {
  private worker: Worker | undefined;
  /** The current worker's heap limit in MB. */
  private limitMb = 0;

  constructor(
    /** --memory-mb: the most a worker gets, and what a document that ran out of memory under less is retried with. */
    private readonly ceilingMb: number,
    private readonly sizedLimit: (contentBytes: number, memoryMb: number) => number,
    private readonly output: PoolOutput | undefined,
    private readonly nextWorker: () => number,
  ) {}

  /** The current worker's number, which is also the number of its part files. */
  private id = -1;

  private ready: Promise<void> | undefined;
  /** Where the current worker writes its part files: a worker started again gets a part number of its own. */
  private workerOutput: WorkerOutput | undefined;

  /**
   * A started worker with this heap limit; resolves once it has loaded the pipeline. A worker of another limit is
   * replaced: a worker's limit is what its document needs, so that a large document's garbage does not stay.
   */
  private async ensure(limitMb: number): Promise<Worker> {
    if (this.worker && this.limitMb !== limitMb) await this.close();
    if (!this.worker) {
      const { worker, ready } = takeStarted(limitMb);
      this.worker = worker;
      this.limitMb = limitMb;
      this.ready = ready;
      this.id = this.nextWorker();
      this.workerOutput = this.output && { ...this.output, part: this.id };
    }
    await this.ready;
    return this.worker;
  }

  /**
   * The document's records, or null when the run was stopped before it finished (its worker is stopped too). It
   * starts under the heap limit its size calls for; out of memory there, it runs once more under --memory-mb.
   */
  async run(input: InputFile, size: Promise<number>, seq: number, options: AnalyzeOptions, timeoutMs: number, signal?: AbortSignal): Promise<{ result: PoolResult; heap: WorkerHeap } | null> {
    const started = Date.now();
    const sizedMb = Math.min(this.ceilingMb, this.sizedLimit(await size, this.ceilingMb));
    const first = await this.attempt(input, seq, options, timeoutMs, sizedMb, signal);
    const done = first === 'out-of-memory' && sizedMb < this.ceilingMb ? await this.attempt(input, seq, options, timeoutMs, this.ceilingMb, signal) : first;
    if (done !== 'out-of-memory') return done;
    const record = failedRecord(input.path, undefined, { code: 'E_TOO_LARGE', message: `${input.path} needs more than ${this.ceilingMb} MB to read; raise --memory-mb or split the file.` }, Date.now() - started);
    return { result: renderedFailure(record), heap: { worker: this.id, bytes: 0, rss: 0 } };
  }

  private async attempt(input: InputFile, seq: number, options: AnalyzeOptions, timeoutMs: number, limitMb: number, signal?: AbortSignal): Promise<Attempt> {
    let worker: Worker;
    try {
      worker = await this.ensure(limitMb);
    } catch (e) {
      this.worker = undefined;
      throw e; // the pipeline itself does not load: a bug or a broken install, not a bad document
    }
    const started = Date.now();
    const id = this.id;
    return new Promise<Attempt>((resolve) => {
      const child = worker.process;
      const done = (result: PoolResult | null | 'out-of-memory', broken: boolean, bytes = 0, rss = 0, use?: WorkerUse) => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        child.off('message', onMessage);
        child.off('error', onError);
        child.off('close', onClose);
        if (broken) {
          this.worker = undefined;
          void worker.terminate();
        }
        resolve(result === 'out-of-memory' ? result : result && { result, heap: { worker: id, bytes, rss, use } });
      };
      const fail = (code: DocumentRecord['error'] & object, broken: boolean) =>
        done(renderedFailure(failedRecord(input.path, undefined, code, Date.now() - started)), broken);
      const onMessage = (message: { seq: number; documents: RenderedDocument[]; heap: number; rss: number; use: WorkerUse }) => {
        if (message.seq === seq) done(message.documents, false, message.heap, message.rss, message.use);
      };
      const onError = (error: Error) =>
        fail({ code: 'E_INTERNAL', message: `wenshen crashed on ${input.path}: ${error.message}; please report it with this file.`, stack: error.stack }, true);
      const onClose = (exitCode: number | null, exitSignal: string | null) => {
        if (worker.ranOutOfMemory()) return done('out-of-memory', true);
        fail({ code: 'E_INTERNAL', message: `the worker reading ${input.path} stopped (${exitSignal ? `signal ${exitSignal}` : `exit code ${exitCode}`}); please report it with this file.` }, true);
      };
      const timer = setTimeout(
        () =>
          fail({ code: 'E_TIMEOUT', message: `${input.path} took longer than ${Math.round(timeoutMs / 1000)} s and was stopped; raise --timeout if it is a long scanned report.` }, true),
        timeoutMs,
      );
      const onAbort = () => done(null, true);
      signal?.addEventListener('abort', onAbort, { once: true });
      if (signal?.aborted) return onAbort();
      child.on('message', onMessage);
      child.on('error', onError);
      child.on('close', onClose);
      const request: WorkRequest = { seq, file: input.file, path: input.path, options, pages: input.pages, output: this.workerOutput };
      child.send(request);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }
}

/**
 * Resolves after the microtasks queued so far: a slot that is done passes its next document to its worker in
 * microtasks, and a result's store inserts (synchronous) would otherwise run before them while the worker waits.
 */
const afterDispatch = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Analyses every input, calling `onResult` as each finishes (in completion order). Inputs that come one at a time
 * (an async iterable) start as they come, in up to `concurrency` workers, each started at its first document.
 */
export async function runPool(
  inputs: InputFile[] | AsyncIterable<InputFile>,
  analyzeOptions: AnalyzeOptions,
  options: PoolOptions,
  onResult: (result: PoolResult, input: InputFile, heap: WorkerHeap) => void | Promise<void>,
  signal?: AbortSignal,
  output?: PoolOutput,
): Promise<void> {
  let workers = 0;
  const known = Array.isArray(inputs) ? inputs : undefined;
  const slots = Array.from({ length: Math.max(1, Math.min(options.concurrency, known?.length ?? options.concurrency)) }, () => new Slot(options.memoryMb, options.heapLimitMb ?? heapLimitFor, output, () => workers++));
  const idle = [...slots];
  const queue = new PQueue({ concurrency: slots.length });
  // Each document's size (its heap limit) is read as it is queued, a few at a time: a worker that is done is
  // given its next document at once, not after the file's stat and zip directory are read (each document's wait
  // between two documents was 0.2 s on a loaded machine).
  const sizing = new PQueue({ concurrency: slots.length });
  signal?.addEventListener('abort', () => (queue.clear(), sizing.clear()), { once: true });
  let failure: unknown;
  const fail = (e: unknown) => {
    // Writing a result failed (disk full, output removed): stop taking documents, keep what is written.
    failure ??= e;
    queue.clear();
    sizing.clear();
  };
  // Results are taken one at a time in completion order, apart from the slots: a worker starts its next document
  // while the main thread still stores the last one.
  let taken: Promise<void> = Promise.resolve();
  let next = 0;
  const enqueue = (input: InputFile) => {
    const seq = next++;
    // Read once, by the sizing queue or by the document's turn if that comes first (contentBytes never rejects:
    // an unreadable file is the worker's to report).
    let reading: Promise<number> | undefined;
    const size = () => (reading ??= contentBytes(input));
    void sizing.add(size);
    void queue.add(async () => {
      if (signal?.aborted || failure) return;
      const slot = idle.pop()!;
      try {
        const done = await slot.run(input, size(), seq, analyzeOptions, options.timeoutMs, signal);
        if (done) taken = taken.then(afterDispatch).then(() => onResult(done.result, input, done.heap)).catch(fail);
      } catch (e) {
        fail(e);
      } finally {
        idle.push(slot);
      }
    });
  };
  try {
    if (known) known.forEach(enqueue);
    else {
      for await (const input of inputs) {
        if (signal?.aborted || failure) break;
        enqueue(input);
      }
    }
    await queue.onIdle();
    await taken;
    if (failure) throw failure;
  } finally {
    await Promise.all(slots.map((slot) => slot.close()));
  }
}
