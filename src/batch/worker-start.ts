// Starts the pipeline's workers, apart from the pool so that the command line can start the first one before it
// loads anything else itself. A worker is a child process, not a thread: a document that runs out of memory or
// crashes a native module takes only its own process down (V8 aborts the whole process when a worker thread's heap
// runs out in a long allocation, nodejs/node#47224), and the pool gives it its error record.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { UsageError } from './discover.js';
import { heapLimitFor } from './heap-limit.js';
import { threadEntry } from '../thread-entry.js';

/** Below this a worker cannot load the dictionaries and the tokenizer. */
export const MIN_MEMORY_MB = 256;

const ENTRY = fileURLToPath(threadEntry(import.meta.url, 'worker'));

/**
 * The young generation's half, in MB (V8's default is 16). A document's parsing makes much short-lived garbage:
 * at 32 the worker's minor collections halve (345 -> 177 over the bench's 200 documents) for about 30 MB more
 * resident memory; at 64 they are fewer still but each copies more, and cost as much time as at 16.
 */
const SEMI_SPACE_MB = 32;

/** What V8 prints when a heap runs out: the worker's process ended for lack of memory. */
const OUT_OF_MEMORY = /heap out of memory|Allocation failed/;

/** A worker process of the pipeline and the promise that it has loaded it. */
export interface StartedWorker {
  worker: Worker;
  ready: Promise<void>;
  memoryMb: number;
}

/** A worker process, with what it said on stderr kept to tell a lack of memory from a crash. */
export class Worker {
  /** The end of the worker's stderr (V8's out-of-memory report goes there; it is not passed on). */
  private stderrTail = '';
  private silenced = false;
  readonly exited: Promise<void>;

  constructor(readonly process: ChildProcess) {
    // 'close' comes once the process has ended and its stderr is read to the end.
    this.exited = new Promise((resolve) => process.once('close', () => resolve()));
    process.stderr?.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      this.stderrTail = (this.stderrTail + text).slice(-8192);
      // V8's report of a heap that ran out starts so; what the worker writes before it is passed on.
      if (text.includes('<--- Last few GCs --->')) this.silenced = true;
      if (!this.silenced) globalThis.process.stderr.write(chunk);
    });
  }

  /** Whether the worker ended because its heap ran out (once it has exited). */
  ranOutOfMemory(): boolean {
    return OUT_OF_MEMORY.test(this.stderrTail);
  }

  /** Stops the worker at once; resolves when it has exited. */
  async terminate(): Promise<void> {
    if (this.process.exitCode === null && this.process.signalCode === null) this.process.kill('SIGKILL');
    await this.exited;
  }
}

function startWorker(memoryMb: number): StartedWorker {
  const child = fork(ENTRY, [], {
    // The heap limit is the process's own; nothing else of this process's options (a profiler, a loader) carries over.
    execArgv: [`--max-old-space-size=${memoryMb}`, `--max-semi-space-size=${SEMI_SPACE_MB}`],
    serialization: 'advanced', // structured clone, as between threads: Buffers, typed arrays
    stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
  });
  const worker = new Worker(child);
  const ready = new Promise<void>((resolve, reject) => {
    const onMessage = (message: { ready?: boolean }) => {
      if (!message?.ready) return;
      child.off('message', onMessage);
      child.off('close', onExit);
      child.off('error', onError);
      resolve();
    };
    const onExit = (code: number | null, signal: string | null) =>
      reject(worker.ranOutOfMemory() ? new UsageError(`--memory-mb ${memoryMb} is too small to start a worker; use at least ${MIN_MEMORY_MB}`) : new Error(`a worker stopped while loading the pipeline (${signal ?? `exit code ${code}`})`));
    const onError = (error: Error) => reject(error);
    child.on('message', onMessage);
    child.once('close', onExit);
    child.once('error', onError);
  });
  // Settled here too, so that a started worker nobody takes never leaves an unhandled rejection behind.
  ready.catch(() => undefined);
  return { worker, ready, memoryMb };
}

/** Lets the process end without waiting for the worker (its channel and its stderr), or makes it wait again. */
function keepAlive(worker: Worker, keep: boolean): void {
  const handles = [worker.process, worker.process.channel, worker.process.stderr] as ({ ref(): void; unref(): void } | null | undefined)[];
  for (const handle of handles) {
    if (keep) handle?.ref();
    else handle?.unref();
  }
}

// Loading the pipeline takes a worker about half a second: the command line starts one while it does its own start-up.
const started: StartedWorker[] = [];

/**
 * Starts a worker now, so that it loads the pipeline while the main thread does its own start-up; the next pool
 * takes it when its first document calls for the same heap limit. It does not keep the process alive while nobody
 * has taken it. `memoryMb` is --memory-mb, the most a worker gets.
 */
export function startWorkerEarly(memoryMb: number): void {
  // Under the limit of a document of the usual size: the first document is most likely one (heap-limit.ts).
  const early = startWorker(heapLimitFor(0, memoryMb));
  keepAlive(early.worker, false);
  started.push(early);
}

/** A started worker of that heap limit: one started early, or a new one. */
export function takeStarted(memoryMb: number): StartedWorker {
  const at = started.findIndex((s) => s.memoryMb === memoryMb);
  if (at < 0) return startWorker(memoryMb);
  const [early] = started.splice(at, 1);
  keepAlive(early!.worker, true);
  return early!;
}
