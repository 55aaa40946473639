// Turns each worker's running totals (documents, busy time, CPU, garbage collection) into the per-worker line that
// `--log json` prints when the analysis ends: whether the workers were kept busy, and what a document cost them.
import { PerformanceObserver, performance } from 'node:perf_hooks';

/** A worker's totals since its process started, as it posts them with every document. */
export interface WorkerUse {
  documents: number;
  /** When the process started and when it had loaded the pipeline, epoch milliseconds. */
  startedAt: number;
  readyAt: number;
  /** When its first document came and its last one was done, epoch milliseconds (0 before the first). */
  firstAt: number;
  lastAt: number;
  /** Wall time spent on documents (analysing, rendering, writing), ms. */
  busyMs: number;
  /** CPU (user + system) of the whole process, and of its documents alone, ms. */
  cpuMs: number;
  busyCpuMs: number;
  /** Time in garbage collection pauses, ms. */
  gcMs: number;
}

/** One worker's share of the analysis phase, in seconds. */
export interface WorkerShare {
  worker: number;
  documents: number;
  /** From the process's start until it had loaded the dictionaries, the tokenizer and the parsers. */
  loadSeconds: number;
  busySeconds: number;
  /** Loaded but without a document, until the analysis ended: in all, before its first document, after its last. */
  idleSeconds: number;
  idleBeforeFirstSeconds: number;
  idleAfterLastSeconds: number;
  cpuSeconds: number;
  /** CPU of its documents alone (without loading), per document. */
  cpuPerDocumentSeconds: number;
  gcSeconds: number;
}

/** The running totals in a worker process. */
export class WorkerUseMeter {
  private readonly use: WorkerUse;
  private gc = 0;

  constructor() {
    const started = Math.round(performance.timeOrigin);
    this.use = { documents: 0, startedAt: started, readyAt: started, firstAt: 0, lastAt: 0, busyMs: 0, cpuMs: 0, busyCpuMs: 0, gcMs: 0 };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) this.gc += entry.duration;
    }).observe({ entryTypes: ['gc'] });
  }

  ready(): void {
    this.use.readyAt = Date.now();
  }

  /** Measures `work` (one document) into the totals. */
  async document<T>(work: () => Promise<T>): Promise<T> {
    const wall = performance.now();
    const cpu = process.cpuUsage();
    if (this.use.firstAt === 0) this.use.firstAt = Date.now();
    try {
      return await work();
    } finally {
      const spent = process.cpuUsage(cpu);
      this.use.documents++;
      this.use.busyMs += performance.now() - wall;
      this.use.busyCpuMs += (spent.user + spent.system) / 1000;
      this.use.lastAt = Date.now();
    }
  }

  totals(): WorkerUse {
    const cpu = process.cpuUsage();
    return { ...this.use, cpuMs: (cpu.user + cpu.system) / 1000, gcMs: this.gc };
  }
}

/** The latest totals of every worker of a run, for the line at the end of the analysis. */
export class WorkerUseWatch {
  private readonly workers = new Map<number, WorkerUse>();

  worker(id: number, use: WorkerUse | undefined): void {
    if (use) this.workers.set(id, use);
  }

  /** Each worker's share, in the order the workers started; idle time runs until `endedAt` (epoch ms). */
  shares(endedAt = Date.now()): WorkerShare[] {
    const s = (ms: number) => Math.round(ms) / 1000;
    return [...this.workers.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([worker, use]) => ({
        worker,
        documents: use.documents,
        loadSeconds: s(use.readyAt - use.startedAt),
        busySeconds: s(use.busyMs),
        idleSeconds: s(Math.max(0, endedAt - use.readyAt - use.busyMs)),
        idleBeforeFirstSeconds: s(Math.max(0, use.firstAt - use.readyAt)),
        idleAfterLastSeconds: s(Math.max(0, endedAt - use.lastAt)),
        cpuSeconds: s(use.cpuMs),
        cpuPerDocumentSeconds: s(use.busyCpuMs / Math.max(1, use.documents)),
        gcSeconds: s(use.gcMs),
      }));
  }
}
