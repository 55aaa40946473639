import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/index.js';
import { discover } from '../../src/batch/discover.js';
import type { DocumentRecord, DocumentSummary } from '../../src/model/document.js';
import type { WorkerShare } from '../../src/batch/worker-use.js';

const CORPUS = new URL('../../corpus/', import.meta.url).pathname;
// The CLI from its sources, as the tests see the code (bin/wenshen.js runs the build in dist/).
const BIN = new URL('../support/wenshen-source.js', import.meta.url).pathname;
const run = promisify(execFile);

function makeInputFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wenshen-batch-'));
  mkdirSync(join(dir, 'b-sub'));
  copyFileSync(join(CORPUS, 'samples/01-tax-bureau.docx'), join(dir, 'b-sub/01.docx'));
  copyFileSync(join(CORPUS, 'samples/08-middle-school.txt'), join(dir, 'a.txt'));
  copyFileSync(join(CORPUS, 'samples/03-water-company.pdf'), join(dir, 'c.pdf'));
  copyFileSync(join(CORPUS, 'broken/truncated.pdf'), join(dir, 'd-broken.pdf'));
  writeFileSync(join(dir, '.hidden.txt'), '隐藏文件不处理');
  writeFileSync(join(dir, '~$01.docx'), 'Word lock file');
  writeFileSync(join(dir, 'table.xlsx'), 'not a report');
  symlinkSync('..', join(dir, 'b-sub/loop'));
  return dir;
}

