// Aligns the reuse stage's candidate pairs in worker threads, so that every core aligns while the main thread
// only chooses the pairs and resolves each document's sources. A thread that fails leaves its pairs to the main
// thread: the results are the same, only slower.
import { Worker } from 'node:worker_threads';
import { alignPair, packPassages, type PackedPairs, type PairAligner, type ReuseParams } from '../reuse/index.js';
import type { FingerprintFrequency } from '../reuse/detect.js';
import type { ReuseEntry } from '../reuse/entry.js';
import type { AlignReply, AlignRequest, SentEntry } from './align-worker.js';
import { threadEntry } from '../thread-entry.js';

const ENTRY = threadEntry(import.meta.url, 'align-worker');

interface Job {
  pairs: [ReuseEntry, ReuseEntry][];
  frequency: FingerprintFrequency;
  params: ReuseParams;
  resolve: (packed: PackedPairs) => void;
  reject: (error: unknown) => void;
}

/** Aligns a job in this thread, as a worker would. */
function alignHere(job: Job): void {
  try {
    job.resolve(packPassages(job.pairs.map(([a, b]) => alignPair(a, b, job.params, job.frequency))));
  } catch (e) {
    job.reject(e);
  }
}

/** A typed array on a buffer of its own: a view sends its whole buffer along. */
function own<T extends Uint8Array | Uint16Array | Uint32Array>(array: T): T {
  return array.byteOffset === 0 && array.byteLength === array.buffer.byteLength ? array : (array.slice() as T);
}

function sent(entry: ReuseEntry): SentEntry {
  return {
    number: entry.number,
    text: { chars: own(entry.text.chars) },
    mask: own(entry.mask),
    fingerprints: { hashes: own(entry.fingerprints.hashes), positions: own(entry.fingerprints.positions) },
    byHash: { hashes: own(entry.byHash.hashes), positions: own(entry.byHash.positions) },
  };
}

/**
 * Requests a thread holds at once: it answers them in the order sent, and the second keeps it aligning while the
 * main thread takes in the first's answer and resolves documents (with one, each thread idled that long).
 */
const JOBS_PER_THREAD = 2;

class AlignThread {
  readonly worker: Worker;
  /** Entries this thread holds, by number. */
  readonly holds = new Set<number>();
  /** The frequency this thread was set up with. */
  setUpFor: FingerprintFrequency | undefined;
  /** The requests sent and not answered yet, oldest first. */
  readonly jobs: Job[] = [];
  alive = true;

  constructor(memoryMb: number, onReply: (thread: AlignThread, packed: PackedPairs) => void, onFailure: (thread: AlignThread) => void) {
    this.worker = new Worker(ENTRY, { resourceLimits: { maxOldGenerationSizeMb: memoryMb } });
    this.worker.on('message', (reply: AlignReply) => onReply(this, reply.packed));
    this.worker.on('error', () => onFailure(this));
    this.worker.on('exit', () => onFailure(this));
  }

  send(job: Job, seq: number): void {
    this.jobs.push(job);
    const entries: SentEntry[] = [];
    const pairs = new Uint32Array(2 * job.pairs.length);
    job.pairs.forEach(([a, b], i) => {
      pairs[2 * i] = a.number;
      pairs[2 * i + 1] = b.number;
      for (const entry of [a, b]) {
        if (this.holds.has(entry.number)) continue;
        this.holds.add(entry.number);
        entries.push(sent(entry));
      }
    });
    const setup = this.setUpFor === job.frequency ? undefined : { frequency: job.frequency.hashes(), params: job.params };
    this.setUpFor = job.frequency;
    this.worker.postMessage({ seq, setup, entries, pairs } satisfies AlignRequest, [pairs.buffer]);
  }
}

/** One detection's aligner: `count` threads, started at the first request, stopped by `close`. */
export class WorkerPairAligner implements PairAligner {
  private readonly queue: Job[] = [];
  private threads: AlignThread[] | undefined;
  private seq = 0;

  constructor(
    readonly parallelism: number,
    private readonly memoryMb: number,
  ) {}

  align(pairs: [ReuseEntry, ReuseEntry][], frequency: FingerprintFrequency, params: ReuseParams): Promise<PackedPairs> {
    return new Promise((resolve, reject) => {
      this.queue.push({ pairs, frequency, params, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    this.threads ??= Array.from({ length: this.parallelism }, () => new AlignThread(this.memoryMb, this.onReply, this.onFailure));
    const live = this.threads.filter((t) => t.alive);
    if (live.length === 0) {
      for (let job = this.queue.shift(); job; job = this.queue.shift()) alignHere(job);
      return;
    }
    // Round by round, so that the requests spread over the threads before any holds a second.
    for (let held = 0; held < JOBS_PER_THREAD; held++) {
      for (const thread of live) {
        if (thread.jobs.length > held || this.queue.length === 0) continue;
        thread.send(this.queue.shift()!, this.seq++);
      }
    }
  }

  private readonly onReply = (thread: AlignThread, packed: PackedPairs) => {
    thread.jobs.shift()?.resolve(packed);
    this.dispatch();
  };

  private readonly onFailure = (thread: AlignThread) => {
    if (!thread.alive) return;
    thread.alive = false;
    for (let job = thread.jobs.shift(); job; job = thread.jobs.shift()) alignHere(job);
    void thread.worker.terminate();
    this.dispatch();
  };

  async close(): Promise<void> {
    const threads = this.threads ?? [];
    this.threads = [];
    for (const thread of threads) thread.alive = false;
    await Promise.all(threads.map((t) => t.worker.terminate()));
  }
}
