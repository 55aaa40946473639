import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commonTraditionalFromOpenCC, readCommonTraditional } from '../../src/ingest/encoding.js';
import { readScriptSets, scriptSetsFromOpenCC } from '../../src/normalize/chinese-script.js';

describe('dictionaries/script-characters.txt', () => {
  it('holds what OpenCC converts (run scripts/make-script-characters.ts after upgrading opencc-js)', () => {
    const fromFile = readScriptSets();
    const fromOpenCC = scriptSetsFromOpenCC();
    expect([...fromFile.traditionalOnly].sort().join('')).toBe([...fromOpenCC.traditionalOnly].sort().join(''));
    expect([...fromFile.simplifiedOnly].sort().join('')).toBe([...fromOpenCC.simplifiedOnly].sort().join(''));
    expect(fromFile.traditionalOnly.has('這')).toBe(true);
    expect(fromFile.simplifiedOnly.has('这')).toBe(true);
    expect(fromFile.traditionalOnly.has('的')).toBe(false);
  });

  const bad = (content: string) => {
    const file = join(mkdtempSync(join(tmpdir(), 'script-chars-')), 'script-characters.txt');
    writeFileSync(file, content);
    return () => readScriptSets(file);
  };

  it.each([
    ['# header\ntraditional 這個\nsimplified 这个\nsimplified 们\n', /:4: expected one `traditional/],
    ['traditional 這個\nsimplified abc\n', /:2: expected CJK ideographs/],
    ['traditional 這個\n', /:1: missing the `simplified` line/],
    ['trad 這個\n', /:1: expected one `traditional/],
  ])('reports a bad file with its line: %j', (content, message) => {
    expect(bad(content)).toThrow(message);
  });
});

describe('dictionaries/common-hanzi-traditional.txt', () => {
  it('holds what OpenCC makes of common-hanzi.txt (run scripts/make-script-characters.ts after changing either)', () => {
    expect(readCommonTraditional()).toBe(commonTraditionalFromOpenCC());
  });

  it('reports a line that is not Han characters', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'common-trad-')), 'common.txt');
    writeFileSync(file, '# header\n這個\nabc\n');
    expect(() => readCommonTraditional(file)).toThrow(/:3: expected Han characters only/);
  });
});
