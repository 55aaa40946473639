import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FILLER_A, FILLER_B, FILLER_C, FILLER_D, SECOND_PASSAGE, TEMPLATE_PASSAGE } from './texts.js';

const BIN = new URL('../../bin/wenshen.js', import.meta.url).pathname;

describe('wenshen analyze --templates', () => {
  it('writes reuse.jsonl, reuse-pairs.csv and the reuse field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wenshen-reuse-cli-'));
    mkdirSync(join(dir, 'batch'));
    mkdirSync(join(dir, 'templates'));
    writeFileSync(join(dir, 'templates', 'page.txt'), `范文一\n${FILLER_C}\n${TEMPLATE_PASSAGE}\n`);
    writeFileSync(join(dir, 'batch', 'a.txt'), `${FILLER_A}\n${TEMPLATE_PASSAGE}\n${FILLER_D}\n`);
    writeFileSync(join(dir, 'batch', 'b.txt'), `${FILLER_B}\n${SECOND_PASSAGE}\n`);
    writeFileSync(join(dir, 'batch', 'c.txt'), `${SECOND_PASSAGE}\n食堂改造后增加了清真窗口和低盐菜品，每周公布一次菜谱，职工可以在意见簿上写下想吃的菜。\n`);
    const out = join(dir, 'out');
    execFileSync(process.execPath, [BIN, 'analyze', join(dir, 'batch'), '--out', out, '--templates', join(dir, 'templates'), '--no-ocr'], { encoding: 'utf8' });
    const passages = readFileSync(join(out, 'reuse.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(passages.map((p) => [p.path, p.source.kind, p.source.path])).toEqual([
      ['a.txt', 'templates', 'page.txt'],
      ['b.txt', 'batch', 'c.txt'],
      ['c.txt', 'batch', 'b.txt'],
    ]);
    const records = readFileSync(join(out, 'documents.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    for (const r of records) {
      const text = readFileSync(join(out, 'texts', `${r.id}.txt`), 'utf8');
      for (const p of r.reuse.passages) expect(text.slice(p.start, p.end)).toBe(p.text);
    }
    expect(records.find((r) => r.path === 'a.txt').reuse.ratioBySource.templates).toBeGreaterThan(0.3);
    expect(readFileSync(join(out, 'reuse-pairs.csv'), 'utf8').split('\r\n')[0]).toBe('\ufeffid,path,sourceKind,sourceId,sourcePath,ratio,passages');
  });
});
