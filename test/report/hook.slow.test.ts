import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POOL_OPTIONS, runBatch } from '../../src/batch/index.js';
import { DEFAULT_ANALYZE_OPTIONS } from '../../src/pipeline.js';

const SAMPLE = new URL('../../corpus/samples/08-middle-school.txt', import.meta.url).pathname;

describe('the batch writes the report after its other outputs', () => {
  it('writes <out>/report/ unless told not to', async () => {
    const base = { ...DEFAULT_ANALYZE_OPTIONS, ...DEFAULT_POOL_OPTIONS, concurrency: 1, log: 'none' as const };
    const on = mkdtempSync(join(tmpdir(), 'wenshen-hook-'));
    const result = await runBatch([SAMPLE], { ...base, outDir: on });
    // Written in the run's folder, and shown at <out>/report like the other outputs.
    expect(result.report).toBe(join(result.runFolder, 'report', 'index.html'));
    expect(existsSync(join(on, 'report', 'd', `${result.records[0]!.id}.html`))).toBe(true);
    const off = mkdtempSync(join(tmpdir(), 'wenshen-hook-'));
    expect((await runBatch([SAMPLE], { ...base, outDir: off, report: false })).report).toBeNull();
    expect(existsSync(join(off, 'report'))).toBe(false);
    expect(existsSync(join(off, 'documents.jsonl'))).toBe(true);
  });
});