function readRecords(out: string): DocumentRecord[] {
  return readFileSync(join(out, 'documents.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as DocumentRecord);
}

describe('discover', () => {
  it('finds supported files recursively, sorted, skipping hidden and lock files and symlink loops', async () => {
    const dir = makeInputFolder();
    expect((await discover([dir])).files.map((f) => f.path)).toEqual(['a.txt', 'b-sub/01.docx', 'c.pdf', 'd-broken.pdf', 'table.xlsx']);
  });

  it('keeps explicitly named files whatever their extension', async () => {
    const dir = makeInputFolder();
    const named = join(dir, 'table.xlsx');
    expect((await discover([named])).files.map((f) => f.path)).toEqual([named]);
  });

  it('says which input is missing', async () => {
    await expect(discover(['/no/such/folder'])).rejects.toThrow('input not found: /no/such/folder');
  });
});

describe('runBatch', () => {
  let out: string;
  let records: DocumentSummary[];

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'wenshen-out-'));
    const result = await runBatch([makeInputFolder()], {
      outDir: out,
      log: 'none',
      ocr: true,
      maxBytes: 50_000_000,
      concurrency: 2,
      timeoutMs: 60_000,
      memoryMb: 2048,
    });
    records = result.records;
  });

  it('writes one record per file in path order, the failed one with its error', () => {
    expect(records.map((r) => [r.path, r.status, r.error?.code ?? null])).toEqual([
      ['a.txt', 'ok', null],
      ['b-sub/01.docx', 'ok', null],
      ['c.pdf', 'ok', null],
      ['d-broken.pdf', 'failed', 'E_CORRUPT'],
      ['table.xlsx', 'failed', 'E_UNSUPPORTED'],
    ]);
    expect(readRecords(out).map((r) => [r.path, r.id, r.status, r.figures.length])).toEqual(records.map((r) => [r.path, r.id, r.status, r.counts.figures]));
    expect(existsSync(join(out, 'documents.partial.jsonl'))).toBe(false);
  });

  it('gives every record the documented fields', () => {
    for (const r of records) {
      expect(Object.keys(r)).toEqual(expect.arrayContaining(['schema', 'id', 'path', 'sha256', 'format', 'status', 'error', 'chars', 'script', 'ocr']));
      expect(r.id).toMatch(/^[0-9a-f]{16}$/);
    }
    const docx = records[1]!;
    expect(docx).toMatchObject({ format: 'docx', script: 'simplified', ocr: false, encoding: null });
    expect(docx.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(docx.paragraphs).toBeGreaterThan(10);
  });

  it('writes each text of record, whose length is the record\'s chars', () => {
    for (const r of records.filter((r) => r.status === 'ok')) {
      expect(readFileSync(join(out, 'texts', `${r.id}.txt`), 'utf8')).toHaveLength(r.chars);
    }
    expect(readdirSync(join(out, 'texts'))).toHaveLength(3);
  });

  it('writes figures.jsonl, honors.jsonl and figures.csv in path order, every figure with its document', () => {
    const figures = readFileSync(join(out, 'figures.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; path: string; text: string; start: number; end: number });
    expect(figures.length).toBe(records.reduce((n, r) => n + r.counts.figures, 0));
    expect(figures.map((f) => f.path)).toEqual([...figures.map((f) => f.path)].sort());
    const texts = new Map(records.filter((r) => r.status === 'ok').map((r) => [r.id, readFileSync(join(out, 'texts', `${r.id}.txt`), 'utf8')]));
    for (const f of figures) expect(texts.get(f.id)!.slice(f.start, f.end)).toBe(f.text);
    const csv = readFileSync(join(out, 'figures.csv'), 'utf8');
    expect(csv.startsWith('\ufeffid,path,category,claim,metric,subject,value')).toBe(true);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(figures.length + 1);
    expect(readFileSync(join(out, 'honors.jsonl'), 'utf8')).toContain('全省税务系统先进集体');
  });

  it('gives the same records and ids on a second run', async () => {
    const again = mkdtempSync(join(tmpdir(), 'wenshen-out-'));
    const dir = makeInputFolder();
    const second = await runBatch([dir], { outDir: again, log: 'none', ocr: true, maxBytes: 50_000_000, concurrency: 1, timeoutMs: 60_000, memoryMb: 2048 });
    const strip = (r: DocumentSummary) => ({ ...r, ms: 0 });
    expect(second.records.map(strip)).toEqual(records.map(strip));
  });
});

describe('runBatch limits', () => {
  it('stops a document that runs over the time limit and goes on with the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wenshen-slow-'));
    copyFileSync(join(CORPUS, 'samples/05-city-library.pdf'), join(dir, 'a-scanned.pdf'));
    copyFileSync(join(CORPUS, 'samples/08-middle-school.txt'), join(dir, 'b.txt'));
    const out = mkdtempSync(join(tmpdir(), 'wenshen-out-'));
    const { records } = await runBatch([dir], { outDir: out, log: 'none', ocr: true, maxBytes: 50_000_000, concurrency: 1, timeoutMs: 2500, memoryMb: 2048 });
    expect(records.map((r) => [r.path, r.error?.code ?? 'ok'])).toEqual([
      ['a-scanned.pdf', 'E_TIMEOUT'],
      ['b.txt', 'ok'],
    ]);
    expect(records[0]!.error!.message).toContain('--timeout');
  });

  it('fails a file over --max-bytes with E_TOO_LARGE', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wenshen-big-'));
    copyFileSync(join(CORPUS, 'samples/01-tax-bureau.docx'), join(dir, 'big.docx'));
    const out = mkdtempSync(join(tmpdir(), 'wenshen-out-'));
    const { records } = await runBatch([dir], { outDir: out, log: 'none', ocr: true, maxBytes: 1000, concurrency: 1, timeoutMs: 60_000, memoryMb: 2048 });
    expect(records[0]!.error).toMatchObject({ code: 'E_TOO_LARGE' });
  });
});

