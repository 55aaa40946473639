// The pool takes files that come one at a time (as the store sorts them out): each starts as it comes, in up to
// `concurrency` workers, and a worker starts only for a document that needs it.
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InputFile } from '../../src/batch/discover.js';
import { Handover } from '../../src/batch/handover.js';
import { runPool } from '../../src/batch/pool.js';
import { DEFAULT_ANALYZE_OPTIONS } from '../../src/pipeline.js';

const CORPUS = new URL('../../corpus/', import.meta.url).pathname;

describe('a pool fed one file at a time', () => {
  it('analyses each file as it comes, before the feed ends, and ends when the feed does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wenshen-feed-'));
    const files = ['08-middle-school.txt', '09-construction-bureau.txt'].map((name) => {
      copyFileSync(join(CORPUS, 'samples', name), join(dir, name));
      return { file: join(dir, name), path: name };
    });
    const feed = new Handover<InputFile>();
    const done: string[] = [];
    let firstDone!: () => void;
    const first = new Promise<void>((resolve) => (firstDone = resolve));
    const workers = new Set<number>();
    const pool = runPool(feed, { ...DEFAULT_ANALYZE_OPTIONS, ocr: false }, { concurrency: 2, timeoutMs: 240_000, memoryMb: 1536 }, (result, _input, heap) => {
      for (const d of result) done.push(d.summary.status === 'ok' ? d.summary.path : `${d.summary.path} failed`);
      workers.add(heap.worker);
      firstDone();
    });
    void feed.give(files[0]!);
    // The first file is analysed while the feed is still open: nothing waits for the whole list.
    await first;
    expect(done).toEqual(['08-middle-school.txt']);
    void feed.give(files[1]!);
    feed.end();
    await pool;
    expect(done).toEqual(['08-middle-school.txt', '09-construction-bureau.txt']);
    // One document at a time needed one worker: the second slot never started one.
    expect([...workers]).toEqual([0]);
  });

  it('ends at once when the feed ends empty', async () => {
    const feed = new Handover<InputFile>();
    feed.end();
    let results = 0;
    await runPool(feed, { ...DEFAULT_ANALYZE_OPTIONS, ocr: false }, { concurrency: 2, timeoutMs: 1000, memoryMb: 1536 }, () => void results++);
    expect(results).toBe(0);
  });
});
