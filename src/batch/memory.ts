// Turns heap readings of the batch's threads into the peaks `--log json` reports at the end of a run: the main
// thread's sampled heap, and each worker's committed heap as the worker reads it after every document.
import { getHeapStatistics } from 'node:v8';

/** What a thread's JavaScript memory is: its committed heap plus the buffers it holds outside the heap. */
export function heapBytes(): number {
  const heap = getHeapStatistics();
  return heap.total_heap_size + heap.external_memory;
}

export interface MemoryPeaks {
  /** The main thread's largest committed heap (read every 100 ms while it is idle, and after reuse detection), in MB. */
  mainHeapMb: number;
  /** Each worker's largest committed heap after a document, in MB, in the order the workers started. */
  workerHeapMb: number[];
}

export class MemoryWatch {
  private mainPeak = heapBytes();
  private readonly workers = new Map<number, number>();
  private readonly timer = setInterval(() => this.sample(), 100).unref();

  /** Reads the main thread's heap now: the timer does not fire while the thread is busy (the reuse detection). */
  sample(): void {
    this.mainPeak = Math.max(this.mainPeak, heapBytes());
  }

  /** A worker's reading after a document. */
  worker(id: number, bytes: number): void {
    this.workers.set(id, Math.max(this.workers.get(id) ?? 0, bytes));
  }

  stop(): MemoryPeaks {
    clearInterval(this.timer);
    this.sample();
    const mb = (bytes: number) => Math.round(bytes / 1e6);
    return { mainHeapMb: mb(this.mainPeak), workerHeapMb: [...this.workers.entries()].sort((a, b) => a[0] - b[0]).map(([, bytes]) => mb(bytes)) };
  }
}
