// Test fixtures shared by several files: a run summary with the given status, and the nightly input folder of
// four corpus files (two .txt, a .docx, a broken .pdf) beside the database the CLI tests run against.
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RUN_SCHEMA, type RunSummary } from '../../src/model/run.js';

const CORPUS = new URL('../../corpus/', import.meta.url).pathname;

export function runSummary(runId: string, status: RunSummary['status'], more: Partial<RunSummary> = {}): RunSummary {
  return {
    schema: RUN_SCHEMA,
    status,
    runId,
    startedAt: '2026-11-30T01:00:00.000Z',
    endedAt: '2026-11-30T01:05:00.000Z',
    inputs: ['reports'],
    counts: { found: 1, records: 1, ok: 1, failed: 0, unfinished: 0, skipped: 0 },
    unfinished: [],
    skipped: [],
    warnings: [],
    outputKey: null,
    carriedOverFrom: null,
    ...more,
  };
}

/** A temporary folder with `in/` (a.txt, b.txt, c.docx, d.pdf that is truncated) and the path of its database. */
export function nightlyInputFolder(prefix: string): { dir: string; input: string; db: string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const input = join(dir, 'in');
  mkdirSync(input);
  copyFileSync(join(CORPUS, 'samples/08-middle-school.txt'), join(input, 'a.txt'));
  copyFileSync(join(CORPUS, 'samples/09-construction-bureau.txt'), join(input, 'b.txt'));
  copyFileSync(join(CORPUS, 'samples/01-tax-bureau.docx'), join(input, 'c.docx'));
  copyFileSync(join(CORPUS, 'broken/truncated.pdf'), join(input, 'd.pdf'));
  return { dir, input, db: join(dir, 'wenshen.db') };
}
