// The batch as an operator's cron job meets it: interrupted runs, links and odd names, usage errors, hostile files.
import { execFile, spawn } from 'node:child_process';
import type { Dirent } from 'node:fs';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { runBatch, UsageError, type BatchOptions } from '../../src/batch/index.js';
import type { RunSummary } from '../../src/model/run.js';

const CORPUS = new URL('../../corpus/', import.meta.url).pathname;
const BIN = new URL('../../bin/wenshen.js', import.meta.url).pathname;
const run = promisify(execFile);
const temp = (name: string) => mkdtempSync(join(tmpdir(), `wenshen-${name}-`));
const OPTIONS = (outDir: string): BatchOptions => ({ outDir, log: 'none', ocr: true, maxBytes: 50_000_000, concurrency: 1, timeoutMs: 60_000, memoryMb: 1024 });
const lines = (file: string) => readFileSync(file, 'utf8').trim().split('\n').filter(Boolean);
const runJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as RunSummary;

async function failure(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return run('node', [BIN, ...args]).then(
    () => ({ code: 0, stdout: '', stderr: '' }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );
}

describe('an interrupted run', () => {
  it('keeps the last complete result in place and marks its own finished work as interrupted', async () => {
    const dir = temp('interrupt');
    copyFileSync(join(CORPUS, 'samples/08-middle-school.txt'), join(dir, 'a.txt'));
    const out = temp('interrupt-out');
    await run('node', [BIN, 'analyze', dir, '--out', out]);
    const complete = readFileSync(join(out, 'documents.jsonl'), 'utf8');
    const completeCsv = readFileSync(join(out, 'figures.csv'), 'utf8');
    expect(lines(join(out, 'documents.jsonl'))).toHaveLength(1);

    // Tonight: more files, one a scanned PDF that takes seconds to OCR; a cron `timeout` stops the run.
    copyFileSync(join(CORPUS, 'samples/11-template-page.html'), join(dir, 'b.html'));
    copyFileSync(join(CORPUS, 'samples/05-city-library.pdf'), join(dir, 'c-scanned.pdf'));
    copyFileSync(join(CORPUS, 'samples/09-construction-bureau.txt'), join(dir, 'd.txt'));
    const child = spawn('node', [BIN, 'analyze', dir, '--out', out, '--log', 'json', '--concurrency', '1']);
    let stderr = '';
    const exit = new Promise<number | null>((resolve) => child.on('exit', resolve));
    await new Promise<void>((resolve) =>
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (stderr.includes('"path":"b.html"')) resolve();
      }),
    );
    child.kill('SIGTERM');
    expect(await exit).toBe(130);

    expect(readFileSync(join(out, 'documents.jsonl'), 'utf8')).toBe(complete);
    expect(readFileSync(join(out, 'figures.csv'), 'utf8')).toBe(completeCsv);
    expect(runJson(join(out, 'run.json')).status).toBe('complete');
    const interrupted = runJson(join(out, 'latest', 'run.json'));
    expect(interrupted).toMatchObject({ status: 'interrupted', counts: { found: 4, unfinished: 2 }, unfinished: ['c-scanned.pdf', 'd.txt'] });
    expect(Date.parse(interrupted.endedAt)).toBeGreaterThanOrEqual(Date.parse(interrupted.startedAt));
    expect(lines(join(out, 'latest', 'documents.jsonl')).map((l) => (JSON.parse(l) as { path: string }).path)).toEqual(['a.txt', 'b.html']);
  }, 120_000);

  it('stopped before any document leaves the complete result and lists every document as unfinished', async () => {
    const dir = temp('abort');
    copyFileSync(join(CORPUS, 'samples/08-middle-school.txt'), join(dir, 'a.txt'));
    const out = temp('abort-out');
    await runBatch([dir], OPTIONS(out));
    const complete = readFileSync(join(out, 'documents.jsonl'), 'utf8');
    const result = await runBatch([dir], OPTIONS(out), AbortSignal.abort());
    expect(result.run).toMatchObject({ status: 'interrupted', unfinished: ['a.txt'] });
    expect(readFileSync(join(out, 'documents.jsonl'), 'utf8')).toBe(complete);
  });
});

