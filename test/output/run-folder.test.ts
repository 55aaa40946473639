// A run is published with one switch: an interrupted run never replaces the last complete one.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunSummary } from '../../src/model/run.js';
import { runSummary } from '../support/fixtures.js';
import { createRunFolder, publishRun } from '../../src/output/run-folder.js';

function summary(runId: string, status: RunSummary['status']): RunSummary {
  const complete = status === 'complete';
  return runSummary(runId, status, {
    counts: { found: 2, records: 1, ok: 1, failed: 0, unfinished: complete ? 0 : 1, skipped: 0 },
    unfinished: complete ? [] : ['b.docx'],
    outputKey: complete ? 'key' : null,
  });
}

async function fakeRun(out: string, runId: string, content: string, status: RunSummary['status']): Promise<void> {
  const folder = await createRunFolder(out, runId);
  for (const file of ['documents.jsonl', 'figures.jsonl', 'honors.jsonl', 'figures.csv', 'checklist.csv']) writeFileSync(join(folder, file), `${content} ${file}\n`);
  writeFileSync(join(folder, 'texts', 'a.txt'), content);
  await publishRun(out, runId, summary(runId, status));
}

describe('publishRun', () => {
  it('shows a complete run through the usual paths, and keeps it when the next run is interrupted', async () => {
    const out = mkdtempSync(join(tmpdir(), 'wenshen-runs-'));
    await fakeRun(out, 'run-1', 'first', 'complete');
    expect(readFileSync(join(out, 'documents.jsonl'), 'utf8')).toBe('first documents.jsonl\n');
    expect(readFileSync(join(out, 'texts', 'a.txt'), 'utf8')).toBe('first');
    expect(JSON.parse(readFileSync(join(out, 'run.json'), 'utf8'))).toMatchObject({ status: 'complete', runId: 'run-1' });

    await fakeRun(out, 'run-2', 'second', 'interrupted');
    for (const file of ['documents.jsonl', 'figures.jsonl', 'honors.jsonl', 'figures.csv', 'checklist.csv']) {
      expect(readFileSync(join(out, file), 'utf8')).toBe(`first ${file}\n`);
    }
    expect(readFileSync(join(out, 'latest', 'documents.jsonl'), 'utf8')).toBe('second documents.jsonl\n');
    expect(JSON.parse(readFileSync(join(out, 'latest', 'run.json'), 'utf8'))).toMatchObject({ status: 'interrupted', unfinished: ['b.docx'] });

    await fakeRun(out, 'run-3', 'third', 'complete');
    expect(readFileSync(join(out, 'figures.csv'), 'utf8')).toBe('third figures.csv\n');
    expect(readlinkSync(join(out, 'current'))).toBe('runs/run-3');
    expect(existsSync(join(out, 'runs', 'run-1')) || existsSync(join(out, 'runs', 'run-2'))).toBe(false);
  });

  it('replaces the files an older wenshen wrote straight into the folder', async () => {
    const out = mkdtempSync(join(tmpdir(), 'wenshen-runs-'));
    writeFileSync(join(out, 'documents.jsonl'), 'old\n');
    mkdirSync(join(out, 'texts'));
    writeFileSync(join(out, 'texts', 'old.txt'), 'old');
    await fakeRun(out, 'run-1', 'new', 'interrupted');
    expect(readFileSync(join(out, 'documents.jsonl'), 'utf8')).toBe('old\n');
    await fakeRun(out, 'run-2', 'new', 'complete');
    expect(readFileSync(join(out, 'documents.jsonl'), 'utf8')).toBe('new documents.jsonl\n');
    expect(readFileSync(join(out, 'texts', 'a.txt'), 'utf8')).toBe('new');
  });
});
