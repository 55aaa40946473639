import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileLines } from '../../src/output/file-lines.js';

async function linesOf(content: string | Buffer): Promise<string[]> {
  const path = join(mkdtempSync(join(tmpdir(), 'wenshen-lines-')), 'f.jsonl');
  writeFileSync(path, content);
  const lines: string[] = [];
  for await (const line of fileLines(path)) lines.push(line);
  return lines;
}

describe('fileLines', () => {
  it.each([
    ['', []],
    ['a\n', ['a']],
    ['a\nb', ['a', 'b']],
    ['a\r\nb\r\n', ['a', 'b']],
    ['\n\nx\n', ['', '', 'x']],
    ['文明单位\n创建\n', ['文明单位', '创建']],
  ])('%j', async (content, expected) => {
    expect(await linesOf(content)).toEqual(expected);
  });

  it('joins a line read in several slices, a character split between them included', async () => {
    // 3-byte characters: a 1 MB slice ends inside one of them.
    const long = '文'.repeat(700_000);
    const lines = [long, 'b', '明'.repeat(400_001) + 'x'];
    expect(await linesOf(lines.join('\n') + '\n')).toEqual(lines);
  });
});