describe('a run stays inside its folder', () => {
  it('reads no link leading out, warns about an unreadable folder, keeps GBK names apart, never reads its outputs', async () => {
    const dir = temp('inside');
    copyFileSync(join(CORPUS, 'samples/08-middle-school.txt'), join(dir, 'a.txt'));
    symlinkSync('/etc/passwd', join(dir, 'passwd.txt'));
    mkdirSync(join(dir, 'locked'));
    copyFileSync(join(CORPUS, 'samples/08-middle-school.txt'), join(dir, 'locked', 'x.txt'));
    for (const gbk of [[0xd7, 0xdc, 0xbd, 0xe1], [0xbc, 0xc6, 0xbb, 0xae]]) {
      copyFileSync(join(CORPUS, 'samples/09-construction-bureau.txt'), Buffer.concat([Buffer.from(dir + '/'), Buffer.from(gbk), Buffer.from('.txt')]));
    }
    const out = join(dir, 'out');
    // Root reads any folder whatever its mode, so the failure an unprivileged user gets is injected.
    const readFolder = async (path: Buffer): Promise<Dirent<Buffer>[]> => {
      if (path.toString().endsWith('/locked')) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      return readdir(path, { withFileTypes: true, encoding: 'buffer' });
    };
    for (let night = 1; night <= 2; night++) {
      const result = await runBatch([dir], { ...OPTIONS(out), readFolder });
      expect(result.records.map((r) => [r.path, r.status])).toEqual([
        ['\\xbc\\xc6\\xbb\\xae.txt', 'ok'],
        ['\\xd7\\xdc\\xbd\\xe1.txt', 'ok'],
        ['a.txt', 'ok'],
      ]);
      expect(result.run.skipped).toEqual([{ path: 'passwd.txt', reason: expect.stringContaining('outside the input folder') }]);
      expect(result.run.warnings).toEqual(['folder locked cannot be read (EACCES); its files are left out']);
    }
    expect(readFileSync(join(out, 'documents.jsonl'), 'utf8')).not.toContain('root:');
    expect(readdirSync(join(out, 'texts'))).toHaveLength(3);
  });
});

describe('usage errors', () => {
  const dir = temp('usage');
  writeFileSync(join(dir, 'a.txt'), '全年开展志愿服务活动42次。');
  const file = join(dir, 'a.txt');
  symlinkSync(join(dir, 'nowhere'), join(dir, 'dangling'));
  const brokenChecklist = join(dir, 'broken.yaml');
  writeFileSync(brokenChecklist, 'name: broken\nsections:\n  - id: overview\n    level: X\n');

  it.each([
    [['--out', file], 'is a file'],
    [['--out', join(dir, 'dangling')], 'link to nothing'],
    [['--out', join(file, 'sub')], 'cannot be created (ENOTDIR)'],
    [['--out', '/proc/self/out'], 'inside /proc'],
    [['--out', dir], 'is --out or inside it'],
    [['--out', temp('o'), '--checklist', 'no-such-list'], 'no checklist named `no-such-list`'],
    [['--out', temp('o'), '--checklist', join(dir, 'missing.yaml')], 'missing.yaml: cannot be read (ENOENT)'],
    [['--out', temp('o'), '--checklist', brokenChecklist], 'broken.yaml:'],
    [['--out', temp('o'), '--memory-mb', '10'], 'expected --memory-mb to be a whole number from 256 up, got `10`'],
    [['--out', temp('o'), '--timeout', '2147484'], 'expected --timeout to be a whole number from 1 to 2147483, got `2147484`'],
    [['--out', temp('o'), '--timeout', '-5'], 'expected --timeout to be a whole number from 1 to 2147483, got `-5`'],
    [['--out', temp('o'), '--max-bytes', '-1'], 'expected --max-bytes to be a whole number from 1 up, got `-1`'],
  ])('exits 2 with one line for %j', async (args, message) => {
    const error = await failure(['analyze', dir, ...args]);
    expect(error.code).toBe(2);
    expect(error.stderr).toContain(message);
    expect(error.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('says when --memory-mb is too small for a worker to start', async () => {
    await expect(runBatch([dir], { ...OPTIONS(temp('o')), memoryMb: 8 })).rejects.toThrow(UsageError);
  });
});

describe('file names on the terminal', () => {
  it('never prints an escape sequence from a file name raw', async () => {
    const dir = temp('escape');
    writeFileSync(join(dir, '\x1b]0;owned\x07\x1b[2J.txt'), '');
    const result = await failure(['analyze', dir, '--out', temp('o')]);
    expect(result.code).toBe(3);
    expect(result.stdout).not.toMatch(/[\x00-\x09\x0b-\x1f]/);
    expect(result.stdout).toContain('failed \\x1b]0;owned\\x07\\x1b[2J.txt: E_EMPTY');
  }, 60_000);
});

describe('wenshen text', () => {
  it('gives a zip bomb the same error as analyze', async () => {
    const dir = temp('bomb');
    const zip = new JSZip();
    zip.file('word/document.xml', Buffer.concat([Buffer.from('<w:document><w:body><w:p><w:r><w:t>'), Buffer.alloc(60_000_000, '工作'), Buffer.from('</w:t></w:r></w:p></w:body></w:document>')]));
    writeFileSync(join(dir, 'bomb.docx'), await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const text = await failure(['text', join(dir, 'bomb.docx')]);
    expect(text.code).toBe(3);
    expect(text.stderr).toContain('E_TOO_LARGE');
    const analyze = await failure(['analyze', dir, '--out', temp('o')]);
    expect(analyze.code).toBe(3);
    expect(analyze.stdout).toContain('failed bomb.docx: E_TOO_LARGE bomb.docx has a part word/document.xml');
    expect(text.stderr.trim()).toBe(`wenshen: E_TOO_LARGE: ${join(dir, 'bomb.docx')} has a part word/document.xml of 60000075 bytes once unpacked, over the 50000000-byte limit; raise --max-bytes if it is a real report.`);
  }, 120_000);
});
