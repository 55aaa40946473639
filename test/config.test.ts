import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, validateConfig } from '../src/config.js';

describe('wenshen.config.json', () => {
  it('reads every setting', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wenshen-config-'));
    const file = join(dir, 'wenshen.config.json');
    const config = { checklist: 'wenming-summary', templates: 'templates/', concurrency: 2, ocr: false, split: true, limits: { timeoutSeconds: 60, maxBytes: 1000, memoryMb: 512 }, outputs: ['jsonl', 'xlsx'], db: 'postgres://u@h/db' };
    writeFileSync(file, JSON.stringify(config));
    expect(loadConfig(file)).toEqual(config);
  });

  it('names an unknown key and the keys it knows, in one line', () => {
    expect(() => validateConfig({ concurency: 2 }, 'w.json')).toThrow('w.json: unknown key `concurency`; expected one of checklist, templates, concurrency, ocr, split, limits, outputs, db');
    expect(() => validateConfig({ limits: { timeout: 2 } }, 'w.json')).toThrow('w.json: unknown key `limits.timeout`; expected one of timeoutSeconds, maxBytes, memoryMb');
  });

  it('names a bad value, what it should be and what it was', () => {
    expect(() => validateConfig({ concurrency: 0 }, 'w.json')).toThrow('w.json: `concurrency` should be a number from 1 up, got 0');
    expect(() => validateConfig({ ocr: 'yes' }, 'w.json')).toThrow('w.json: `ocr` should be a boolean, got "yes"');
    expect(() => validateConfig({ outputs: ['pdf'] }, 'w.json')).toThrow('w.json: `outputs.0` should be one of "jsonl", "csv", "xlsx", got "pdf"');
    expect(() => validateConfig({ limits: { maxBytes: 1.5 } }, 'w.json')).toThrow('w.json: `limits.maxBytes` should be a whole number, got 1.5');
  });

  it('says when the file is not JSON or not there', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wenshen-config-'));
    writeFileSync(join(dir, 'bad.json'), '{ "ocr": tru }');
    expect(() => loadConfig(join(dir, 'bad.json'))).toThrow(/bad\.json is not valid JSON/);
    expect(() => loadConfig(join(dir, 'none.json'))).toThrow('cannot read the configuration');
  });
});
