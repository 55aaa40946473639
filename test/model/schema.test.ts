import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFiles } from '../../src/model/json-schema.js';
import { sampleRecord } from '../store/fixtures.js';
import { problems, SCHEMA_DIR } from './validate.js';

describe('schema/', () => {
  it('holds exactly what `wenshen schema` writes from the zod model (run it after changing a record)', () => {
    const files = jsonSchemaFiles();
    expect(readdirSync(SCHEMA_DIR).sort()).toEqual([...files.keys()].sort());
    for (const [file, content] of files) expect(readFileSync(join(SCHEMA_DIR, file), 'utf8'), file).toBe(content);
  });

  it('accepts a document record and refuses one with a field it does not describe', () => {
    const record = sampleRecord('a.txt', 'h1');
    expect(problems('document.schema.json', record)).toEqual([]);
    expect(problems('document.schema.json', { ...record, extra: 1 })).not.toEqual([]);
    expect(problems('figure.schema.json', { id: record.id, path: record.path, ...record.figures[0], category: 'guess' })).not.toEqual([]);
    const { ms, ...withoutMs } = record;
    void ms;
    expect(problems('document.schema.json', withoutMs)).not.toEqual([]);
  });
});
