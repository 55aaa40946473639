// Turns memory readings of the batch's processes into the peaks `--log json` reports at the end of a run: the main
// thread's sampled heap and its process's peak resident memory, and each worker's committed heap and its process's
// peak resident memory as the worker reads them after every document.
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
  /** The main process's peak resident memory (its own, without the workers'), in MB. */
  mainRssMb: number;
  /** Each worker process's peak resident memory, in MB, in the order the workers started. */
  workerRssMb: number[];
}

export class MemoryWatch {
  private mainPeak = heapBytes();
  private readonly workers = new Map<number, { heap: number; rss: number }>();
  private readonly timer = setInterval(() => this.sample(), 100).unref();

  /** Reads the main thread's heap now: the timer does not fire while the thread is busy (the reuse detection). */
  sample(): void {
    this.mainPeak = Math.max(this.mainPeak, heapBytes());
  }

  /** A worker's reading after a document: its heap and its process's peak resident memory, in bytes. */
  worker(id: number, bytes: number, rss: number): void {
    const peak = this.workers.get(id);
    this.workers.set(id, { heap: Math.max(peak?.heap ?? 0, bytes), rss: Math.max(peak?.rss ?? 0, rss) });
  }

  stop(): MemoryPeaks {
    clearInterval(this.timer);
    this.sample();
    const mb = (bytes: number) => Math.round(bytes / 1e6);
    const workers = [...this.workers.entries()].sort((a, b) => a[0] - b[0]).map(([, peak]) => peak);
    return {
      mainHeapMb: mb(this.mainPeak),
      workerHeapMb: workers.map((w) => mb(w.heap)),
      mainRssMb: mb(process.resourceUsage().maxRSS * 1024),
      workerRssMb: workers.map((w) => mb(w.rss)),
    };
  }
}
