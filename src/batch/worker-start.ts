// Starts the pipeline's worker threads, apart from the pool so that the command line can start the first one
// before it loads anything else itself.
import { Worker } from 'node:worker_threads';
import { UsageError } from './discover.js';
import { heapLimitFor } from './heap-limit.js';

/** Below this a worker cannot load the dictionaries and the tokenizer. */
export const MIN_MEMORY_MB = 256;

// From the sources (tests, scripts) the worker needs tsx's loader; built, it is plain JavaScript.
const ENTRY = import.meta.url.endsWith('.ts') ? new URL('./worker-entry.mjs', import.meta.url) : new URL('./worker.js', import.meta.url);

/** A worker thread of the pipeline and the promise that it has loaded it. */
export interface StartedWorker {
  worker: Worker;
  ready: Promise<void>;
  memoryMb: number;
}

function startWorker(memoryMb: number): StartedWorker {
  const worker = new Worker(ENTRY, { resourceLimits: { maxOldGenerationSizeMb: memoryMb } });
  const ready = new Promise<void>((resolve, reject) => {
    const onMessage = (message: { ready?: boolean }) => {
      if (!message.ready) return;
      worker.off('message', onMessage);
      worker.off('error', onError);
      resolve();
    };
    const onError = (error: Error & { code?: string }) =>
      reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new UsageError(`--memory-mb ${memoryMb} is too small to start a worker; use at least ${MIN_MEMORY_MB}`) : error);
    worker.on('message', onMessage);
    worker.once('error', onError);
  });
  // Settled here too, so that a started worker nobody takes never leaves an unhandled rejection behind.
  ready.catch(() => undefined);
  return { worker, ready, memoryMb };
}

// Loading the pipeline takes a worker about a second: the command line starts one while it does its own start-up.
const started: StartedWorker[] = [];

/**
 * Starts a worker now, so that it loads the pipeline while the main thread does its own start-up; the next pool
 * takes it when its first document calls for the same heap limit. It does not keep the process alive while nobody
 * has taken it. `memoryMb` is --memory-mb, the most a worker gets.
 */
export function startWorkerEarly(memoryMb: number): void {
  // Under the limit of a document of the usual size: the first document is most likely one (heap-limit.ts).
  const early = startWorker(heapLimitFor(0, memoryMb));
  early.worker.unref();
  started.push(early);
}

/** A started worker of that heap limit: one started early, or a new one. */
export function takeStarted(memoryMb: number): StartedWorker {
  const at = started.findIndex((s) => s.memoryMb === memoryMb);
  if (at < 0) return startWorker(memoryMb);
  const [early] = started.splice(at, 1);
  early!.worker.ref();
  return early!;
}
