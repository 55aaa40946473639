import { describe, expect, it } from 'vitest';
import { WorkerUseMeter, WorkerUseWatch, type WorkerUse } from '../../src/batch/worker-use.js';

const use = (over: Partial<WorkerUse>): WorkerUse => ({ documents: 0, startedAt: 0, readyAt: 0, firstAt: 0, lastAt: 0, busyMs: 0, cpuMs: 0, busyCpuMs: 0, gcMs: 0, ...over });

describe('worker shares of the analysis', () => {
  it('split a worker\'s time into loading, busy and idle (before its first document, after its last)', () => {
    const watch = new WorkerUseWatch();
    // Started at 1000, loaded at 1500, documents from 2000 to 9000 with 6 s of work among them.
    watch.worker(1, use({ documents: 4, startedAt: 1000, readyAt: 1500, firstAt: 2000, lastAt: 9000, busyMs: 6000, cpuMs: 5500, busyCpuMs: 5000, gcMs: 700 }));
    watch.worker(0, use({ documents: 1, startedAt: 1000, readyAt: 1200, firstAt: 1200, lastAt: 3200, busyMs: 2000, cpuMs: 2400, busyCpuMs: 1900 }));
    expect(watch.shares(10_000)).toEqual([
      { worker: 0, documents: 1, loadSeconds: 0.2, busySeconds: 2, idleSeconds: 6.8, idleBeforeFirstSeconds: 0, idleAfterLastSeconds: 6.8, cpuSeconds: 2.4, cpuPerDocumentSeconds: 1.9, gcSeconds: 0 },
      { worker: 1, documents: 4, loadSeconds: 0.5, busySeconds: 6, idleSeconds: 2.5, idleBeforeFirstSeconds: 0.5, idleAfterLastSeconds: 1, cpuSeconds: 5.5, cpuPerDocumentSeconds: 1.25, gcSeconds: 0.7 },
    ]);
  });

  it('keep the latest totals a worker sent, and leave out failures that sent none', () => {
    const watch = new WorkerUseWatch();
    watch.worker(0, use({ documents: 1, busyMs: 1000 }));
    watch.worker(0, use({ documents: 2, busyMs: 3000 }));
    watch.worker(0, undefined);
    expect(watch.shares(5000).map((s) => [s.documents, s.busySeconds])).toEqual([[2, 3]]);
    expect(new WorkerUseWatch().shares()).toEqual([]);
  });

  it('are measured around each document in the worker', async () => {
    const meter = new WorkerUseMeter();
    meter.ready();
    const result = await meter.document(async () => {
      const until = Date.now() + 30;
      while (Date.now() < until);
      return 'done';
    });
    expect(result).toBe('done');
    const totals = meter.totals();
    expect(totals.documents).toBe(1);
    expect(totals.busyMs).toBeGreaterThanOrEqual(29);
    expect(totals.busyCpuMs).toBeGreaterThan(0);
    expect(totals.cpuMs).toBeGreaterThanOrEqual(totals.busyCpuMs);
    expect(totals.lastAt).toBeGreaterThanOrEqual(totals.firstAt);
    await expect(meter.document(() => Promise.reject(new Error('bad file')))).rejects.toThrow('bad file');
    expect(meter.totals().documents).toBe(2);
  });
});
