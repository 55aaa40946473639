import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { carryOver, carrySource, outputShape, SUMMARIES_FILE, writeSummaries } from '../../src/batch/carry-over.js';
import { createRunFolder, publishRun } from '../../src/output/run-folder.js';
import type { RunSummary } from '../../src/model/run.js';
import { runSummary } from '../support/fixtures.js';
import type { DocumentSummary } from '../../src/model/document.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const run = (runId: string, status: RunSummary['status'], outputKey: string | null): RunSummary => runSummary(runId, status, { outputKey });

const summary = { id: 'a1', path: 'a.txt', status: 'ok' } as unknown as DocumentSummary;

/** An output folder whose current run wrote documents.jsonl, a text, a report and its summaries. */
async function publishedRun(status: RunSummary['status'] = 'complete', key: string | null = 'k1'): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'wenshen-carry-'));
  dirs.push(out);
  const folder = await createRunFolder(out, 'r1');
  writeFileSync(join(folder, 'documents.jsonl'), '{"id":"a1"}\n');
  writeFileSync(join(folder, 'texts', 'a1.txt'), '正文');
  mkdirSync(join(folder, 'report', 'd'), { recursive: true });
  writeFileSync(join(folder, 'report', 'index.html'), '<p class="muted">共 1 份材料 · 生成于 2026-11-29 23:00 UTC</p><td>2020-01-01 00:00 UTC</td>');
  writeFileSync(join(folder, 'report', 'd', 'a1.html'), '<p>a</p>');
  writeSummaries(folder, [summary]);
  await publishRun(out, 'r1', run('r1', status, key));
  return out;
}

describe('carrying an unchanged run over', () => {
  it('takes the current run only when it completed under the same output key and kept its summaries', async () => {
    const out = await publishedRun();
    expect(carrySource(out, 'k1')).toMatchObject({ runId: 'r1' });
    expect(carrySource(out, 'k2')).toBeNull();
    rmSync(join(out, 'runs', 'r1', SUMMARIES_FILE));
    expect(carrySource(out, 'k1')).toBeNull();
    expect(carrySource(join(out, 'nothing-here'), 'k1')).toBeNull();
  });

  it('never takes an interrupted run, nor one without a key', async () => {
    expect(carrySource(await publishedRun('interrupted', 'k1'), 'k1')).toBeNull();
    expect(carrySource(await publishedRun('complete', null), 'k1')).toBeNull();
  });

  it('links every file but run.json, and gives the report tonight’s time in a file of its own', async () => {
    const out = await publishedRun();
    const from = join(out, 'runs', 'r1');
    const to = await createRunFolder(out, 'r2');
    const records = carryOver(carrySource(out, 'k1')!, to, new Date('2026-11-30T21:07:30Z'));
    expect(records).toEqual([summary]);
    for (const file of ['documents.jsonl', join('texts', 'a1.txt'), join('report', 'd', 'a1.html'), SUMMARIES_FILE]) {
      expect(statSync(join(to, file)).ino, file).toBe(statSync(join(from, file)).ino);
    }
    expect(existsSync(join(to, 'run.json'))).toBe(false);
    expect(statSync(join(to, 'report', 'index.html')).ino).not.toBe(statSync(join(from, 'report', 'index.html')).ino);
    // Only the overview's time changes; a time-like text further down (a document's words) stays.
    expect(readFileSync(join(to, 'report', 'index.html'), 'utf8')).toBe('<p class="muted">共 1 份材料 · 生成于 2026-11-30 21:07 UTC</p><td>2020-01-01 00:00 UTC</td>');
    expect(readFileSync(join(from, 'report', 'index.html'), 'utf8')).toContain('2026-11-29 23:00 UTC');
  });

  it('writes the summaries through a rename, so a linked earlier file is never changed', async () => {
    const out = await publishedRun();
    const from = join(out, 'runs', 'r1');
    const to = await createRunFolder(out, 'r2');
    carryOver(carrySource(out, 'k1')!, to);
    writeSummaries(to, []);
    expect(readFileSync(join(from, SUMMARIES_FILE), 'utf8')).toBe(JSON.stringify(summary) + '\n');
  });

  it('keys the options that change the files', () => {
    expect(outputShape({})).toEqual(outputShape({ report: true, allFigures: false }));
    expect(outputShape({ report: false })).not.toEqual(outputShape({}));
    expect(outputShape({ outputs: ['jsonl'] })).not.toEqual(outputShape({}));
    expect(outputShape({ allFigures: true })).not.toEqual(outputShape({}));
  });
});
