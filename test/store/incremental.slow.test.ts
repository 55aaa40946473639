// Nightly re-runs through the command line: unchanged files reuse their stored results, renamed files too,
// --force and a changed checklist analyse again; a run killed with SIGKILL loses nothing it committed and the
// next run resumes; a second run on the same database is refused while the first holds it.
import { execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'libsql';
import { describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../src/model/document.js';
import { documentId } from '../../src/pipeline.js';
import { nightlyInputFolder } from '../support/fixtures.js';

const CORPUS = new URL('../../corpus/', import.meta.url).pathname;
const BIN = new URL('../../bin/wenshen.js', import.meta.url).pathname;
const DICTIONARIES = new URL('../../dictionaries/', import.meta.url).pathname;

async function wenshen(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BIN, ...args]);
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

const reusedOf = (stdout: string) => Number(/(\d+) reused unchanged/.exec(stdout)?.[1]);
const records = (out: string) => readFileSync(join(out, 'documents.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as DocumentRecord);

/** `n` distinct long text reports (the samples' texts, twice over) with a line of their own at the end. */
function textReports(dir: string, n: number): void {
  const expected = join(CORPUS, 'expected');
  const texts = readdirSync(expected).map((f) => readFileSync(join(expected, f), 'utf8'));
  const body = Array.from({ length: 2 }, () => texts.join('\n')).join('\n');
  for (let i = 0; i < n; i++) writeFileSync(join(dir, `r${String(i).padStart(3, '0')}.txt`), `${body}\n本报告第${i}份。\n`);
}

function committed(db: string): number {
  try {
    const conn = new Database(db, { readonly: true } as never);
    const row = conn.prepare('select count(*) as n from run_documents').get() as { n: number };
    conn.close();
    return row.n;
  } catch {
    return 0;
  }
}

async function until(condition: () => boolean, ms = 300_000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('incremental runs', () => {
  it('reuses unchanged and renamed files, and analyses again with --force or a changed checklist', { timeout: 1_200_000 }, async () => {
    const { dir, input, db } = nightlyInputFolder('wenshen-incr-');
    const args = (out: string, ...more: string[]) => ['analyze', input, '--out', join(dir, out), '--db', db, '--no-ocr', ...more];

    const first = await wenshen(args('o1'));
    expect(first.code).toBe(3);
    expect(reusedOf(first.stdout)).toBe(0);

    const second = await wenshen(args('o2'));
    expect(reusedOf(second.stdout)).toBe(4);
    // Every output holds the stored results, the same as the run that analysed them.
    for (const file of ['documents.jsonl', 'figures.jsonl', 'honors.jsonl', 'figures.csv', 'checklist.csv']) {
      expect(readFileSync(join(dir, 'o2', file), 'utf8'), file).toBe(readFileSync(join(dir, 'o1', file), 'utf8'));
    }

    mkdirSync(join(input, 'moved'));
    renameSync(join(input, 'a.txt'), join(input, 'moved/a-2023.txt'));
    const renamed = await wenshen(args('o3'));
    expect(reusedOf(renamed.stdout)).toBe(4);
    const moved = records(join(dir, 'o3')).find((r) => r.path === 'moved/a-2023.txt')!;
    const before = records(join(dir, 'o1')).find((r) => r.path === 'a.txt')!;
    expect(moved.id).toBe(documentId('moved/a-2023.txt', before.sha256));
    expect(moved.figures).toEqual(before.figures);
    expect(readFileSync(join(dir, 'o3/texts', `${moved.id}.txt`), 'utf8')).toBe(readFileSync(join(dir, 'o1/texts', `${before.id}.txt`), 'utf8'));

    expect(reusedOf((await wenshen(args('o4', '--force'))).stdout)).toBe(0);

    const checklist = join(dir, 'checklist.yaml');
    writeFileSync(checklist, readFileSync(join(DICTIONARIES, 'sections/wenming-summary.yaml'), 'utf8') + '\n# a reviewer edited this checklist\n');
    expect(reusedOf((await wenshen(args('o5', '--checklist', checklist))).stdout)).toBe(0);
    expect(reusedOf((await wenshen(args('o6', '--checklist', checklist))).stdout)).toBe(4);
  });

  it('loses nothing committed when killed with SIGKILL, and the next run resumes', { timeout: 1_200_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wenshen-kill-'));
    const input = join(dir, 'in');
    mkdirSync(input);
    textReports(input, 30);
    const db = join(dir, 'wenshen.db');
    const child = spawn(process.execPath, [BIN, 'analyze', input, '--out', join(dir, 'o1'), '--db', db, '--concurrency', '1'], { stdio: 'ignore' });
    await until(() => committed(db) >= 3);
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const kept = committed(db);
    expect(kept).toBeGreaterThanOrEqual(3);
    expect(kept).toBeLessThan(30);
    const check = new Database(db);
    expect(check.prepare('pragma integrity_check').get()).toMatchObject({ integrity_check: 'ok' });
    check.close();

    const resumed = await wenshen(['analyze', input, '--out', join(dir, 'o2'), '--db', db]);
    expect(resumed.code).toBe(0);
    expect(reusedOf(resumed.stdout)).toBe(kept);
    expect(records(join(dir, 'o2'))).toHaveLength(30);
  });

  it('refuses a second run on the same database while one is running, with a clear message', { timeout: 1_200_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wenshen-busy-'));
    const input = join(dir, 'in');
    mkdirSync(input);
    textReports(input, 40);
    const db = join(dir, 'wenshen.db');
    const child = spawn(process.execPath, [BIN, 'analyze', input, '--out', join(dir, 'o1'), '--db', db, '--concurrency', '1'], { stdio: 'ignore' });
    await until(() => committed(db) >= 1);
    const second = await wenshen(['analyze', input, '--out', join(dir, 'o2'), '--db', db, '--wait', '0']);
    const third = await wenshen(['analyze', input, '--out', join(dir, 'o3'), '--db', db, '--wait', '1']);
    child.kill('SIGKILL');
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(/^wenshen: run 1 \(pid \d+ on .*\) is using .*wenshen\.db; wait for it to finish \(--wait <seconds>\), or give another --db\n$/);
    expect(third.code).toBe(2);
    expect(third.stderr).toMatch(/^wenshen: run 1 .* is using .*wenshen\.db; waiting up to 1 s for it to finish\nwenshen: run 1 .*; still after waiting 1 s; wait for it to finish/);
  });

  it('an unchanged re-run keeps every reuse result; the store holds what documents.jsonl says; earlier nights are history', { timeout: 1_200_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wenshen-reuse-'));
    const input = join(dir, 'in');
    mkdirSync(input);
    const expected = (name: string) => readFileSync(join(CORPUS, 'expected', name), 'utf8');
    const names = readdirSync(join(CORPUS, 'expected')).sort();
    const [a, b, c] = [expected(names[0]!), expected(names[1]!), expected(names[2]!)];
    // Two reports that share a long stretch, and one that shares nothing.
    writeFileSync(join(input, 'a.txt'), a + '\n' + b.slice(0, 1500));
    writeFileSync(join(input, 'b.txt'), b);
    writeFileSync(join(input, 'c.txt'), c);
    const db = join(dir, 'wenshen.db');
    const args = (out: string, ...more: string[]) => ['analyze', input, '--out', join(dir, out), '--db', db, '--no-ocr', '--no-report', ...more];

    const first = await wenshen(args('o1'));
    expect(first.code).toBe(0);
    const copied = records(join(dir, 'o1')).find((r) => r.path === 'a.txt')!;
    expect(copied.reuse!.passages.length).toBeGreaterThan(0);
    // The store's copy of each record is the documents.jsonl line, reuse and copied marks included.
    const stored = new Database(db, { readonly: true } as never);
    const storedRecords = (stored.prepare('select record from documents').all() as { record: string }[]).map((r) => JSON.parse(r.record) as DocumentRecord);
    expect(Number((stored.prepare('select count(*) as n from reuse_passages').get() as { n: number }).n)).toBe(copied.reuse!.passages.length * 2);
    stored.close();
    const byId = (list: DocumentRecord[]) => new Map(list.map((r) => [r.id, r]));
    expect(byId(storedRecords)).toEqual(byId(records(join(dir, 'o1'))));

    const second = await wenshen(args('o2'));
    expect(second.stdout).toContain('3 reused unchanged, 0 analysed; reuse results kept');
    for (const file of ['documents.jsonl', 'reuse.jsonl', 'reuse-pairs.csv', 'figures.jsonl', 'honors.jsonl', 'figures.csv', 'checklist.csv']) {
      expect(readFileSync(join(dir, 'o2', file), 'utf8'), file).toBe(readFileSync(join(dir, 'o1', file), 'utf8'));
    }

    // A new night: b.txt is gone from the folder and a new report copies from it. b is history now.
    renameSync(join(input, 'b.txt'), join(dir, 'b-away.txt'));
    writeFileSync(join(input, 'd.txt'), c.slice(0, 200) + '\n' + b.slice(-1200));
    const third = await wenshen(args('o3'));
    expect(third.stdout).toContain('2 reused unchanged, 1 analysed');
    const d = records(join(dir, 'o3')).find((r) => r.path === 'd.txt')!;
    expect(d.reuse!.passages.some((p) => p.source.kind === 'history' && p.source.path === 'b.txt')).toBe(true);
    expect(d.reuse!.ratioBySource.history).toBeGreaterThan(0.6);

    // The next night keeps those results, and still writes the text of the earlier report for the report's pages.
    const fourth = await wenshen(args('o4'));
    expect(fourth.stdout).toContain('3 reused unchanged, 0 analysed; reuse results kept');
    const history = d.reuse!.passages.find((p) => p.source.kind === 'history')!.source.id;
    expect(readFileSync(join(dir, 'o4', 'current', 'sources', `${history}.txt`), 'utf8')).toBe(readFileSync(join(dir, 'o3', 'current', 'sources', `${history}.txt`), 'utf8'));
    for (const file of ['documents.jsonl', 'reuse.jsonl', 'reuse-pairs.csv']) {
      expect(readFileSync(join(dir, 'o4', file), 'utf8'), file).toBe(readFileSync(join(dir, 'o3', file), 'utf8'));
    }
  });
});
