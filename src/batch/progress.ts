// Reports batch progress: a bar on a terminal, one JSON line per document and per phase for cron logs, or nothing.
import type { DocumentSummary } from '../model/document.js';
import type { MemoryPeaks } from './memory.js';
import type { WorkerShare } from './worker-use.js';

export type LogMode = 'bar' | 'json' | 'none';

export class Progress {
  private done = 0;
  private failed = 0;
  private readonly started = Date.now();

  constructor(
    private readonly total: number,
    private readonly mode: LogMode,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {}

  document(record: DocumentSummary): void {
    this.done++;
    if (record.status === 'failed') this.failed++;
    if (this.mode === 'json') {
      this.stream.write(
        JSON.stringify({
          time: new Date().toISOString(),
          level: record.status === 'ok' ? 'info' : record.error?.code === 'E_INTERNAL' ? 'error' : 'warn',
          event: 'document',
          path: record.path,
          id: record.id,
          status: record.status,
          code: record.error?.code ?? null,
          message: record.error?.message ?? null,
          format: record.format,
          chars: record.chars,
          ms: record.ms,
          done: this.done,
          total: this.total,
        }) + '\n',
      );
    } else if (this.mode === 'bar') {
      const width = 30;
      const filled = Math.round((this.done / Math.max(1, this.total)) * width);
      const elapsed = (Date.now() - this.started) / 1000;
      const eta = this.done > 0 ? Math.round((elapsed / this.done) * (this.total - this.done)) : 0;
      this.stream.write(
        `\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${this.done}/${this.total}  failed ${this.failed}  eta ${eta}s `,
      );
    }
  }

  /**
   * A phase of the run has ended (analysis, reuse, outputs, report): in cron logs, where the night went. CPU
   * seconds are this process's (main thread and its threads; the analysis workers are processes of their own).
   */
  phase(name: string, seconds: number, cpuSeconds: number): void {
    if (this.mode === 'json') this.stream.write(JSON.stringify({ time: new Date().toISOString(), level: 'info', event: 'phase', phase: name, seconds, cpuSeconds }) + '\n');
  }

  /** Each worker's share of the analysis (documents, loading, busy and idle time, CPU): whether both cores worked. */
  workers(shares: WorkerShare[]): void {
    if (this.mode === 'json' && shares.length > 0) this.stream.write(JSON.stringify({ time: new Date().toISOString(), level: 'info', event: 'workers', workers: shares }) + '\n');
  }

  /** The run's memory peaks, as the last JSON line. */
  memory(peaks: MemoryPeaks): void {
    if (this.mode === 'json') this.stream.write(JSON.stringify({ time: new Date().toISOString(), level: 'info', event: 'memory', ...peaks }) + '\n');
  }

  end(): void {
    if (this.mode === 'bar') this.stream.write('\n');
  }
}
