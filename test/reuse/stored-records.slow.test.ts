// The store keeps each document's record as documents.jsonl says it once the reuse stage has amended it, with the
// report written (the records go to the store as the report reads them) and without; and a second night, whose
// history holds the first night's batch, writes the same files either way.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'libsql';
import { describe, expect, it } from 'vitest';
import { FILLER_A, FILLER_B, FILLER_C, FILLER_D, SECOND_PASSAGE, TEMPLATE_PASSAGE } from './texts.js';

const BIN = new URL('../../bin/wenshen.js', import.meta.url).pathname;

function storedRecords(db: string): Map<string, string> {
  const conn = new Database(db, { readonly: true } as never);
  const rows = conn.prepare('select record from documents').all() as { record: string }[];
  conn.close();
  return new Map(rows.map((r) => [(JSON.parse(r.record) as { id: string }).id, r.record]));
}

function analyze(batch: string, out: string, db: string, extra: string[] = []): void {
  execFileSync(process.execPath, [BIN, 'analyze', batch, '--out', out, '--db', db, '--no-ocr', '--log', 'none', ...extra], { encoding: 'utf8' });
}

const lines = (out: string) => readFileSync(join(out, 'documents.jsonl'), 'utf8').trim().split('\n');
const outputs = (out: string) =>
  Object.fromEntries(['documents.jsonl', 'reuse.jsonl', 'reuse-pairs.csv', 'figures.jsonl'].map((f) => [f, readFileSync(join(out, f), 'utf8').replace(/"ms":\d+/g, '"ms":0')]));

describe('records the store keeps after the reuse stage', () => {
  it('are the documents.jsonl lines, with the report and without; a second night is the same either way', { timeout: 300_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'wenshen-stored-records-'));
    for (const night of ['one', 'two']) mkdirSync(join(dir, night));
    writeFileSync(join(dir, 'one', 'a.txt'), `${FILLER_A}\n${TEMPLATE_PASSAGE}\n${FILLER_D}\n`);
    writeFileSync(join(dir, 'one', 'b.txt'), `${FILLER_B}\n${SECOND_PASSAGE}\n`);
    writeFileSync(join(dir, 'one', 'c.txt'), `${SECOND_PASSAGE}\n${FILLER_C}\n`);
    writeFileSync(join(dir, 'two', 'd.txt'), `${FILLER_D}\n${SECOND_PASSAGE}\n${TEMPLATE_PASSAGE}\n`);
    const nights: Record<string, ReturnType<typeof outputs>>[] = [];
    for (const mode of [[], ['--no-report']]) {
      const db = join(dir, `store${mode.length}.db`);
      const first = join(dir, `out-one-${mode.length}`);
      analyze(join(dir, 'one'), first, db, mode);
      expect(existsSync(join(first, 'report', 'index.html'))).toBe(mode.length === 0);
      const stored = storedRecords(db);
      expect(stored.size).toBe(3);
      for (const line of lines(first)) expect(stored.get((JSON.parse(line) as { id: string }).id)).toBe(line);
      expect(lines(first).filter((l) => (JSON.parse(l) as { reuse: { passages: unknown[] } }).reuse.passages.length > 0)).toHaveLength(2);
      const second = join(dir, `out-two-${mode.length}`);
      analyze(join(dir, 'two'), second, db, mode);
      const reuse = readFileSync(join(second, 'reuse.jsonl'), 'utf8');
      expect(reuse).toContain('"kind":"history"');
      nights.push({ first: outputs(first), second: outputs(second) });
    }
    expect(nights[1]).toEqual(nights[0]);
  });
});
