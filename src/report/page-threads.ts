// Renders the report's document and pair pages in worker threads, so that every core writes pages while the main
// thread reads the records, looks up the units' histories and builds the overview. A thread that fails leaves
// its documents to the main thread: the pages are the same, only slower.
import { Worker } from 'node:worker_threads';
import { writeDocumentPages, type PagesJob } from './document-pages.js';
import type { ReportDocument } from './input.js';
import type { PagesReply, PagesRequest } from './page-thread.js';
import { threadEntry } from '../thread-entry.js';

const ENTRY = threadEntry(import.meta.url, 'page-thread');

/** Documents a thread holds at once: enough to keep it busy between two lines of the main thread. */
const JOBS_PER_THREAD = 4;

interface Pending {
  line: string;
  job: PagesJob;
  resolve: (pairs: number) => void;
}

class PageThread {
  readonly worker = new Worker(ENTRY);
  readonly pending = new Map<number, Pending>();
  alive = true;
}

export class PageThreads {
  private readonly threads: PageThread[];
  private seq = 0;
  /** Resolves when some thread has room again. */
  private room: (() => void) | undefined;

  constructor(
    count: number,
    /** Where failed writes go: the report throws the first once every page is done. */
    private readonly failures: unknown[],
  ) {
    this.threads = Array.from({ length: count }, () => {
      const thread = new PageThread();
      thread.worker.on('message', (reply: PagesReply) => {
        const pending = thread.pending.get(reply.seq);
        thread.pending.delete(reply.seq);
        for (const f of reply.failures) this.failures.push(Object.assign(new Error(f.message), f.code ? { code: f.code } : {}));
        pending?.resolve(reply.pairs);
        this.freed();
      });
      thread.worker.on('error', () => this.lost(thread));
      thread.worker.on('exit', () => this.lost(thread));
      return thread;
    });
  }

  private freed(): void {
    const room = this.room;
    this.room = undefined;
    room?.();
  }

  /** A thread that crashed or exited: its documents are written here instead. */
  private lost(thread: PageThread): void {
    if (!thread.alive) return;
    thread.alive = false;
    const pending = [...thread.pending.values()];
    thread.pending.clear();
    void thread.worker.terminate();
    for (const p of pending) void this.here(p.line, p.job).then(p.resolve);
    this.freed();
  }

  private here(line: string, job: PagesJob): Promise<number> {
    return writeDocumentPages(JSON.parse(line) as ReportDocument, job, this.failures);
  }

  /**
   * Hands a document's pages to the least busy thread, once one has room (so that the records sent stay few);
   * `written` resolves with its number of pair pages once they are written.
   */
  async send(line: string, job: PagesJob): Promise<{ written: Promise<number> }> {
    for (;;) {
      const live = this.threads.filter((t) => t.alive);
      if (live.length === 0) return { written: this.here(line, job) };
      const thread = live.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      if (thread.pending.size < JOBS_PER_THREAD) {
        const seq = this.seq++;
        const written = new Promise<number>((resolve) => thread.pending.set(seq, { line, job, resolve }));
        thread.worker.postMessage({ seq, line, job } satisfies PagesRequest);
        return { written };
      }
      await new Promise<void>((resolve) => (this.room = resolve));
    }
  }

  async close(): Promise<void> {
    for (const thread of this.threads) thread.alive = false;
    await Promise.all(this.threads.map((t) => t.worker.terminate()));
  }
}
