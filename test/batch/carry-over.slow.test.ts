// An unchanged re-run through the command line carries the last run's files over instead of writing them, and
// what it carries is what a rewrite from the stored results and a full re-analysis (--force) write.
import { execFile } from 'node:child_process';
import { appendFileSync, copyFileSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { RunSummary } from '../../src/model/run.js';
import { nightlyInputFolder } from '../support/fixtures.js';

const BIN = new URL('../../bin/wenshen.js', import.meta.url).pathname;
const COMPARE = new URL('../../scripts/compare-runs.ts', import.meta.url).pathname;

async function run(command: string[]): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, command, { maxBuffer: 1 << 26 });
    return { code: 0, stdout };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout + err.stderr };
  }
}

const runJson = (out: string) => JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')) as RunSummary;
const inode = (path: string) => statSync(realpathSync(path)).ino;

describe('carrying an unchanged run over', () => {
  it('links the last run’s files, byte for byte what a rewrite and a re-analysis write', { timeout: 1_200_000 }, async () => {
    const { dir, input, db } = nightlyInputFolder('wenshen-carry-');
    const analyze = (out: string, ...more: string[]) => run([BIN, 'analyze', input, '--out', join(dir, out), '--db', db, '--no-ocr', ...more]);
    const same = async (a: string, b: string) => {
      const compared = await run(['--import', 'tsx', COMPARE, join(dir, a), join(dir, b)]);
      expect(compared.stdout, `${a} against ${b}`).toContain('identical apart from timings');
    };

    const first = await analyze('out');
    expect(first.code).toBe(3);
    expect(runJson(join(dir, 'out')).carriedOverFrom).toBeNull();
    const firstRun = runJson(join(dir, 'out'));
    const documentsInode = inode(join(dir, 'out', 'documents.jsonl'));

    const second = await analyze('out');
    expect(second.code).toBe(3);
    expect(second.stdout).toContain(`carried over from run ${firstRun.runId}`);
    const secondRun = runJson(join(dir, 'out'));
    expect(secondRun).toMatchObject({ carriedOverFrom: firstRun.runId, outputKey: firstRun.outputKey, counts: firstRun.counts });
    expect(secondRun.runId).not.toBe(firstRun.runId);
    expect(inode(join(dir, 'out', 'documents.jsonl'))).toBe(documentsInode);
    // The failed document is still reported, from the carried summaries.
    expect(second.stdout).toMatch(/failed d\.pdf: E_/);

    // The same run written from the stored results (a new output folder has nothing to carry over) …
    const rewritten = await analyze('rewritten');
    expect(rewritten.stdout).not.toContain('carried over');
    expect(runJson(join(dir, 'rewritten')).outputKey).toBe(firstRun.outputKey);
    await same('out', 'rewritten');
    // … and analysed again from nothing, on a copy of the store.
    copyFileSync(db, join(dir, 'forced.db'));
    const forced = await run([BIN, 'analyze', input, '--out', join(dir, 'forced'), '--db', join(dir, 'forced.db'), '--no-ocr', '--force']);
    expect(forced.stdout).toContain('0 reused unchanged');
    await same('out', 'forced');

    // A carried-over run is carried over again.
    const third = await analyze('out');
    expect(runJson(join(dir, 'out')).carriedOverFrom).toBe(secondRun.runId);
    expect(third.code).toBe(3);

    // Other output options, or one changed file, and the files are written again.
    const noReport = await analyze('out', '--no-report');
    expect(runJson(join(dir, 'out')).carriedOverFrom).toBeNull();
    expect(noReport.stdout).not.toContain('carried over');
    await analyze('out');
    appendFileSync(join(input, 'a.txt'), '\n本年度新增一行。\n');
    const changed = await analyze('out');
    expect(changed.stdout).toContain('3 reused unchanged, 1 analysed');
    expect(runJson(join(dir, 'out')).carriedOverFrom).toBeNull();
    await analyze('after-change');
    await same('out', 'after-change');
  });
});