describe('cli', () => {
  it('exits 3 when some documents failed, logging one JSON line per document', async () => {
    const out = mkdtempSync(join(tmpdir(), 'wenshen-cli-'));
    const error = await run('node', [BIN, 'analyze', join(CORPUS, 'broken'), '--out', out, '--log', 'json']).then(
      () => null,
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(error?.code).toBe(3);
    const events = error!.stderr.trim().split('\n').map((l) => JSON.parse(l) as { event: string; status: string; code: string; phase: string; seconds: number; mainHeapMb?: number; workerHeapMb?: number[]; workers?: WorkerShare[] });
    const lines = events.filter((l) => l.event === 'document');
    expect(lines).toHaveLength(9);
    expect(lines.every((l) => l.status === 'failed' && l.code.startsWith('E_'))).toBe(true);
    // Then one line per phase of the run, with its seconds.
    const phases = events.filter((e) => e.event === 'phase');
    expect(phases.map((p) => p.phase)).toEqual(['analysis', 'reuse', 'outputs', 'report']);
    expect(phases.every((p) => p.seconds >= 0)).toBe(true);
    // After the analysis, each worker's share of it: every document counted once, busy and idle time, CPU.
    const shares = events.find((e) => e.event === 'workers')!.workers!;
    expect(events.findIndex((e) => e.event === 'workers')).toBe(events.findIndex((e) => e.phase === 'analysis') + 1);
    expect(shares.reduce((n, w) => n + w.documents, 0)).toBe(9);
    for (const w of shares) {
      expect(w.busySeconds).toBeGreaterThan(0);
      expect(w.cpuSeconds).toBeGreaterThan(w.cpuPerDocumentSeconds);
      expect(w.idleSeconds).toBeGreaterThanOrEqual(w.idleBeforeFirstSeconds);
      expect(w.loadSeconds).toBeGreaterThan(0);
    }
    expect(events).toHaveLength(9 + 4 + 1 + 1);
    // The run ends with its memory peaks: the main thread's heap and each worker's.
    const memory = events[events.length - 1]!;
    expect(memory.event).toBe('memory');
    expect(memory.mainHeapMb).toBeGreaterThan(0);
    expect(memory.workerHeapMb!.length).toBeGreaterThan(0);
    expect(error!.stdout).toContain('9 documents');
    expect(readRecords(out)).toHaveLength(9);
  }, 180_000);

  it('exits 0 when every document was analysed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wenshen-ok-'));
    copyFileSync(join(CORPUS, 'samples/10-rural-bank.docx'), join(dir, 'bank.docx'));
    const out = mkdtempSync(join(tmpdir(), 'wenshen-cli-'));
    const { stdout } = await run('node', [BIN, 'analyze', dir, '--out', out]);
    expect(stdout).toContain('1 documents');
    expect(readRecords(out)[0]).toMatchObject({ path: 'bank.docx', status: 'ok', script: 'taiwan-phrased' });
  });

  it.each([
    [['analyze', 'corpus/samples'], 'missing --out'],
    [['analyze', 'corpus/samples', '--out', 'x', '--concurrency', '0'], 'expected --concurrency to be a whole number from 1 up, got `0`'],
    [['analyze', 'corpus/samples', '--out', 'x', '--bogus'], "Unknown option '--bogus'"],
    [['frobnicate'], 'unknown command `frobnicate`'],
    [['text'], 'expected one file'],
  ])('exits 2 with one line for %j', async (args, message) => {
    const error = await run('node', [BIN, ...args]).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(error?.code).toBe(2);
    expect(error!.stderr).toContain(message);
    expect(error!.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('splits a compilation page into one document per essay with --split', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wenshen-split-'));
    const essay = '今年以来，我单位认真开展文明单位创建活动，成立了领导小组，制定了实施方案，全年组织志愿服务活动12次。';
    writeFileSync(join(dir, 'page.txt'), ['工作总结范文3篇', '篇1', essay, '篇2', essay, '篇3', essay].join('\n'));
    const out = mkdtempSync(join(tmpdir(), 'wenshen-cli-'));
    await run('node', [BIN, 'analyze', dir, '--out', out, '--split']);
    const records = readRecords(out);
    expect(records.map((r) => r.path)).toEqual(['page.txt#1', 'page.txt#2', 'page.txt#3']);
    for (const r of records) {
      expect(readFileSync(join(out, 'texts', `${r.id}.txt`), 'utf8')).toContain('篇');
      expect(r.figures.map((f) => f.category)).toEqual(['volunteer']);
    }
    const checklist = readFileSync(join(out, 'checklist.csv'), 'utf8').trimEnd().split('\r\n');
    expect(checklist).toHaveLength(4);
    expect(checklist[0]).toContain('overview,profile,leadership');
  });

  it('prints the text of record with `text`', async () => {
    const { stdout } = await run('node', [BIN, 'text', join(CORPUS, 'samples/01-tax-bureau.docx')]);
    expect(stdout).toContain('一、加强组织领导，完善创建机制\n（一）健全组织机构\n');
  });
});
