// Every record of the corpus's outputs, through the command line, validates against schema/.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../src/model/document.js';
import { openStore } from '../../src/store/open.js';
import { problems } from './validate.js';

const CORPUS = new URL('../../corpus/', import.meta.url).pathname;
const BIN = new URL('../../bin/wenshen.js', import.meta.url).pathname;
const run = promisify(execFile);

const lines = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

describe('corpus outputs against schema/', () => {
  it('validates every document, figure, honor, placeholder, finding, checklist item and the run', { timeout: 600_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wenshen-schema-'));
    const db = join(dir, 'wenshen.db');
    await run(process.execPath, [BIN, 'analyze', join(CORPUS, 'samples'), join(CORPUS, 'broken'), '--out', join(dir, 'out'), '--db', db, '--no-ocr', '--split']).catch((e: { code?: number }) => {
      if (e.code !== 3) throw e; // 3: the broken files failed, as they should
    });
    const found: string[] = [];
    const documents = lines(join(dir, 'out/documents.jsonl')) as unknown as DocumentRecord[];
    expect(documents.length).toBeGreaterThan(15);
    expect(documents.some((d) => d.status === 'failed')).toBe(true);
    for (const d of documents) {
      found.push(...problems('document.schema.json', d));
      for (const p of d.placeholders) found.push(...problems('placeholder.schema.json', p));
      for (const f of d.findings) found.push(...problems('finding.schema.json', f));
      for (const c of d.checklist) found.push(...problems('checklist-item.schema.json', c));
    }
    for (const f of lines(join(dir, 'out/figures.jsonl'))) found.push(...problems('figure.schema.json', f));
    for (const h of lines(join(dir, 'out/honors.jsonl'))) found.push(...problems('honor.schema.json', h));
    const store = await openStore(db);
    found.push(...problems('store-run.schema.json', await store.run('latest')));
    found.push(...problems('run.schema.json', JSON.parse(readFileSync(join(dir, 'out/run.json'), 'utf8'))));
    await store.close();
    expect(found).toEqual([]);
  });
});
